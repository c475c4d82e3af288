import type { IssuePath } from '../errors.js';

// What the model knows about the mistakes newcomers make: the hints of the issues core reports.
// Kept short, since they are bundled wherever an event is validated in a browser.

/**
 * Where an event's own fields are in an input: the path inside the event for a path that is in
 * one, else undefined. Given by the schema being parsed: the input itself for an event, the
 * `events` collection for a dataset.
 */
export type EventPath = (path: IssuePath) => IssuePath | undefined;

/** The input is one event. */
export const eventAtRoot: EventPath = (path) => path;

/** The input is a dataset: its events are the `events` collection. */
export const eventsOfDataset: EventPath = (path) =>
  path[0] === 'events' && typeof path[1] === 'number' ? path.slice(2) : undefined;

/** Fields of an event a newcomer writes from schema.org habit, which the model names otherwise. */
const EVENT_FIELD_HINTS: Readonly<Record<string, string>> = {
  name: 'an event has no "name": put an official title in "title" and your own label in "descriptiveLabel"',
  eventAttendanceMode:
    'write "attendanceMode": "online", "offline" or "mixed", or leave it out and give "location"',
  eventStatus:
    'write "status": "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"',
  organizer: 'write "ledBy": a list of organisation ids, e.g. ["unodc"]',
  performer:
    'write "givenBy" (organisation ids), or list the speakers as "people" and "participations" of a dataset',
  address: 'a venue goes in "location": { "place": { "name": …, "address": { … } } }',
  place: 'put it inside "location"',
  virtualLocation: 'put it inside "location"',
};

/** The hint for an unknown field inside an event's `location`. */
const LOCATION_HINT =
  'a location holds "place" (a venue: { "name", "address": { "addressLocality", "addressCountry" } }) and/or "virtualLocation" (where to join online: { "url" })';

/** What to add for a required field that is missing. */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  id: 'a stable id of your choice, e.g. "my-webinar"',
  kind: 'what it is, e.g. "webinar" for an event or "governmental" for an organisation',
  descriptiveLabel: 'a label in your own words, e.g. "Our webinar on victim identification"',
  name: 'its name as its source writes it',
};

/** A table's entry for `key`, never one inherited from `Object.prototype` (`"constructor"`). */
const entry = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * The hint for the unknown field `key` of the object at `inEvent` (its path inside an event, or
 * undefined outside events): what the model calls it, else to remove it.
 */
export function unknownFieldHint(inEvent: IssuePath | undefined, key: string): string {
  const hint =
    inEvent?.length === 0
      ? entry(EVENT_FIELD_HINTS, key)
      : inEvent?.length === 1 && inEvent[0] === 'location'
        ? LOCATION_HINT
        : undefined;
  return hint ?? 'remove it or check its spelling';
}

/** The hint for the missing required field `key`, when there is one. */
export const missingFieldHint = (key: string): string | undefined => entry(MISSING_HINTS, key);
