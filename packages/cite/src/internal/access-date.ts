import { CiteError } from '../errors.js';

/**
 * Checks the `accessed` option (the day the caller consulted a work online, `YYYY-MM-DD`, a real
 * calendar day) and returns it as `[year, month, day]`. Shared by `toCsl` and the exporters.
 */
export function accessDay(value: unknown): readonly [number, number, number] {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  // An impossible day (2023-02-29) rolls over to another, and so reads back differently.
  const time = match === null ? Number.NaN : Date.parse(`${value}T00:00:00Z`);
  if (match === null || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new CiteError(
      'INVALID_OPTION',
      `expected the day you accessed the work as a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}; omit the option for no access date`,
      { path: ['options', 'accessed'] },
    );
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
