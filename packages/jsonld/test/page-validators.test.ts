// The page validators (`@track4tip/jsonld/validate/event`, `/article`) hold part of schema.org.
// Checked here against the whole-vocabulary validator: on what the SDK writes, and on documents a
// generator draws from held terms, terms outside the part and misspellings.
import { type Dataset, ENTITY_COLLECTIONS, ENTITY_TYPES, fixtures } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EntityRef, toJsonLd } from '../src/index.js';
import { validate as validateArticle } from '../src/validate/article.js';
import { validate as validateEvent } from '../src/validate/event.js';
import * as ARTICLE_TABLES from '../src/validate/pages/article.generated.js';
import * as EVENT_TABLES from '../src/validate/pages/event.generated.js';
import { createVocabulary } from '../src/validate/vocabulary.js';
import { type Diagnostic, type ValidationResult, validate } from '../src/validate.js';
import { vocabularyTables } from './schema-org.js';

const SITE = 'https://www.example.org/';
const { CLASSES, PROPERTIES, ENUMERATION_MEMBERS } = vocabularyTables();
const EVENT = createVocabulary(EVENT_TABLES, EVENT_TABLES.RELEASE).tables();
const ARTICLE = createVocabulary(ARTICLE_TABLES, ARTICLE_TABLES.RELEASE).tables();
const GOOGLE = 'https://developers.google.com/search/docs/appearance/structured-data/';

const PAGES = [
  { name: 'event', validate: validateEvent, tables: EVENT, features: ['Event', 'Organization'] },
  {
    name: 'article',
    validate: validateArticle,
    tables: ARTICLE,
    features: ['Article', 'Organization'],
  },
] as const;

/** The whole validator's result, with only the Google pages a page validator holds. */
function restricted(result: ValidationResult, features: readonly string[]) {
  const others = ['event', 'article', 'organization']
    .filter((page) => !features.some((feature) => feature.toLowerCase() === page))
    .map((page) => `${GOOGLE}${page}`);
  return {
    valid: result.valid,
    diagnostics: result.diagnostics.filter(
      (d) => !others.some((source) => d.source.startsWith(source)),
    ),
    richResults: result.richResults.filter((item) => features.includes(item.feature)),
  };
}

/** Every page the fixtures make: one per entity, with and without its WebPage, in two languages. */
function sdkGraphs(): { label: string; graph: unknown }[] {
  const completed: Dataset = completeDataset(fixtures, {
    source: { name: 'Example web team' },
    events: {
      'unodc-webinar': {
        title: 'Strengthening cooperation between criminal justice authorities',
        url: `${SITE}events/webinar`,
        startDate: '2021-02-01T10:00:00-05:00',
        location: { virtualLocation: { url: `${SITE}events/webinar/live` } },
        image: `${SITE}images/webinar.jpg`,
      },
    },
  });
  const graphs: { label: string; graph: unknown }[] = [
    { label: 'all fixtures', graph: toJsonLd(fixtures, { baseUrl: SITE }) },
  ];
  for (const data of [fixtures, completed]) {
    for (const collection of ENTITY_COLLECTIONS) {
      for (const entity of data[collection] ?? []) {
        const include: EntityRef[] = [{ type: ENTITY_TYPES[collection], id: entity.id }];
        for (const locale of [undefined, 'es']) {
          graphs.push({
            label: `${collection} ${entity.id} ${locale ?? 'en'}`,
            graph: toJsonLd(data, {
              baseUrl: SITE,
              include,
              ...(locale === undefined ? {} : { locale }),
              page: { url: `${SITE}pages/${entity.id}`, name: 'A page' },
            }),
          });
        }
      }
    }
  }
  return graphs;
}

