import * as z from 'zod/mini';
import { show } from '../internal/validation.js';
import {
  endsAfterStart,
  isCalendarDate,
  isCountryCode,
  isCurrencyCode,
  isDateOrDateTime,
  isDateTime,
  isHttpUrl,
  isSingleLine,
} from '../rules.js';

/**
 * Largest accepted length of a name, title or other one-line text.
 *
 * @example
 * ```ts
 * import { LineSchema, MAX_LINE_LENGTH } from '@track4tip/core/schemas';
 * console.log(MAX_LINE_LENGTH); // 500
 * LineSchema.safeParse('x'.repeat(MAX_LINE_LENGTH + 1)).success; // false
 * ```
 */
export const MAX_LINE_LENGTH = 500;
/**
 * Largest accepted length of a description or other multi-line text.
 *
 * @example
 * ```ts
 * import { MAX_TEXT_LENGTH, TextSchema } from '@track4tip/core/schemas';
 * console.log(MAX_TEXT_LENGTH); // 10000
 * TextSchema.safeParse('x'.repeat(MAX_TEXT_LENGTH)).success; // true
 * ```
 */
export const MAX_TEXT_LENGTH = 10_000;
/**
 * Largest accepted number of items in a list field.
 *
 * @example
 * ```ts
 * import { AudienceSchema, MAX_LIST_LENGTH } from '@track4tip/core/schemas';
 * console.log(MAX_LIST_LENGTH); // 1000
 * const groups = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, index) => `group ${index}`);
 * AudienceSchema.safeParse({ description: 'many groups', groups }).success; // false
 * ```
 */
export const MAX_LIST_LENGTH = 1_000;

// Every exported schema is built inside a function call marked pure: bundlers cannot tell on their
// own that building a zod/mini schema has no side effects, and would keep every schema of the
// package in a bundle that validates one event.

const TEXT = /^[^\p{Cc}\u2028\u2029]*(?:\n[^\p{Cc}\u2028\u2029]*)*$/u;
const isText = (value: string): boolean => TEXT.test(value);

function trimmed(value: string): boolean {
  return value.trim() === value;
}

/** Non-empty text of at most `maxLength` characters that `accepts`, not padded with spaces. */
function text(maxLength: number, accepts: (value: string) => boolean, error: string) {
  return z
    .string({ error: 'expected a string' })
    .check(
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(maxLength, { error: `must be at most ${maxLength} characters` }),
      z.refine(accepts, { error }),
      z.refine(trimmed, { error: 'must not start or end with white space' }),
    );
}

/**
 * A non-empty line of text (a name, a title): no control characters, no surrounding spaces.
 *
 * @example
 * ```ts
 * import { LineSchema } from '@track4tip/core/schemas';
 * LineSchema.parse('Acting Deputy Director'); // "Acting Deputy Director"
 * LineSchema.safeParse(' Acting Deputy Director').success; // false: leading space
 * ```
 */
export const LineSchema = /* @__PURE__ */ text(
  MAX_LINE_LENGTH,
  isSingleLine,
  'must be one line without control characters',
);

/**
 * Non-empty prose: lines separated by `\n`, no other control characters, no surrounding spaces.
 *
 * @example
 * ```ts
 * import { TextSchema } from '@track4tip/core/schemas';
 * TextSchema.safeParse('First paragraph.\nSecond paragraph.').success; // true
 * TextSchema.safeParse('Tab\tseparated').success; // false: control character
 * ```
 */
export const TextSchema = /* @__PURE__ */ text(
  MAX_TEXT_LENGTH,
  isText,
  'must not contain control characters other than line feeds',
);

/**
 * An entity id: letters, digits and single hyphens, 1 to 128 characters, e.g. `unodc-webinar`.
 *
 * @example
 * ```ts
 * import { IdSchema } from '@track4tip/core/schemas';
 * IdSchema.safeParse('unodc-webinar').success; // true
 * IdSchema.safeParse('unodc--webinar').success; // false: double hyphen
 * ```
 */
export const IdSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'expected an id string' }).check(
    z.maxLength(128, { error: 'an id must be at most 128 characters' }),
    z.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, {
      error: 'an id uses only letters, digits and single hyphens, e.g. "my-event-2024"',
    }),
  ))();

/**
 * An absolute `http:` or `https:` URL.
 *
 * @example
 * ```ts
 * import { HttpUrlSchema } from '@track4tip/core/schemas';
 * HttpUrlSchema.safeParse('https://www.unodc.org').success; // true
 * HttpUrlSchema.safeParse('ftp://www.unodc.org').success; // false
 * ```
 */
