import { ISO_3166_ALPHA2, ISO_4217 } from './generated/iso-codes.js';
import type { EventLocation } from './schemas/location.js';

// The value rules of the model, in one place. The schemas of `@track4tip/core/schemas` check with
// them, and so do `@track4tip/jsonld`'s validator, `@track4tip/cite` and the CLI: two packages
// asked the same question give the same answer. Plain functions (no zod), so a page that only
// checks a date pays for a regular expression, not for a validation library.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|([+-])(?:[01]\d|2[0-3]):[0-5]\d)$/;
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function realDay(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(Number(year), m);
}

/**
 * Whether a value is a calendar date `YYYY-MM-DD` that exists (`2021-02-30` does not).
 *
 * @param value - Any value.
 * @returns `true` for a string naming a real day.
 * @example
 * ```ts
 * import { isCalendarDate } from '@track4tip/core';
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2021-02-29'); // false: 2021 is no leap year
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  return match !== null && realDay(match[1] as string, match[2] as string, match[3] as string);
}

/**
 * Whether a value is a date-time with an explicit UTC offset (`Z` or `±hh:mm`) on a real day,
 * e.g. `2021-02-01T10:00:00-05:00`. Seconds and fractions are optional; a local time without an
 * offset is not one: its instant would depend on the reader's time zone.
 *
 * @param value - Any value.
 * @returns `true` for such a string.
 * @example
 * ```ts
 * import { isDateTime } from '@track4tip/core';
 * isDateTime('2021-02-01T10:00:00-05:00'); // true
 * isDateTime('2021-02-30T10:00:00-05:00'); // false: no such day
 * isDateTime('2021-02-01T10:00:00'); // false: no offset
 * ```
 */
export function isDateTime(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  return match !== null && realDay(match[1] as string, match[2] as string, match[3] as string);
}

/**
 * Whether a value is a calendar date or a date-time with an offset: the two forms the model
 * accepts for a start, an end or a publication date.
 *
 * @param value - Any value.
 * @returns `true` when {@link isCalendarDate} or {@link isDateTime} is.
 * @example
 * ```ts
 * import { isDateOrDateTime } from '@track4tip/core';
 * isDateOrDateTime('2021-02-01'); // true
 * isDateOrDateTime('1 February 2021'); // false
 * ```
 */
export function isDateOrDateTime(value: unknown): value is string {
  return isCalendarDate(value) || isDateTime(value);
}

/**
 * The calendar day a date or date-time falls on, in its own offset (`2021-02-01T23:00:00-05:00`
 * is on 1 February, whatever the reader's time zone).
 *
 * @param value - A value accepted by {@link isDateOrDateTime}.
 * @returns Its first ten characters, `YYYY-MM-DD`.
 * @example
 * ```ts
 * import { dayOf } from '@track4tip/core';
 * dayOf('2021-02-01T23:00:00-05:00'); // "2021-02-01"
 * ```
 */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/**
 * Whether a value is an absolute `http:` or `https:` URL without white space, at most 2,048
 * characters, that the WHATWG URL parser accepts.
 *
 * @param value - Any value.
 * @returns `true` for such a string.
 * @example
 * ```ts
 * import { isHttpUrl } from '@track4tip/core';
 * isHttpUrl('https://www.unodc.org/'); // true
 * isHttpUrl('/events/webinar'); // false: relative
 * ```
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2_048) return false;
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a value is one line of text: a string without control characters or line and
 * paragraph separators (it may be empty; the schemas add their own length rules).
 *
 * @param value - Any value.
 * @returns `true` for such a string.
 * @example
 * ```ts
 * import { isSingleLine } from '@track4tip/core';
 * isSingleLine('Quito, Ecuador'); // true
 * isSingleLine('Quito\nEcuador'); // false
 * ```
 */
export function isSingleLine(value: unknown): value is string {
  return typeof value === 'string' && ONE_LINE.test(value);
}

// Built on first use, so that importing the rules runs no code.
let countryCodes: ReadonlySet<string> | undefined;
let currencyCodes: ReadonlySet<string> | undefined;

/**
 * Whether a value is the ISO 3166-1 alpha-2 code of a country or territory, in capitals
 * (`EC`, not `Ecuador` or `ec`), as Unicode CLDR lists them.
 *
 * @param value - Any value.
 * @returns `true` for one of the 249 codes.
 * @example
 * ```ts
 * import { isCountryCode } from '@track4tip/core';
 * isCountryCode('EC'); // true
 * isCountryCode('Ecuador'); // false
 * ```
 */
export function isCountryCode(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  countryCodes ??= new Set(ISO_3166_ALPHA2.split(' '));
  return countryCodes.has(value);
}

/**
 * Whether a value is the ISO 4217 code of a currency in use today, in capitals (`USD`).
 *
 * @param value - Any value.
 * @returns `true` for such a code.
 * @example
 * ```ts
 * import { isCurrencyCode } from '@track4tip/core';
 * isCurrencyCode('USD'); // true
 * isCurrencyCode('US$'); // false
 * ```
 */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  currencyCodes ??= new Set(ISO_4217.split(' '));
  return currencyCodes.has(value);
}

/**
 * Whether an end is not before a start: two date-times are compared as instants; otherwise the
 * days, each in its own offset.
 *
 * @param start - The start, as {@link isDateOrDateTime} accepts it.
 * @param end - The end, in either form.
 * @returns `true` when the end is not before the start.
 * @example
 * ```ts
 * import { endsAfterStart } from '@track4tip/core';
 * endsAfterStart('2025-03-10', '2025-03-11'); // true
 * endsAfterStart('2025-03-10T17:00:00-05:00', '2025-03-10T09:00:00-05:00'); // false
 * ```
 */
export function endsAfterStart(start: string, end: string): boolean {
  if (start.length > 10 && end.length > 10) return Date.parse(end) >= Date.parse(start);
  return dayOf(end) >= dayOf(start);
}

/**
 * How an event at a location is attended: a venue alone `offline`, an online location alone
 * `online`, both `mixed`.
 *
 * @param location - An event's location.
 * @returns The attendance mode it gives.
 * @example
 * ```ts
 * import { modeOfLocation } from '@track4tip/core';
 * modeOfLocation({ place: { address: { addressLocality: 'Lima', addressCountry: 'PE' } } }); // "offline"
 * ```
 */
export function modeOfLocation(
  location: Pick<EventLocation, 'place' | 'virtualLocation'>,
): 'online' | 'offline' | 'mixed' {
  if (location.place === undefined) return 'online';
  return location.virtualLocation === undefined ? 'offline' : 'mixed';
}

/**
 * How an event is attended: as stated, or as its location gives it (the schema makes the two
 * agree when both are there).
 *
 * @param event - An event, or anything with `attendanceMode` and `location`.
 * @returns The mode, or `undefined` when neither is known.
 * @example
 * ```ts
 * import { attendanceModeOf, getEvent } from '@track4tip/core';
 * attendanceModeOf(getEvent('unodc-webinar')); // "online"
 * ```
 */
export function attendanceModeOf(event: {
  readonly attendanceMode?: 'online' | 'offline' | 'mixed' | undefined;
  readonly location?: Pick<EventLocation, 'place' | 'virtualLocation'> | undefined;
}): 'online' | 'offline' | 'mixed' | undefined {
  if (event.attendanceMode !== undefined) return event.attendanceMode;
  return event.location === undefined ? undefined : modeOfLocation(event.location);
}
