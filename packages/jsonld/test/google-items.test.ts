import { type Dataset, fixtures, formatPath } from '@track4tip/core';
import { completeDataset, type DatasetSupplement } from '@track4tip/core/schemas';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  type JsonLdGraph,
  pageJson,
  pressReleasePage,
  type ToJsonLdOptions,
  toJsonLd,
  track4tipPage,
  webinarPage,
} from '../src/index.js';
import { validate } from '../src/validate.js';
import { BASE, node, references } from './helpers.js';
import { vocabularyTables } from './schema-org.js';

const SCHEMA = 'https://schema.org/';
const { CLASSES, PROPERTIES } = vocabularyTables();

// A local schema.org context built from the vocabulary the package derives: every class and
// property as a term, and no @vocab, so a term that is not schema.org makes expansion fail.
const CONTEXT = Object.fromEntries(
  [...Object.keys(CLASSES), ...Object.keys(PROPERTIES)].map((name) => [name, `${SCHEMA}${name}`]),
);
const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org' && url !== 'https://schema.org/') {
    throw new Error(`unexpected remote document ${url}`);
  }
  return { contextUrl: undefined, documentUrl: url, document: { '@context': CONTEXT } };
};

/** Event and every class below it, from the same vocabulary. */
const EVENT_TYPES = new Set(
  Object.keys(CLASSES).filter(function below(name: string): boolean {
    if (name === 'Event') return true;
    return (CLASSES[name] ?? '').split(' ').some((parent) => parent !== '' && below(parent));
  }),
);

type Expanded = Record<string, unknown>;

/** Every expanded node object, nested ones included. */
function allNodes(value: unknown, out: Expanded[] = []): Expanded[] {
  if (Array.isArray(value)) for (const item of value) allNodes(item, out);
  else if (value !== null && typeof value === 'object') {
    const record = value as Expanded;
    if ('@type' in record) out.push(record);
    for (const [key, item] of Object.entries(record)) if (key !== '@type') allNodes(item, out);
  }
  return out;
}

const has = (record: Expanded, property: string) =>
  Array.isArray(record[`${SCHEMA}${property}`]) &&
  (record[`${SCHEMA}${property}`] as unknown[]).length > 0;

/**
 * Independent of the package's validator: expands the graph with the jsonld library and lists,
 * for every node typed Event or a subtype, Google's required properties it lacks (Google's Event
 * page, updated 2026-09-08: "Events must take place in a physical location": a location must
 * include a Place with an address; an online location alone does not count).
 */
async function incompleteEvents(graph: JsonLdGraph): Promise<string[]> {
  const expanded = await jsonld.expand(JSON.parse(JSON.stringify(graph)), {
    documentLoader,
    safe: true,
  } as never);
  const missing: string[] = [];
  for (const item of allNodes(expanded)) {
    const types = (item['@type'] as string[]).map((type) => type.slice(SCHEMA.length));
    if (!types.some((type) => EVENT_TYPES.has(type))) continue;
    const lacks = ['name', 'startDate', 'location'].filter((property) => !has(item, property));
    const locations = (item[`${SCHEMA}location`] ?? []) as Expanded[];
    if (
      locations.length > 0 &&
      !locations.some(
        (location) =>
          (location['@type'] as string[]).includes(`${SCHEMA}Place`) && has(location, 'address'),
      )
    ) {
      lacks.push('a Place with its address');
    }
    if (lacks.length > 0) missing.push(`${item['@id'] ?? types.join()}: ${lacks.join(', ')}`);
  }
  return missing;
}

/** The package validator's Google findings about Event items, but for recommended properties. */
function googleEventWarnings(graph: JsonLdGraph): string[] {
  const events = new Set(
    graph['@graph']
      .filter((n) => [n['@type']].flat().some((type) => EVENT_TYPES.has(String(type))))
      .map((n) => n['@id']),
  );
  return validate(graph)
    .diagnostics.filter(
      (d) =>
        d.code.startsWith('GOOGLE') &&
        d.code !== 'GOOGLE_RECOMMENDED' &&
        d.id !== undefined &&
        events.has(d.id),
    )
    .map((d) => `${d.id} ${d.code} ${formatPath(d.path)}`);
}

const WEBINAR = { type: 'event', id: 'unodc-webinar' } as const;
const supplied = {
  'unodc-webinar': {
    title:
      'Strengthening cooperation between criminal justice authorities in trafficking in persons cases',
    url: 'https://www.example.org/events/webinar',
    location: { virtualLocation: { url: 'https://meet.example.org/webinar' } },
    image: 'https://www.example.org/webinar.jpg',
  },
} as const;
/** The fixtures completed with a publisher's values. */
const completed = (supplement: DatasetSupplement): Dataset => completeDataset(fixtures, supplement);

