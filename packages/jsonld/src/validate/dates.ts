import { isCalendarDate } from '@track4tip/core';
import { deepFreeze } from './freeze.js';

// ISO 8601 calendar dates, with the reduced precisions YYYY and YYYY-MM (a year-only period).
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d+))?)?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))?$/;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * An ISO 8601 value read as the span of time it may mean, in milliseconds: `local` on the clock of
 * its own time zone, `utc` the instant(s) it may be anywhere on Earth (offsets run from -12:00 to
 * +14:00). A value with an offset is one instant.
 */
export interface IsoValue {
  readonly kind: 'date' | 'date-time';
  /** True when a date-time gives `Z` or an offset. */
  readonly offset: boolean;
  readonly local: readonly [number, number];
  readonly utc: readonly [number, number];
}

/** Reads an ISO 8601 date or date-time, or returns `undefined` if it is not one (or no real day). */
export function readIso(value: string): IsoValue | undefined {
  const date = DATE.exec(value);
  if (date) {
    const year = Number(date[1]);
    const month = date[2] === undefined ? undefined : Number(date[2]);
    const day = date[3] === undefined ? undefined : Number(date[3]);
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    // A whole date is a real day by core's rule, the one every package applies.
    if (day !== undefined && !isCalendarDate(value)) return undefined;
    const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
    const end =
      day !== undefined
        ? start + DAY
        : month !== undefined
          ? Date.UTC(year, month, 1)
          : Date.UTC(year + 1, 0, 1);
    return {
      kind: 'date',
      offset: false,
      local: [start, end - 1],
      utc: [start - 14 * HOUR, end - 1 + 12 * HOUR],
    };
  }
  const time = DATE_TIME.exec(value);
  if (!time) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(time[i] ?? 0),
  ) as [number, number, number, number, number, number];
  if (!isCalendarDate(value.slice(0, 10))) return undefined;
  const fraction = Number(`0.${time[7] ?? '0'}`) * 1000;
  const at = Date.UTC(year, month - 1, day, hour, minute, second) + fraction;
  if (time[8] === undefined) {
    return {
      kind: 'date-time',
      offset: false,
      local: [at, at],
      utc: [at - 14 * HOUR, at + 12 * HOUR],
    };
  }
  const sign = time[9] === '-' ? -1 : 1;
  const shift = time[8] === 'Z' ? 0 : sign * (Number(time[10]) * HOUR + Number(time[11]) * 60_000);
  return { kind: 'date-time', offset: true, local: [at, at], utc: [at - shift, at - shift] };
}

/**
 * True when `end` is certainly before `start`: values without offsets are compared on their own
 * clock (the same time zone is assumed), values with offsets as instants, and a mix by the widest
 * reading, so no pair is reported that could be right somewhere on Earth.
 */
export function certainlyBefore(end: IsoValue, start: IsoValue): boolean {
  if (!end.offset && !start.offset) return end.local[1] < start.local[0];
  return end.utc[1] < start.utc[0];
}

/**
 * Pairs of schema.org date properties where the second may not come before the first (each pair
 * comes from the definitions on schema.org: an end, modification or expiry follows its start).
 */
export const DATE_ORDER: readonly (readonly [string, string])[] = /* @__PURE__ */ deepFreeze([
  ['startDate', 'endDate'],
  ['startTime', 'endTime'],
  ['datePublished', 'dateModified'],
  ['dateCreated', 'dateModified'],
  ['datePublished', 'expires'],
  ['validFrom', 'validThrough'],
  ['availabilityStarts', 'availabilityEnds'],
  ['foundingDate', 'dissolutionDate'],
  ['birthDate', 'deathDate'],
] as const);
