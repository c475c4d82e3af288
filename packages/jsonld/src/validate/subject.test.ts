import { fixtures, formatPath } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { JsonLdError } from '../errors.js';
import { toJsonLd } from '../graph.js';
import { entityId } from '../ids.js';
import { validate } from '../validate.js';

const B = 'https://example.org/#/schema/';
const doc = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });
const place = { '@type': 'Place', name: 'Hall', address: 'Wagramer Strasse 5, 1220 Vienna' };
const event = {
  '@type': 'Event',
  '@id': `${B}event/e`,
  name: 'Webinar',
  startDate: '2021-02-01',
  location: place,
  organizer: { '@id': `${B}organization/o` },
};
const org = { '@type': 'NGO', '@id': `${B}organization/o`, name: 'O', url: 'https://o.example/' };
const other = { ...event, '@id': `${B}event/other`, name: 'Another event' };
const items = (input: unknown, options?: Parameters<typeof validate>[1]) =>
  validate(input, options).richResults.map(
    (item) => `${item.feature} ${item.id ?? formatPath(item.path)}`,
  );

describe('validate: rich-result items follow the page subject', () => {
  it('without a subject: every Event and Article, no Organization', () => {
    expect(items(doc(event, org, other))).toEqual([`Event ${B}event/e`, `Event ${B}event/other`]);
  });

  it("reads the subject from a WebPage's mainEntity", () => {
    const page = {
      '@type': 'WebPage',
      '@id': 'https://example.org/events/e',
      mainEntity: { '@id': `${B}event/e` },
    };
    expect(items(doc(event, org, other, page))).toEqual([`Event ${B}event/e`]);
    // The page about the organisation: its Organization rules apply, the events it names do not.
    const about = { ...page, mainEntity: { '@id': `${B}organization/o` } };
    expect(items(doc(event, org, other, about))).toEqual([`Organization ${B}organization/o`]);
  });

  it('reads the subject from mainEntityOfPage, and from a one-node document', () => {
    const article = {
      '@type': 'NewsArticle',
      '@id': `${B}article/a`,
      headline: 'H',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/a' },
    };
    expect(items(doc(article, event, org))).toEqual([`Article ${B}article/a`]);
    expect(items({ '@context': 'https://schema.org', ...org })).toEqual([
      `Organization ${B}organization/o`,
    ]);
  });

  it('keeps events embedded in the subject (a series and its sub-events), not its organiser', () => {
    const series = {
      '@type': 'EventSeries',
      '@id': `${B}event-series/s`,
      name: 'Series',
      startDate: '2021-02-01',
      location: place,
      subEvent: [{ ...event, '@id': undefined, organizer: org }],
    };
    expect(items(doc(series), { subject: `${B}event-series/s` })).toEqual([
      `Event ${B}event-series/s`,
      'Event @graph[0].subEvent[0]',
    ]);
  });

  it('takes the subject option over what the document says', () => {
    expect(items(doc(event, org, other), { subject: `${B}organization/o` })).toEqual([
      `Organization ${B}organization/o`,
    ]);
    expect(items(doc(event, org, other), { subject: [`${B}event/e`, `${B}event/other`] })).toEqual([
      `Event ${B}event/e`,
      `Event ${B}event/other`,
    ]);
  });

  it('refuses a subject the document does not have, and options of the wrong form', () => {
    const attempt = (options: unknown) => () =>
      validate(doc(event), options as Parameters<typeof validate>[1]);
    expect(attempt({ subject: `${B}event/missing` })).toThrow(JsonLdError);
    expect(attempt({ subject: `${B}event/missing` })).toThrow(/event\/missing/);
    for (const options of [null, 'x', { subject: 1 }, { subject: [] }, { subject: [''] }]) {
      expect(attempt(options)).toThrow(
        expect.objectContaining({ name: 'JsonLdError', code: 'INVALID_OPTION' }),
      );
    }
  });

  it("summarises Google's recommendations once per item, on the page toJsonLd builds", () => {
    const baseUrl = 'https://www.example.org/';
    const graph = toJsonLd(fixtures, {
      baseUrl,
      include: [{ type: 'event', id: 'unodc-webinar' }],
      page: { url: 'https://www.example.org/events/webinar' },
    });
    const result = validate(graph);
    expect(result.richResults.map((item) => item.id)).toEqual([
      entityId(baseUrl, 'event', 'unodc-webinar'),
    ]);
    const notes = result.diagnostics.filter((d) => d.code === 'GOOGLE_RECOMMENDED');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.path).toEqual(result.richResults[0]?.path);
    for (const field of result.richResults[0]?.missingRecommended ?? []) {
      expect(notes[0]?.message).toContain(`"${field}"`);
    }
  });
});

describe('validate: the error class of a bad option', () => {
  it('is the JsonLdError this entry point exports', async () => {
    const entry = await import('../validate.js');
    expect(() => validate({}, { subject: 'x' })).toThrow(entry.JsonLdError);
  });
});