describe('the page validators', () => {
  const graphs = sdkGraphs();

  it.each(PAGES)('$name: on every page the SDK writes, reports what validate reports', (page) => {
    expect(graphs.length).toBeGreaterThan(40);
    for (const { label, graph } of graphs) {
      const ours = page.validate(graph);
      expect(
        ours.diagnostics.filter((d) => d.code === 'UNCHECKED_TERM'),
        label,
      ).toEqual([]);
      expect(ours, label).toEqual(restricted(validate(graph), page.features));
    }
  });

  it.each(PAGES)(
    '$name: holds every super-class, property and enumeration member of its classes',
    (page) => {
      const { CLASSES: held, PROPERTIES: properties, ENUMERATION_MEMBERS: members } = page.tables;
      for (const [name, parents] of Object.entries(held)) {
        expect(CLASSES[name], name).toBe(parents);
        for (const parent of parents.split(' ').filter(Boolean))
          expect(held, name).toHaveProperty(parent);
      }
      for (const [name, [domains, ranges]] of Object.entries(PROPERTIES)) {
        const on = domains.split(' ').filter((domain) => Object.hasOwn(held, domain));
        if (on.length === 0) expect(properties, name).not.toHaveProperty(name);
        else expect(properties[name], name).toEqual([on.join(' '), ranges]);
      }
      // The enumerations its properties take are held, with every member.
      for (const [, [, ranges]] of Object.entries(properties)) {
        for (const range of ranges.split(' ').filter(isEnumeration)) {
          expect(held, range).toHaveProperty(range);
          for (const [member, of] of Object.entries(ENUMERATION_MEMBERS)) {
            if (of.split(' ').includes(range)) expect(members, member).toHaveProperty(member);
          }
        }
      }
      expect(Object.keys(members).length).toBeGreaterThan(20);
      expect(Object.keys(held)).toEqual(
        expect.arrayContaining(['Event', 'Article', 'WebPage', 'Place']),
      );
    },
  );

  it.each(PAGES)('$name: reads every kind of web page as validate does', (page) => {
    const kinds = Object.keys(CLASSES).filter(function isPage(name: string): boolean {
      return (
        name === 'WebPage' || (CLASSES[name] ?? '').split(' ').some((p) => p !== '' && isPage(p))
      );
    });
    expect(kinds.length).toBeGreaterThan(10);
    for (const kind of kinds) {
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': kind, '@id': `${SITE}#page`, url: SITE, mainEntity: { '@id': `${SITE}#org` } },
          { '@type': 'Organization', '@id': `${SITE}#org`, name: 'Example', url: SITE },
          {
            '@type': 'Event',
            '@id': `${SITE}#event`,
            name: 'Event',
            startDate: '2025-03-10',
            organizer: { '@id': `${SITE}#org` },
          },
        ],
      };
      expect(page.validate(graph), kind).toEqual(restricted(validate(graph), page.features));
    }
  });

  it('says what it cannot check, and never calls a schema.org term unknown', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Event',
          '@id': `${SITE}#event`,
          name: 'An event',
          startDate: '2025-03-10T09:00:00-05:00',
          strtDate: '2025-03-10',
          isbn: '978-3-16-148410-0',
          location: {
            '@type': 'Hotel',
            name: 'Hotel Quito',
            checkinTime: '14:00',
            address: { '@type': 'PostalAddress', addressLocality: 'Quito', addressCountry: 'EC' },
          },
        },
      ],
    };
    const brief = (diagnostics: readonly Diagnostic[]) =>
      diagnostics
        .filter((d) => d.severity !== 'info' && !d.code.startsWith('GOOGLE'))
        .map((d) => `${d.severity} ${d.code} ${d.path.join('.')}`);
    expect(brief(validateEvent(graph).diagnostics)).toEqual([
      'error PROPERTY_NOT_ON_TYPE @graph.0.strtDate',
      'error PROPERTY_NOT_ON_TYPE @graph.0.isbn',
      'warning UNCHECKED_TERM @graph.0.location.@type',
    ]);
    expect(brief(validate(graph).diagnostics)).toEqual([
      'error UNKNOWN_PROPERTY @graph.0.strtDate',
      'error PROPERTY_NOT_ON_TYPE @graph.0.isbn',
    ]);
    // Google asks for a Place: a Hotel may be one, but the part cannot tell, so it is not counted.
    expect(validateEvent(graph).richResults[0]?.eligible).toBe(false);
    expect(validate(graph).richResults[0]?.eligible).toBe(true);
    expect(validateEvent(graph).diagnostics.find((d) => d.code === 'UNCHECKED_TERM')?.message).toBe(
      '"Hotel" is not one of the types of Event pages this validator holds; it and the properties only it has are left unchecked',
    );
  });
});

const isEnumeration = (name: string): boolean => {
  const parents = (CLASSES[name] ?? '').split(' ').filter(Boolean);
  return name === 'Enumeration' || parents.some(isEnumeration);
};

type Page = (typeof PAGES)[number];

/**
 * Documents drawn from the page's part of schema.org, and with `outside`, from the rest of it and
 * misspellings too: nodes of 0–2 types with up to 4 properties, whose values are text, dates,
 * URLs, numbers, booleans, references of every kind and nested nodes.
 */
