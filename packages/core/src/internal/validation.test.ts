import { describe, expect, it } from 'vitest';
import {
  safeParseAward,
  safeParseDataset,
  safeParseEvent,
  safeParseOrganization,
  safeParsePerson,
} from '../builders.js';
import { safeCompleteDataset } from '../complete.js';
import type { Issue } from '../errors.js';
import { events } from '../fixtures/events.js';
import { fixtures } from '../fixtures/index.js';
import type { ParseResult } from './validation.js';

/** A valid event (the fixtures' webinar of 1 February 2021) to break one field of at a time. */
const event = events['unodc-webinar'];

/** The issues of a refused input; the error itself says only that the input is refused. */
function issuesOf(result: ParseResult<unknown>): readonly Issue[] {
  if (result.success) throw new Error('expected the input to be refused');
  expect(result.error.code).toBe('INVALID_INPUT');
  return result.error.issues;
}

/** The one issue of a refused input. */
function issueOf(result: ParseResult<unknown>): Issue {
  const issues = issuesOf(result);
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

describe('each issue has a code of its kind, under an error with code INVALID_INPUT', () => {
  it('MISSING_FIELD: a required field without a value, with what to add', () => {
    expect(issueOf(safeParseOrganization({ name: 'My Office', kind: 'governmental' }))).toEqual({
      code: 'MISSING_FIELD',
      path: ['id'],
      message: 'the required field "id" is missing; add it',
      hint: 'a stable id of your choice, e.g. "my-webinar"',
    });
    // A field the hints say nothing about has none.
    expect(issueOf(safeParseAward({ id: 'a', funder: 'unodc' }))).toEqual({
      code: 'MISSING_FIELD',
      path: ['number'],
      message: 'the required field "number" is missing; add it',
    });
  });

  it('INVALID_TYPE: what was expected and what was given', () => {
    expect(issueOf(safeParsePerson({ id: 'x', name: 42 }))).toEqual({
      code: 'INVALID_TYPE',
      path: ['name'],
      message: 'expected a string, got a number (42); change the value',
    });
    expect(issueOf(safeParseEvent([1, 2]))).toMatchObject({
      code: 'INVALID_TYPE',
      path: [],
      message:
        'expected an event (an object with its fields), got an array ([1,2]); change the value',
    });
  });

  it('UNKNOWN_FIELD: one issue per unknown field, at that field', () => {
    const issues = issuesOf(safeParsePerson({ id: 'x', name: 'X', nmae: 'typo', colour: 'red' }));
    expect(issues).toEqual([
      {
        code: 'UNKNOWN_FIELD',
        path: ['nmae'],
        message: 'unknown field "nmae"',
        hint: 'remove it or check its spelling',
      },
      {
        code: 'UNKNOWN_FIELD',
        path: ['colour'],
        message: 'unknown field "colour"',
        hint: 'remove it or check its spelling',
      },
    ]);
  });

  it('INVALID_VALUE, INVALID_FORMAT, TOO_SMALL and TOO_BIG', () => {
    expect(issueOf(safeParseEvent({ ...event, status: 'canceled' }))).toEqual({
      code: 'INVALID_VALUE',
      path: ['status'],
      message: 'expected "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"',
    });
    expect(issueOf(safeParsePerson({ id: 'jane doe', name: 'Jane Doe' }))).toMatchObject({
      code: 'INVALID_FORMAT',
      path: ['id'],
    });
    expect(issueOf(safeParsePerson({ id: 'x', name: '' }))).toMatchObject({
      code: 'TOO_SMALL',
      path: ['name'],
      message: 'must not be empty',
    });
    expect(issueOf(safeParsePerson({ id: 'x', name: 'x'.repeat(501) }))).toMatchObject({
      code: 'TOO_BIG',
      path: ['name'],
    });
  });

  it('INVALID_DATE: a day that does not exist, a time without an offset, no date at all', () => {
    const date = (startDate: string) => issueOf(safeParseEvent({ ...event, startDate }));
    expect(date('2024-02-30')).toEqual({
      code: 'INVALID_DATE',
      path: ['startDate'],
      message: '"2024-02-30" is not a calendar date; write a day that exists, as YYYY-MM-DD',
    });
    expect(date('2024-05-02T15:00').message).toBe(
      '"2024-05-02T15:00" has a time but no offset; add one (e.g. "2024-05-02T15:00Z" for UTC) or write the date alone (YYYY-MM-DD)',
    );
    expect(date('tomorrow').message).toBe(
      '"tomorrow" is not a date; write YYYY-MM-DD, or a date-time with an offset such as "2021-02-01T15:00:00Z"',
    );
    // An end before its start is a date refused too.
    expect(issueOf(safeParseEvent({ ...event, endDate: '2021-01-31' }))).toEqual({
      code: 'INVALID_DATE',
      path: ['endDate'],
      message: 'endDate must not be before startDate',
    });
  });

  it('keeps its codes in a dataset and in a supplement, at their paths there', () => {
    const issues = issuesOf(
      safeParseDataset({ events: [{ ...event, startDate: '2024-02-30', colour: 'red' }] }),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['INVALID_DATE', 'events.0.startDate'],
      ['UNKNOWN_FIELD', 'events.0.colour'],
    ]);
    const supplied = issuesOf(
      safeCompleteDataset(fixtures, {
        events: { 'unodc-webinar': { location: { venue: 'Vienna' } } } as never,
      }),
    );
    expect(supplied[0]).toEqual({
      code: 'UNKNOWN_FIELD',
      path: ['events', 'unodc-webinar', 'location', 'venue'],
      message: 'unknown field "venue"',
      hint: expect.stringMatching(/^a location holds "place"/),
    });
  });
});

describe('hints come from what the model knows about events', () => {
  it("names the model's field for a schema.org field of an event, in an event or a dataset", () => {
    const hint =
      'write "status": "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"';
    expect(issueOf(safeParseEvent({ ...event, eventStatus: 'x' })).hint).toBe(hint);
    expect(issueOf(safeParseDataset({ events: [{ ...event, eventStatus: 'x' }] }))).toEqual({
      code: 'UNKNOWN_FIELD',
      path: ['events', 0, 'eventStatus'],
      message: 'unknown field "eventStatus"',
      hint,
    });
  });

  it('says what a location holds for an unknown field inside one', () => {
    const issues = issuesOf(safeParseEvent({ ...event, location: { name: 'Online' } }));
    expect(issues[0]).toMatchObject({ code: 'UNKNOWN_FIELD', path: ['location', 'name'] });
    expect(issues[0]?.hint).toMatch(/^a location holds "place" .* and\/or "virtualLocation"/);
  });

  it("gives an event's hints to events only, and no inherited value as a hint", () => {
    // An organisation's `organizer` is no event field written from habit.
    const elsewhere = issueOf(
      safeParseDataset({
        organizations: [{ id: 'o', name: 'O', kind: 'network', organizer: 'x' }],
      }),
    );
    expect(elsewhere.hint).toBe('remove it or check its spelling');
    expect(issueOf(safeParseEvent({ ...event, organizer: 'x' })).hint).toMatch(/^write "ledBy"/);
    const inherited = issuesOf(safeParseEvent(JSON.parse(`{"constructor": 1, "toString": 2}`)));
    expect(inherited.filter((issue) => issue.code === 'UNKNOWN_FIELD').map((i) => i.hint)).toEqual([
      'remove it or check its spelling',
      'remove it or check its spelling',
    ]);
  });
});
