import { type Issue, isCalendarDate, isDateOrDateTime, isDateTime } from '@track4tip/core';
import { DatasetSchema } from '@track4tip/core/schemas';
import type { Problem } from './io.js';

/**
 * One problem as the schema itself (zod) reports it: core's issues say `INVALID_INPUT` for every
 * schema problem; zod's own code says which kind (a missing field, an unknown key), which the CLI
 * turns into its own codes and advice.
 */
export interface SchemaIssue {
  /** zod's issue code (`invalid_type`, `unrecognized_keys`…), or one of core's codes. */
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The unknown keys of an `unrecognized_keys` issue. */
  readonly keys?: readonly string[];
}

/**
 * The schema's own issues for a dataset core refused with `INVALID_INPUT`, in core's order; or
 * `undefined` when the schema accepts it (the problem is elsewhere) or cannot read it.
 */
export function schemaIssues(dataset: unknown): SchemaIssue[] | undefined {
  let result: ReturnType<typeof DatasetSchema.safeParse>;
  try {
    result = DatasetSchema.safeParse(dataset, { error: wording });
  } catch {
    return undefined;
  }
  if (result.success) return undefined;
  return result.error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    ...('keys' in issue ? { keys: issue.keys } : {}),
  }));
}

/** "a string", "an object", "a list [ … ]": what a type is called in messages. */
const typeName = (type: string): string =>
  type === 'array' ? 'a list [ … ]' : `${'aeiou'.includes(type.charAt(0)) ? 'an' : 'a'} ${type}`;

/**
 * The CLI's words for the schema's issues that core does not word itself (core's own messages take
 * precedence): built from each issue's fields, so no message of the validator is ever read back.
 */
function wording(issue: {
  readonly code?: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeof issue.expected === 'string'
        ? `expected ${typeName(issue.expected)}`
        : undefined;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value) ?? String(value));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
    }
    case 'unrecognized_keys':
      return `unknown field(s) ${(issue.keys ?? []).map((key) => JSON.stringify(key)).join(', ')}; remove them or check their spelling`;
    default:
      return undefined;
  }
}

/**
 * The CLI's codes for the schema's issues, chosen by zod's issue code (stable across zod and
 * zod/mini) so the messages do not depend on the validator's wording.
 */
const CODES: Readonly<Record<string, string>> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_VALUE',
  invalid_format: 'INVALID_FORMAT',
  invalid_union: 'INVALID_VALUE',
  unrecognized_keys: 'UNKNOWN_FIELD',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  not_multiple_of: 'INVALID_VALUE',
  custom: 'INVALID_VALUE',
};

/**
 * Hints for fields of an event that a newcomer writes from schema.org habit, which the SDK's
 * model names otherwise.
 */
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
  place: 'put it inside "location": { "place": … }',
  virtualLocation: 'put it inside "location": { "virtualLocation": … }',
  '@type':
    'write the SDK model without "@type", or pass a JSON-LD document (with "@context") instead',
  '@context': 'a JSON-LD document also needs "@graph"; or use --type jsonld',
};

/** The hint for an unknown field inside an event's `location`. */
const LOCATION_HINT =
  'a location holds "place" (a venue: { "name", "address": { "addressLocality", "addressCountry" } }) and/or "virtualLocation" (where to join online: { "url" })';

/** What to add for a required field that is missing. */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  id: 'a stable id of your choice, e.g. "my-webinar"',
  kind: 'what it is, e.g. "webinar" for an event or "governmental" for an organisation',
  descriptiveLabel: 'a label in your own words, e.g. "Our webinar on victim identification"',
  name: 'its name as written by the organisation',
};

/**
 * True for a date written `YYYY-MM-DD` whose year and month exist but whose day does not in that
 * month (`2024-02-30`). Asked of core's one date rule: the month with day 01, and the day in a
 * month of 31 days.
 */
function isMissingDay(value: string): boolean {
  const [month, day] = [value.slice(0, 8), value.slice(8)];
  return (
    value.length === 10 &&
    isCalendarDate(`${month}01`) &&
    isCalendarDate(`2000-01-${day}`) &&
    !isCalendarDate(value)
  );
}