function documents(page: Page, outside: boolean) {
  const all = { classes: Object.keys(CLASSES), properties: Object.keys(PROPERTIES) };
  const held = {
    classes: Object.keys(page.tables.CLASSES),
    properties: Object.keys(page.tables.PROPERTIES),
  };
  const type = outside
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...held.classes) },
        fc.constantFrom(...all.classes.filter((name) => !Object.hasOwn(page.tables.CLASSES, name))),
        fc.constantFrom(
          'Evnt',
          'schema:Place',
          'https://schema.org/Person',
          'http://example.org/T',
        ),
      )
    : fc.constantFrom(...held.classes);
  const key = outside
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...held.properties) },
        fc.constantFrom(
          ...all.properties.filter((name) => !Object.hasOwn(page.tables.PROPERTIES, name)),
        ),
        fc.constantFrom('strtDate', 'schema:name', 'http://example.org/p'),
      )
    : fc.constantFrom(...held.properties);
  const scalar = fc.oneof(
    fc.constantFrom(
      'text',
      '',
      'https://www.example.org/x',
      '/relative',
      '2021-02-01',
      '2021-02-01T10:00:00-05:00',
      'https://schema.org/EventScheduled',
      'InStock',
      'EUR',
    ),
    fc.integer(),
    fc.boolean(),
    // References: to schema.org terms (bare, outside the part too), to fragments, to blank
    // nodes, to other sites and to the nodes of the document itself.
    fc.constantFrom(
      { '@id': 'Female' },
      { '@id': 'Hotel' },
      { '@id': 'https://schema.org/InStock' },
      { '@id': '#somewhere' },
      { '@id': '_:b1' },
      { '@id': 'https://www.wikidata.org/entity/Q1' },
      { '@id': `${SITE}#n0` },
      { '@id': `${SITE}#n9` },
    ),
  );
  const { node } = fc.letrec((tie) => ({
    node: fc.record(
      {
        '@type': fc.oneof(type, fc.array(type, { maxLength: 2 })),
        properties: fc.array(fc.tuple(key, fc.oneof({ depthSize: 'small' }, scalar, tie('node'))), {
          maxLength: 4,
        }),
      },
      { requiredKeys: ['properties'] },
    ),
  }));
  const toJson = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || !('properties' in value)) return value;
    const { properties, ...rest } = value as { properties: [string, unknown][] };
    return { ...rest, ...Object.fromEntries(properties.map(([k, v]) => [k, toJson(v)])) };
  };
  // Through JSON, as a page's script is read: parsed JSON never shares an object between two
  // places (the validator reads a shared object once).
  return fc.array(node, { minLength: 1, maxLength: 3 }).map((nodes) =>
    JSON.parse(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': nodes.map((n, index) => ({
          '@id': `${SITE}#n${index}`,
          ...(toJson(n) as object),
        })),
      }),
    ),
  );
}

describe('the page validators on generated documents', () => {
  it.each(PAGES)('$name: on terms of its part, reports exactly what validate reports', (page) => {
    fc.assert(
      fc.property(documents(page, false), (graph) => {
        expect(page.validate(graph), JSON.stringify(graph)).toEqual(
          restricted(validate(graph), page.features),
        );
      }),
      {
        numRuns: 300,
        // Found by a run: a subject that is no item of the page validator (a Report, for the
        // validator of Event pages) and has no @id still holds the page's events.
        examples:
          page.name !== 'event'
            ? []
            : [
                [
                  {
                    '@context': 'https://schema.org',
                    '@graph': [
                      {
                        '@id': 'https://www.example.org/#n0',
                        about: {
                          '@type': 'Report',
                          mainEntityOfPage: {},
                          about: { '@type': 'CourseInstance' },
                        },
                      },
                    ],
                  },
                ],
              ],
      },
    );
  });

  it.each(PAGES)(
    '$name: beyond them, every error is one validate reports at the same place',
    (page) => {
      const same = (code: string) => (code === 'UNKNOWN_PROPERTY' ? 'PROPERTY_NOT_ON_TYPE' : code);
      fc.assert(
        fc.property(documents(page, true), (graph) => {
          const full = new Set(
            validate(graph)
              .diagnostics.filter((d) => d.severity === 'error')
              .map((d) => `${same(d.code)} ${d.path.join('.')}`),
          );
          for (const d of page.validate(graph).diagnostics) {
            if (d.severity !== 'error') continue;
            expect(full, `${d.message} in ${JSON.stringify(graph)}`).toContain(
              `${same(d.code)} ${d.path.join('.')}`,
            );
          }
        }),
        { numRuns: 400 },
      );
    },
  );
});
