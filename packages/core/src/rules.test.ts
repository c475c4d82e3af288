import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceModeOf,
  endsAfterStart,
  isCalendarDate,
  isCountryCode,
  isCurrencyCode,
  isDateOrDateTime,
  isDateTime,
  isHttpUrl,
  isSingleLine,
} from './rules.js';
import { DateOrDateTimeSchema, HttpUrlSchema, LineSchema } from './schemas/common.js';

describe('value rules', () => {
  it('accept only days that exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2021-04-31')).toBe(false);
    expect(isCalendarDate('2021-13-01')).toBe(false);
    expect(isCalendarDate('2021-2-1')).toBe(false);
  });

  it('accept date-times only with an offset and on a real day', () => {
    expect(isDateTime('2021-02-01T10:00:00-05:00')).toBe(true);
    expect(isDateTime('2021-02-01T10:00Z')).toBe(true);
    expect(isDateTime('2021-02-01T10:00:00.250+01:00')).toBe(true);
    expect(isDateTime('2021-02-30T10:00:00-05:00')).toBe(false);
    expect(isDateTime('2021-02-01T10:00:00')).toBe(false);
    expect(isDateTime('2021-02-01T24:00:00Z')).toBe(false);
    expect(isDateTime('2021-02-01 10:00:00Z')).toBe(false);
    expect(isDateOrDateTime('2021-02-01')).toBe(true);
    expect(isDateOrDateTime(20210201)).toBe(false);
  });

  it('agree with the JavaScript calendar on every day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real = date.getUTCDate() === day && date.getUTCMonth() === month - 1;
          expect(isCalendarDate(text)).toBe(real);
          expect(isDateTime(`${text}T12:00:00Z`)).toBe(real);
        },
      ),
    );
  });

  it('are the rules the schemas apply', () => {
    const samples = ['2021-02-30', '2021-02-01', '2021-02-01T10:00:00-05:00', 'x', ''];
    for (const value of samples) {
      expect(DateOrDateTimeSchema.safeParse(value).success).toBe(isDateOrDateTime(value));
    }
    for (const value of ['https://example.org/a', '/a', 'ftp://example.org', 'https://a b']) {
      expect(HttpUrlSchema.safeParse(value).success).toBe(isHttpUrl(value));
    }
    for (const value of ['Quito', 'Quito\nEcuador', 'a\u2028b']) {
      expect(LineSchema.safeParse(value).success).toBe(isSingleLine(value));
    }
  });

  it('know the ISO codes by their capitals', () => {
    expect(isCountryCode('EC')).toBe(true);
    expect(isCountryCode('Ecuador')).toBe(false);
    expect(isCountryCode('ec')).toBe(false);
    expect(isCountryCode('YU')).toBe(false);
    expect(isCountryCode('XK')).toBe(false);
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('DEM')).toBe(false);
  });

  it('compare ends with starts as instants or as days', () => {
    expect(endsAfterStart('2025-03-10', '2025-03-11')).toBe(true);
    expect(endsAfterStart('2025-03-10T09:00:00-05:00', '2025-03-10T17:00:00-05:00')).toBe(true);
    expect(endsAfterStart('2025-03-10T17:00:00-05:00', '2025-03-10T09:00:00-05:00')).toBe(false);
    // 23:00 in Lima is 04:00 UTC on the 11th; 01:00 in Cairo on the 11th is 23:00 UTC on the
    // 10th: compared as instants, the later day is the earlier time.
    expect(endsAfterStart('2025-03-10T23:00:00-05:00', '2025-03-11T01:00:00+02:00')).toBe(false);
    expect(endsAfterStart('2025-03-10T23:00:00-05:00', '2025-03-11T07:00:00+02:00')).toBe(true);
    expect(endsAfterStart('2025-03-10', '2025-03-09T23:00:00-05:00')).toBe(false);
  });

  it('derive the attendance mode from the location', () => {
    const place = { address: { addressLocality: 'Lima', addressCountry: 'PE' } };
    const virtualLocation = { url: 'https://www.example.org/live' };
    expect(attendanceModeOf({ location: { place } })).toBe('offline');
    expect(attendanceModeOf({ location: { virtualLocation } })).toBe('online');
    expect(attendanceModeOf({ location: { place, virtualLocation } })).toBe('mixed');
    expect(attendanceModeOf({ attendanceMode: 'online' })).toBe('online');
    expect(attendanceModeOf({})).toBeUndefined();
  });
});