/** True for a date-time that core's rule accepts once an offset is added: a local time. */
const isLocalDateTime = (value: string): boolean => !isDateTime(value) && isDateTime(`${value}Z`);

/** The SDK's codes (`UNKNOWN_ID`) as they are; zod's issue codes as the CLI's UPPER codes. */
export function upperCode(code: string): string {
  return /^[A-Z_]+$/.test(code) ? code : (CODES[code] ?? code.toUpperCase());
}

/**
 * One of the library's issues as a CLI problem, its message as the library wrote it: the path
 * is where the user's file holds the value (`where` writes it).
 */
export function libraryProblem(issue: Issue | SchemaIssue, where: string): Problem {
  return { severity: 'error', code: upperCode(issue.code), path: where, message: issue.message };
}

/** The value at a path of the input, or undefined when the path does not exist. */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** "an array", "a string", "null": the JSON type of a value, for messages. */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' ? 'a number' : `a ${typeof value}`;
}

/** A short, one-line rendering of the offending value. */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return '…'; // nested too deeply to write out
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Turns one of core's schema issues into a CLI problem: an UPPER code, the path in the user's
 * file, and a message that says what is wrong and how to fix it.
 *
 * @param input - The whole parsed input the issue's path points into (to show the bad value).
 * @param where - Formats the issue's path as the user's file and path.
 * @param depth - How many leading path keys the CLI added around the user's input.
 */
export function schemaProblem(
  issue: Issue | SchemaIssue,
  input: unknown,
  where: (path: readonly (string | number)[]) => string,
  depth = 0,
): Problem {
  const problem = (code: string, message: string): Problem => ({
    severity: 'error',
    code,
    path: where(issue.path),
    message,
  });
  const key = issue.path[issue.path.length - 1];
  const value = valueAt(input, issue.path);
  if (/^[A-Z_]+$/.test(issue.code)) {
    return problem(issue.code, issue.message); // already one of core's own codes
  }
  if (issue.code === 'unrecognized_keys') {
    const unknown = 'keys' in issue ? (issue.keys ?? []) : [];
    const onEvent = issue.path.length === 2 && issue.path[0] === 'events';
    const hints =
      key === 'location'
        ? [LOCATION_HINT]
        : onEvent
          ? unknown.flatMap((k) =>
              EVENT_FIELD_HINTS[k] === undefined ? [] : [EVENT_FIELD_HINTS[k]],
            )
          : [];
    return problem(
      'UNKNOWN_FIELD',
      hints.length === 0 ? issue.message : `${issue.message}; ${hints.join('; ')}`,
    );
  }
  if (typeof key === 'string' && /date$/i.test(key) && issue.code !== 'invalid_type') {
    const text = typeof value === 'string' ? value : '';
    // A date in either form that is still refused breaks another rule (an end before the start).
    const message = isDateOrDateTime(text)
      ? issue.message
      : isMissingDay(text)
        ? `${show(value)} is not a calendar date; write a day that exists, as YYYY-MM-DD`
        : isLocalDateTime(text)
          ? `${show(value)} has a time but no offset; add one (e.g. "${text}Z" for UTC) or write the date alone (YYYY-MM-DD)`
          : `${show(value)} is not a date; write YYYY-MM-DD, or a date-time with an offset such as "2021-02-01T15:00:00Z"`;
    return problem('INVALID_DATE', message);
  }
  if (issue.code === 'invalid_type' && value === undefined && typeof key === 'string') {
    const hint = MISSING_HINTS[key];
    return problem(
      'MISSING_FIELD',
      `the required field "${key}" is missing; add it${hint === undefined ? '' : `: ${hint}`}`,
    );
  }
  if (issue.code === 'invalid_type' && issue.path.length === depth) {
    return problem(
      'INVALID_TYPE',
      `expected one JSON object (an event, an organisation, a dataset or a JSON-LD document), got ${describeType(value)}; wrap your data in { }`,
    );
  }
  const code = CODES[issue.code] ?? issue.code.toUpperCase();
  const message = issue.message;
  // The message says what was expected ("expected a string"): add what was given.
  if (issue.code === 'invalid_type') {
    return problem(
      code,
      `${message}, got ${describeType(value)} (${show(value)}); change the value`,
    );
  }
  return problem(code, message);
}