describe('pages carry only Event items that can be complete', () => {
  it('the webinar page, completed with name, url, online location and image, is valid and says why it is not eligible', async () => {
    const graph = toJsonLd(completed({ events: supplied }), { baseUrl: BASE, include: [WEBINAR] });
    expect(graph['@graph'].filter((n) => n['@type'] === 'Event')).toHaveLength(1);
    // The webinar was online only: Google lists only events in a physical location.
    expect(await incompleteEvents(graph)).toEqual([
      `${BASE}#/schema/event/unodc-webinar: a Place with its address`,
    ]);
    expect(googleEventWarnings(graph)).toEqual([
      `${BASE}#/schema/event/unodc-webinar GOOGLE_RULE @graph[0].location`,
    ]);
    const result = validate(graph);
    expect(result.valid).toBe(true);
    expect(result.richResults.find((item) => item.feature === 'Event')).toMatchObject({
      eligible: false,
      missingRequired: ['location'],
    });
  });

  it('the precomputed press-release and TRACK4TIP pages carry no Event Google would flag', async () => {
    for (const page of [pressReleasePage, track4tipPage]) {
      const graph = JSON.parse(pageJson(page, { baseUrl: BASE })) as JsonLdGraph;
      expect(await incompleteEvents(graph)).toEqual([]);
      expect(googleEventWarnings(graph)).toEqual([]);
      const ids = graph['@graph'].map((n) => n['@id']);
      for (const ref of references(graph)) expect(ids).toContain(ref);
    }
  });

  it('the precomputed webinar page carries only its own event, incomplete only where the source is', async () => {
    const graph = JSON.parse(pageJson(webinarPage, { baseUrl: BASE })) as JsonLdGraph;
    // The source gives the webinar no name and no address: only a publisher can supply them.
    expect(await incompleteEvents(graph)).toEqual([
      `${BASE}#/schema/event/unodc-webinar: name, location`,
    ]);
  });

  it('writes another event of the page once its values are supplied, and links it', async () => {
    const data = completed({
      events: supplied,
      eventSeries: {
        'criminal-justice-cooperation-series': {
          title: 'Criminal justice cooperation series',
          startDate: '2021-01-25T10:00:00-05:00',
          endDate: '2021-02-01T12:00:00-05:00',
          location: {
            place: {
              name: 'Online and in Oranjestad',
              address: { addressLocality: 'Oranjestad', addressCountry: 'AW' },
            },
          },
        },
      },
    });
    const graph = toJsonLd(data, { baseUrl: BASE, include: [WEBINAR] });
    const series = node(graph, 'event-series/criminal-justice-cooperation-series');
    expect(series).toMatchObject({
      name: 'Criminal justice cooperation series',
      startDate: '2021-01-25T10:00:00-05:00',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'AW', addressLocality: 'Oranjestad' },
      },
    });
    expect(node(graph, 'event/unodc-webinar').superEvent).toEqual([{ '@id': series['@id'] }]);
    // The first session still lacks everything: referenced from nowhere, not written.
    expect(graph['@graph'].map((n) => n['@id'])).not.toContain(
      `${BASE}#/schema/event/us-doj-session`,
    );
    expect(series.subEvent).toEqual([{ '@id': `${BASE}#/schema/event/unodc-webinar` }]);
    // The series has a venue; only the online-only webinar is not eligible.
    expect(await incompleteEvents(graph)).toEqual([
      `${BASE}#/schema/event/unodc-webinar: a Place with its address`,
    ]);
    expect(googleEventWarnings(graph).map((line) => line.split(' ')[1])).toEqual(['GOOGLE_RULE']);
  });
});

