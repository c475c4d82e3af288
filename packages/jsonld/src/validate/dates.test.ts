import { describe, expect, it } from 'vitest';
import { certainlyBefore, readIso } from './dates.js';

const iso = (value: string) => {
  const read = readIso(value);
  if (read === undefined) throw new Error(`not ISO 8601: ${value}`);
  return read;
};
const before = (end: string, start: string) => certainlyBefore(iso(end), iso(start));

describe('readIso', () => {
  it('reads dates of every precision and date-times with and without offsets', () => {
    expect(readIso('2021')).toMatchObject({ kind: 'date', offset: false });
    expect(readIso('2021-02')).toMatchObject({ kind: 'date', offset: false });
    expect(readIso('2021-02-01')).toMatchObject({ kind: 'date', offset: false });
    expect(readIso('2021-02-01T15:00')).toMatchObject({ kind: 'date-time', offset: false });
    expect(readIso('2021-02-01T15:00:00.5Z')).toMatchObject({ kind: 'date-time', offset: true });
    expect(readIso('2021-02-01T15:00:00-05:00')?.utc).toEqual([
      Date.UTC(2021, 1, 1, 20),
      Date.UTC(2021, 1, 1, 20),
    ]);
  });

  it('refuses days that do not exist and non-ISO text', () => {
    for (const value of [
      '2021-02-29',
      '2021-13',
      '2021-04-31',
      '1 February 2021',
      '2021-02-01T24:00',
    ])
      expect(readIso(value)).toBeUndefined();
    expect(readIso('2020-02-29')).toBeDefined();
  });
});

describe('certainlyBefore', () => {
  it('compares values without offsets on their own clock', () => {
    expect(before('2021-01-31', '2021-02-01')).toBe(true);
    expect(before('2021-02-01', '2021-02-01')).toBe(false);
    expect(before('2021-02-01T09:00', '2021-02-01T10:00')).toBe(true);
    expect(before('2021-02', '2021-02-15')).toBe(false);
    expect(before('2020', '2021-02-15')).toBe(true);
  });

  it('compares values with offsets as instants', () => {
    // 10:00 in New York is after 15:30 in Vienna the same day.
    expect(before('2021-02-01T10:00:00-05:00', '2021-02-01T15:30:00+01:00')).toBe(false);
    expect(before('2021-02-01T08:00:00-05:00', '2021-02-01T15:30:00+01:00')).toBe(true);
  });

  it('reports a mix only when no time zone could make it right', () => {
    expect(before('2021-02-01T09:00', '2021-02-01T10:00:00Z')).toBe(false);
    expect(before('2021-01-30', '2021-02-01T10:00:00Z')).toBe(true);
  });
});