export const HttpUrlSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'expected an absolute URL string' }).check(
    z.maxLength(2_048, { error: 'a URL must be at most 2048 characters' }),
    z.refine(isHttpUrl, {
      error: 'expected an absolute http(s) URL, e.g. "https://www.example.org/page"',
    }),
  ))();

/** Marks a check about dates: its issues have the code `INVALID_DATE`. */
const INVALID_DATE = { code: 'INVALID_DATE' } as const;

/**
 * True for a date written `YYYY-MM-DD` whose year and month exist but whose day does not in that
 * month (`2024-02-30`). Asked of the one date rule: the month with day 01, and the day in a month
 * of 31 days.
 */
function isMissingDay(value: string): boolean {
  return (
    value.length === 10 &&
    isCalendarDate(`${value.slice(0, 8)}01`) &&
    isCalendarDate(`2000-01-${value.slice(8)}`) &&
    !isCalendarDate(value)
  );
}

/**
 * The message for a string a date schema refuses, from the string itself: a day that does not
 * exist, a time without an offset (where a time is allowed), or no date at all.
 */
function dateError(timeAllowed: boolean) {
  return ({ input }: { readonly input?: unknown }): string => {
    const text = String(input);
    const value = show(input);
    if (isMissingDay(text)) {
      return `${value} is not a calendar date; write a day that exists, as YYYY-MM-DD`;
    }
    if (!timeAllowed) return `${value} is not a calendar date; write YYYY-MM-DD, e.g. "2021-02-01"`;
    return isDateTime(`${text}Z`)
      ? `${value} has a time but no offset; add one (e.g. "${text}Z" for UTC) or write the date alone (YYYY-MM-DD)`
      : `${value} is not a date; write YYYY-MM-DD, or a date-time with an offset such as "2021-02-01T15:00:00Z"`;
  };
}

/**
 * A calendar date `YYYY-MM-DD` that exists (no time, no time zone).
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from '@track4tip/core/schemas';
 * CalendarDateSchema.safeParse('2021-02-01').success; // true
 * CalendarDateSchema.safeParse('2021-02-30').success; // false: no such day
 * ```
 */
export const CalendarDateSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: 'expected a calendar date string' })
    .check(z.refine(isCalendarDate, { error: dateError(false), params: INVALID_DATE })))();

/**
 * A calendar date, or a date and time with an explicit UTC offset (`2021-02-01T15:00:00-05:00`).
 * A local time without an offset is rejected: its instant would depend on the reader's time zone.
 *
 * @example
 * ```ts
 * import { DateOrDateTimeSchema } from '@track4tip/core/schemas';
 * DateOrDateTimeSchema.safeParse('2021-02-01T15:00:00-05:00').success; // true
 * DateOrDateTimeSchema.safeParse('2021-02-01T15:00:00').success; // false: no offset
 * ```
 */
export const DateOrDateTimeSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: 'expected a date or date-time string' })
    .check(z.refine(isDateOrDateTime, { error: dateError(true), params: INVALID_DATE })))();

/**
 * An ISO 3166-1 alpha-2 country code in capitals, e.g. `EC` (not `Ecuador`).
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from '@track4tip/core/schemas';
 * CountryCodeSchema.safeParse('EC').success; // true
 * CountryCodeSchema.safeParse('Ecuador').success; // false
 * ```
 */
export const CountryCodeSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'expected an ISO 3166-1 alpha-2 country code string' }).check(
    z.refine(isCountryCode, {
      error: 'expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "EC" for Ecuador',
    }),
  ))();

/**
 * An ISO 4217 currency code in capitals, e.g. `USD`.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from '@track4tip/core/schemas';
 * CurrencyCodeSchema.safeParse('USD').success; // true
 * CurrencyCodeSchema.safeParse('usd').success; // false
 * ```
 */
export const CurrencyCodeSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'expected an ISO 4217 currency code string' }).check(
    z.refine(isCurrencyCode, {
      error: 'expected an ISO 4217 currency code in capitals, e.g. "USD" or "EUR"',
    }),
  ))();

/**
 * Images: one absolute URL or a list of them; always a list once parsed.
 *
 * @example
 * ```ts
 * import { ImageSchema } from '@track4tip/core/schemas';
 * ImageSchema.parse('https://www.example.org/a.jpg'); // ["https://www.example.org/a.jpg"]
 * ImageSchema.safeParse('a.jpg').success; // false: relative
 * ```
 */