describe('everything a publisher can supply', () => {
  it('writes an event time with offset, end, status, offers, images and a venue', () => {
    const data = completed({
      events: {
        'unodc-webinar': {
          ...supplied['unodc-webinar'],
          startDate: '2021-02-01T10:00:00-05:00',
          endDate: '2021-02-01T12:30:00-05:00',
          status: 'scheduled',
          image: ['https://www.example.org/1x1.jpg', 'https://www.example.org/16x9.jpg'],
          offers: [
            {
              url: 'https://www.example.org/register',
              price: 0,
              priceCurrency: 'USD',
              availability: 'in-stock',
              validFrom: '2021-01-15T09:00:00-05:00',
            },
          ],
        },
      },
    });
    const graph = toJsonLd(data, { baseUrl: BASE, include: [WEBINAR] });
    expect(node(graph, 'event/unodc-webinar')).toMatchObject({
      startDate: '2021-02-01T10:00:00-05:00',
      endDate: '2021-02-01T12:30:00-05:00',
      eventStatus: 'https://schema.org/EventScheduled',
      image: ['https://www.example.org/1x1.jpg', 'https://www.example.org/16x9.jpg'],
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/webinar' },
      offers: [
        {
          '@type': 'Offer',
          availability: 'https://schema.org/InStock',
          price: 0,
          priceCurrency: 'USD',
          url: 'https://www.example.org/register',
          validFrom: '2021-01-15T09:00:00-05:00',
        },
      ],
    });
    expect(validate(graph).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes the article headline, authors, images and dateModified, the page and organisation logo/sameAs', () => {
    const data = completed({
      pressReleases: {
        'unodc-press-release-2021-02-01': {
          headline: 'The headline as published',
          author: ['unodc'],
          image: 'https://www.example.org/press.jpg',
          dateModified: '2021-02-03',
        },
      },
      organizations: {
        unodc: {
          logo: 'https://www.example.org/unodc.png',
          sameAs: ['https://www.example.org/about/unodc'],
        },
      },
    });
    const graph = toJsonLd(data, {
      baseUrl: BASE,
      include: [{ type: 'press-release', id: 'unodc-press-release-2021-02-01' }],
      page: { url: 'https://www.example.org/news/webinar', name: 'UNODC facilitates seminar' },
    });
    const article = node(graph, 'press-release/unodc-press-release-2021-02-01');
    expect(article).toMatchObject({
      headline: 'The headline as published',
      author: [{ '@id': `${BASE}#/schema/organization/unodc` }],
      image: 'https://www.example.org/press.jpg',
      dateModified: '2021-02-03',
      mainEntityOfPage: { '@id': 'https://www.example.org/news/webinar' },
    });
    expect(node(graph, 'organization/unodc')).toMatchObject({
      logo: 'https://www.example.org/unodc.png',
      sameAs: ['https://www.example.org/about/unodc'],
      url: 'https://www.unodc.org',
    });
    expect(graph['@graph'].at(-1)).toEqual({
      '@type': 'WebPage',
      '@id': 'https://www.example.org/news/webinar',
      mainEntity: [{ '@id': article['@id'] }],
      name: 'UNODC facilitates seminar',
      url: 'https://www.example.org/news/webinar',
    });
    expect(validate(graph).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('invents nothing: without supplied values the webinar has no name, time, status or offers', () => {
    const webinar = node(
      toJsonLd(fixtures, { baseUrl: BASE, include: [WEBINAR] }),
      'event/unodc-webinar',
    );
    for (const key of ['name', 'url', 'eventStatus', 'offers', 'image', 'endDate']) {
      expect(webinar[key], key).toBeUndefined();
    }
    expect(webinar.startDate).toBe('2021-02-01');
  });
});

describe('values per id belong to the records', () => {
  const build = (options: Record<string, unknown>) => () =>
    toJsonLd(fixtures, { baseUrl: BASE, include: [WEBINAR], ...options } as ToJsonLdOptions);

  it.each(['events', 'eventSeries', 'pressReleases', 'organizations'])(
    'refuses the removed option %s and says how to migrate',
    (option) => {
      expect(build({ [option]: {} })).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          path: ['options', option],
          message: expect.stringContaining('completeDataset'),
        }),
      );
    },
  );

  it('are checked once, by core, with what, where and how to fix', () => {
    const issues = (supplement: DatasetSupplement) => {
      try {
        completed(supplement);
      } catch (error) {
        return (error as { issues: { path: (string | number)[]; message: string }[] }).issues;
      }
      return [];
    };
    expect(issues({ events: { 'unodc-webinar': { url: '/events/webinar' } } })).toEqual([
      expect.objectContaining({
        path: ['events', 'unodc-webinar', 'url'],
        message: expect.stringContaining('absolute http(s) URL'),
      }),
    ]);
    expect(
      issues({ events: { 'unodc-webinar': { startDate: '2021-02-01T10:00:00' } } })[0]?.message,
    ).toContain('offset');
    expect(issues({ events: { 'unodc-webinar': { startDate: '2021-02-02T10:00:00Z' } } })).toEqual([
      expect.objectContaining({ path: ['events', 'unodc-webinar', 'startDate'] }),
    ]);
    expect(
      issues({ events: { 'unodc-webinar': { offers: [{ price: 0, priceCurrency: 'usd' }] } } })[0]
        ?.path,
    ).toEqual(['events', 'unodc-webinar', 'offers', 0, 'priceCurrency']);
    expect(issues({ organizations: { unodc: { url: 'https://elsewhere.example/' } } })).toEqual([
      expect.objectContaining({
        path: ['organizations', 'unodc', 'url'],
        message: expect.stringContaining('"https://www.unodc.org"'),
      }),
    ]);
  });

  it('refuses a page without include', () => {
    expect(() =>
      toJsonLd(fixtures, { baseUrl: BASE, page: { url: 'https://www.example.org/all' } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'page'] }));
  });
});
