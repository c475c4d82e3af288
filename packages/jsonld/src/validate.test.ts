import { formatPath } from '@track4tip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOGLE_PAGES, validate } from './validate.js';

const B = 'https://example.org/#/schema/';
const doc = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });
const codes = (input: unknown, severity = 'error') =>
  validate(input)
    .diagnostics.filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${formatPath(d.path)}`);

const webinar = {
  '@type': 'Event',
  '@id': `${B}event/w`,
  startDate: '2021-02-01',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  eventStatus: 'https://schema.org/EventScheduled',
  location: { '@type': 'VirtualLocation' },
  organizer: { '@id': `${B}organization/o` },
  performer: [
    { '@type': 'PerformanceRole', performer: { '@id': `${B}person/p` }, roleName: 'trainer' },
  ],
};
const org = {
  '@type': 'Organization',
  '@id': `${B}organization/o`,
  name: 'O',
  url: 'https://o.example/',
};
const person = { '@type': 'Person', '@id': `${B}person/p`, name: 'P', jobTitle: 'Head' };

describe('validate', () => {
  it('accepts a well-formed graph, the Role pattern included', () => {
    expect(codes(doc(webinar, org, person))).toEqual([]);
  });

  it('reports what a missing Google requirement is, without making it an error', () => {
    const result = validate(doc(webinar, org, person));
    expect(result.valid).toBe(true);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => `${d.code} ${formatPath(d.path)}`)).toEqual([
      'GOOGLE_REQUIRED @graph[0].name',
      'GOOGLE_RULE @graph[0].location',
    ]);
    expect(warnings[0]).toMatchObject({
      id: `${B}event/w`,
      source: expect.stringMatching(
        /^https:\/\/developers\.google\.com\/search\/docs\/appearance\/structured-data\/event \(rules v\d+, checked \d{4}-\d{2}-\d{2}\)$/,
      ),
    });
  });

  it("gives each finding core's issue shape: a path array, a message without it, the fix as hint", () => {
    const event = { ...webinar, url: '/relative', organizer: { '@id': '_:gone' } };
    const { diagnostics } = validate(doc(event, { ...org, '@id': 'relative' }, { nmae: 'x' }));
    expect(diagnostics.find((d) => d.code === 'GOOGLE_REQUIRED')).toEqual({
      severity: 'warning',
      code: 'GOOGLE_REQUIRED',
      id: `${B}event/w`,
      path: ['@graph', 0, 'name'],
      message:
        'Google Search requires "name" on Event for its rich result; the data has no value for it (an empty string counts as none)',
      hint: 'if the record has a real value, add it to the record (records you did not write: with completeDataset from @track4tip/core/schemas); do not invent one',
      source: expect.stringContaining('https://developers.google.com/'),
    });
    expect(diagnostics.find((d) => d.code === 'DANGLING_REFERENCE')).toMatchObject({
      path: ['@graph', 0, 'organizer'],
      message: 'refers to "_:gone", a blank node id that no node of this document has',
      hint: 'add that node or remove the reference',
    });
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['RELATIVE_ID', 'RELATIVE_URL', 'MISSING_TYPE', 'UNKNOWN_PROPERTY']),
    );
    for (const d of diagnostics) {
      expect(d.path.every((step) => typeof step === 'string' || Number.isInteger(step))).toBe(true);
      expect(d.path.length).toBeGreaterThan(1);
      expect(d.message).not.toContain(formatPath(d.path));
      expect(d.message).not.toContain(d.path.join('.'));
      if ('hint' in d) expect(d.hint).toMatch(/^[a-z]/);
    }
  });

  it('finds unknown terms, misplaced properties and superseded terms', () => {
    const bad = { '@type': ['Evnt'], '@id': `${B}x/1`, nmae: 'x' };
    const misplaced = {
      ...person,
      '@id': `${B}person/q`,
      eventStatus: 'https://schema.org/EventScheduled',
    };
    const role = { '@type': 'Role', '@id': `${B}role/r`, namedPosition: 'x' };
    expect(codes(doc(bad, misplaced, role))).toEqual([
      'UNKNOWN_TYPE @graph[0].@type',
      'UNKNOWN_PROPERTY @graph[0].nmae',
      'PROPERTY_NOT_ON_TYPE @graph[1].eventStatus',
    ]);
    expect(codes(doc(role), 'warning')).toContain('SUPERSEDED_TERM @graph[0].namedPosition');
  });

  it('checks references, ids, dates, URLs and enumeration members', () => {
    const event = {
      ...webinar,
      '@id': `${B}event/e`,
      startDate: '2021-02-30',
      endDate: 'February 1, 2021',
      url: '/relative',
      eventStatus: 'https://schema.org/OnlineEventAttendanceMode',
      organizer: { '@id': '_:missing' },
      audience: { '@id': `${B}person/p` },
      funder: { '@id': 'https://www.wikidata.org/entity/Q1' },
      sponsor: { '@id': `${B}organization/missing` },
    };
    const graph = doc(event, person, { ...org, '@id': 'relative' }, { ...person });
    expect([...codes(graph)].sort()).toEqual([
      'DANGLING_REFERENCE @graph[0].organizer',
      'DANGLING_REFERENCE @graph[0].sponsor',
      'INVALID_DATE @graph[0].endDate',
      'INVALID_DATE @graph[0].startDate',
      'UNEXPECTED_VALUE @graph[0].audience',
      'UNEXPECTED_VALUE @graph[0].eventStatus',
    ]);
    // Relative ids and URLs are legal JSON-LD (resolved against the page's address), and an IRI
    // may be described elsewhere: warnings and a note, not errors.
    // Two top-level nodes with one @id are one node to every reader: merged, with a warning.
    expect(codes(graph, 'warning')).toEqual(
      expect.arrayContaining([
        'RELATIVE_ID @graph[2].@id',
        'RELATIVE_URL @graph[0].url',
        'DUPLICATE_ID @graph[3].@id',
      ]),
    );
    expect(codes(graph, 'info')).toContain('DANGLING_REFERENCE @graph[0].funder');
  });

  it('applies the physical-location, eventStatus and previousStartDate rules', () => {
    const moved = {
      ...webinar,
      name: 'x',
      eventStatus: 'https://schema.org/EventMovedOnline',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      previousStartDate: '2021-01-01',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example/' },
    };
    expect(codes(doc(moved, org, person), 'warning')).toEqual([
      'GOOGLE_RULE @graph[0].location',
      'GOOGLE_RULE @graph[0].previousStartDate',
    ]);
    const rescheduled = {
      ...moved,
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: undefined,
      startDate: '2021-02-01T10:00:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    };
    expect(codes(JSON.parse(JSON.stringify(doc(rescheduled, org, person))), 'warning')).toEqual([
      'GOOGLE_RULE @graph[0].location',
      'GOOGLE_RULE @graph[0].previousStartDate',
      'GOOGLE_RULE @graph[0].startDate',
    ]);
  });

  it('dates every Google rule set and links its page', () => {
    for (const page of GOOGLE_PAGES) {
      expect(page.url).toMatch(
        /^https:\/\/developers\.google\.com\/search\/docs\/appearance\/structured-data\/(event|article|organization)$/,
      );
      expect(page.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        validate(value);
        validate({ '@context': 'https://schema.org', '@graph': [value] });
      }),
      { numRuns: 500, seed: 1 },
    );
  });
});
