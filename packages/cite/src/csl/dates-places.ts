import { dayOf, type Event, isCountryCode, isDateOrDateTime } from '@track4tip/core';
import { CiteError } from '../errors.js';
import type { CitationLocale } from '../styles/catalog.js';
import type { CslDate } from './types.js';

// The dates and places of a CSL item, from the model's values: days in each value's own offset
// (core's `dayOf`, never the reader's time zone), places named in the citation's language.

/** The calendar day of a date or date-time, in the value's own offset. */
function day(value: unknown, path: readonly (string | number)[]): string {
  if (!isDateOrDateTime(value)) {
    throw new CiteError(
      'INVALID_INPUT',
      `expected a date written YYYY-MM-DD or a date-time with an offset (2021-02-01T10:00:00-05:00), got ${JSON.stringify(value)}`,
      { path },
    );
  }
  return dayOf(value);
}

const dayParts = (value: string): number[] => value.split('-').map(Number);

/** A date or date-time as a one-day CSL date; `path` names the value in an error. */
export function calendarDate(value: unknown, path: readonly (string | number)[]): CslDate {
  return { 'date-parts': [dayParts(day(value, path))] };
}

/** An event's days: its start day, and its end day when that is a later one. */
export function eventDate(event: Event): CslDate | undefined {
  if (event.startDate === undefined) return undefined;
  const start = day(event.startDate, ['entity', 'startDate']);
  const end = event.endDate === undefined ? start : day(event.endDate, ['entity', 'endDate']);
  // `YYYY-MM-DD` strings sort as the days do.
  return { 'date-parts': end > start ? [dayParts(start), dayParts(end)] : [dayParts(start)] };
}

/**
 * Where an event took place, for CSL `event-place`: the town (or, without one, the region) of its
 * venue and the name of its country in the citation's language, e.g. "Quito, Ecuador". The venue's
 * own name is not part of it; an event without a venue (online only) has none.
 */
export function eventPlace(event: Event, locale: CitationLocale): string | undefined {
  const address = event.location?.place?.address;
  if (address === undefined) return undefined;
  const area = address.addressLocality ?? address.addressRegion;
  const code = address.addressCountry;
  if (code !== undefined && !isCountryCode(code)) {
    throw new CiteError(
      'INVALID_INPUT',
      `expected an ISO 3166-1 alpha-2 country code such as "EC", got ${JSON.stringify(code)}; build events with defineEvent from @track4tip/core/schemas`,
      { path: ['entity', 'location', 'place', 'address', 'addressCountry'] },
    );
  }
  const country =
    code === undefined ? undefined : new Intl.DisplayNames([locale], { type: 'region' }).of(code);
  const parts = [area, country].filter((part): part is string => part !== undefined);
  // A city-state's town and country are one name ("Singapore"): say it once.
  const unique = parts.filter((part, index) => parts.indexOf(part) === index);
  return unique.length === 0 ? undefined : unique.join(', ');
}