export const ImageSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z.union([HttpUrlSchema, uniqueList(HttpUrlSchema)], {
      error: 'expected an absolute image URL or a list of them',
    }),
    z.transform((value): string[] => (typeof value === 'string' ? [value] : value)),
  ))();

/**
 * Other pages that identify the same thing (an official site, Wikidata, Wikipedia), as
 * absolute URLs: schema.org's `sameAs`.
 *
 * @example
 * ```ts
 * import { SameAsSchema } from '@track4tip/core/schemas';
 * SameAsSchema.safeParse(['https://www.wikidata.org/wiki/Q123']).success; // true
 * ```
 */
export const SameAsSchema = /* @__PURE__ */ (() => uniqueList(HttpUrlSchema))();

/**
 * A calendar year between 1900 and 2100.
 *
 * @example
 * ```ts
 * import { YearSchema } from '@track4tip/core/schemas';
 * YearSchema.parse(2019); // 2019
 * YearSchema.safeParse(1899).success; // false
 * ```
 */
export const YearSchema = /* @__PURE__ */ (() =>
  z
    .number({ error: 'expected a year as a number' })
    .check(
      z.int({ error: 'expected a whole year' }),
      z.gte(1900, { error: 'expected a year from 1900' }),
      z.lte(2100, { error: 'expected a year up to 2100' }),
    ))();

/**
 * A Wikidata item id such as `Q789915`.
 *
 * @example
 * ```ts
 * import { WikidataIdSchema } from '@track4tip/core/schemas';
 * WikidataIdSchema.safeParse('Q789915').success; // true
 * WikidataIdSchema.safeParse('789915').success; // false
 * ```
 */
export const WikidataIdSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: 'expected a Wikidata id string' })
    .check(
      z.regex(/^Q[1-9][0-9]{0,11}$/, { error: 'expected a Wikidata item id such as "Q789915"' }),
    ))();

/**
 * A well-formed BCP 47 language tag such as `es`, `pt-BR` or `pap`.
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from '@track4tip/core/schemas';
 * LanguageTagSchema.safeParse('pt-BR').success; // true
 * LanguageTagSchema.safeParse('pt-br').success; // false: not canonical
 * ```
 */
export const LanguageTagSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'expected a BCP 47 language tag string' }).check(
    z.maxLength(35, { error: 'a language tag must be at most 35 characters' }),
    z.refine(
      (value) => {
        try {
          return Intl.getCanonicalLocales(value)[0] === value;
        } catch {
          return false;
        }
      },
      { error: 'expected a canonical BCP 47 language tag such as "es", "pt-BR" or "pap"' },
    ),
  ))();

/** The check that a list has at most {@link MAX_LIST_LENGTH} items. */
export function maxListLength() {
  return z.maxLength(MAX_LIST_LENGTH, { error: `must have at most ${MAX_LIST_LENGTH} items` });
}

/**
 * The check that the date or date-time at `later` is not before the one at `earlier` (as
 * instants when both have times, else as days: core's `endsAfterStart`), reported at `later`.
 * Either may be absent; a value that is no date or date-time is reported by its own check only.
 */
export function datesInOrder(earlier: string, later: string) {
  return z.refine(
    (value: unknown) => {
      const start = (value as Record<string, unknown>)[earlier];
      const end = (value as Record<string, unknown>)[later];
      // A date that is itself wrong has its own issue: there is no order to check.
      return !isDateOrDateTime(start) || !isDateOrDateTime(end) || endsAfterStart(start, end);
    },
    { error: `${later} must not be before ${earlier}`, path: [later], params: INVALID_DATE },
  );
}

/** A list of at most {@link MAX_LIST_LENGTH} items without duplicates. */
export function uniqueList<T extends z.ZodMiniType>(item: T) {
  return z.array(item, { error: 'expected a list (an array)' }).check(
    maxListLength(),
    z.refine(
      (items) => new Set(items.map((entry) => JSON.stringify(entry))).size === items.length,
      { error: 'must not list the same item twice' },
    ),
  );
}

/**
 * The messages of an entity's object schema: not an object, or fields it does not know.
 *
 * @param what - What the object is, with its article, e.g. "an event".
 */
export function objectError(what: string): (issue: z.core.$ZodRawIssue) => string {
  return (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}; remove them or check their spelling`
      : `expected ${what} (an object with its fields)`;
}
