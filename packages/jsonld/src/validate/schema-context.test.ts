import { formatPath } from '@track4tip/core';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';
import { SCHEMA_CONTEXTS } from './schema-context.js';

// No network. schema.org's context sets "@vocab" to "http://schema.org/" and makes `type` and
// `id` aliases of `@type` and `@id` (its first lines, release 29.4); its other term definitions
// only add @id/@type coercions, which do not change what a term names. Another context is a
// vocabulary of someone else's.
const SCHEMA_CONTEXT = { type: '@type', id: '@id', '@vocab': 'http://schema.org/' };
const documentLoader = async (url: string) => {
  const context = SCHEMA_CONTEXTS.includes(url)
    ? SCHEMA_CONTEXT
    : url === 'https://example.org/context'
      ? { '@vocab': 'https://example.org/vocab#' }
      : undefined;
  if (context === undefined) throw new Error(`unexpected remote document ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': context } };
};

const event = { '@type': 'Event', name: 'Webinar', startDate: '2021-02-01' };

/** The IRI jsonld.js gives the node's type and its `name` property. */
async function expandedTerms(context: unknown): Promise<string[]> {
  const expanded = (await jsonld.expand(
    { '@context': context, ...event } as never,
    {
      documentLoader,
    } as never,
  )) as unknown as Record<string, unknown>[];
  const node = expanded[0] ?? {};
  return [...((node['@type'] as string[] | undefined) ?? []), ...Object.keys(node)].filter(
    (term) => term !== '@type',
  );
}
const contextErrors = (context: unknown) =>
  validate({ '@context': context, ...event }).diagnostics.filter(
    (d) => d.code === 'INVALID_DOCUMENT' && d.severity === 'error',
  );
const isSchema = (iri: string) => /^https?:\/\/schema\.org\/[A-Za-z]+$/.test(iri);

describe('@context, checked against jsonld.js expansion', () => {
  const accepted: unknown[] = [
    ...SCHEMA_CONTEXTS,
    ['https://schema.org', { '@language': 'es' }],
    [{ '@language': 'en' }, 'http://schema.org'],
    { '@vocab': 'https://schema.org/' },
    { '@vocab': 'http://schema.org/', '@language': 'nl' },
    // A prefix only names another vocabulary's terms (`gs1:Beverage`).
    ['https://schema.org', { gs1: 'https://gs1.org/voc/' }],
  ];
  // Terms written with schema.org's own prefix, as schema.org's bibliographic examples do.
  const prefixed = {
    '@type': 'schema:Event',
    'schema:name': 'Webinar',
    'schema:startDate': '2021-02-01',
  };
  const refused: unknown[] = [
    'https://example.org/context',
    { '@vocab': 'https://example.org/vocab#' },
    ['https://schema.org', null],
    ['https://schema.org', { '@vocab': 'https://example.org/vocab#' }],
    ['https://schema.org', 'https://example.org/context'],
  ];

  it.each(accepted.map((context) => [JSON.stringify(context), context]))(
    'accepts %s: jsonld.js reads its terms as schema.org',
    async (_, context) => {
      const terms = await expandedTerms(context);
      expect(terms.length).toBe(3);
      expect(terms.every(isSchema)).toBe(true);
      expect(contextErrors(context)).toEqual([]);
      expect(validate({ '@context': context, ...event }).valid).toBe(true);
    },
  );

  it.each(refused.map((context) => [JSON.stringify(context), context]))(
    'refuses %s: jsonld.js does not read its terms as schema.org',
    async (_, context) => {
      const terms = await expandedTerms(context);
      expect(terms.some(isSchema)).toBe(false);
      expect(contextErrors(context).length).toBeGreaterThan(0);
      expect(validate({ '@context': context, ...event }).valid).toBe(false);
    },
  );

  it('reads "type" and "id" as schema.org\'s context does: aliases of "@type" and "@id"', async () => {
    const input = {
      '@context': 'https://schema.org',
      type: 'Event',
      id: 'https://www.example.org/#event',
      name: 'Webinar',
      startDate: '2021-02-01',
      organizer: { type: 'Organization', id: 'https://www.example.org/#org', name: 'UNODC' },
      funder: { id: 'https://www.example.org/#org' },
    };
    const [node] = (await jsonld.expand(
      input as never,
      { documentLoader } as never,
    )) as unknown as never[];
    expect(node).toMatchObject({
      '@type': ['http://schema.org/Event'],
      '@id': 'https://www.example.org/#event',
      'http://schema.org/funder': [{ '@id': 'https://www.example.org/#org' }],
    });
    const result = validate(input);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      expect.objectContaining({ code: 'GOOGLE_REQUIRED', path: ['location'] }),
    ]);
    expect(result.valid).toBe(true);
    expect(result.richResults.map((item) => [item.feature, item.id])).toEqual([
      ['Event', 'https://www.example.org/#event'],
    ]);
    // Misspelt, it is a property like any other.
    const typo = validate({ ...input, type: undefined, tpye: 'Event' });
    expect(typo.diagnostics.map((d) => `${d.code} ${d.path.join('.')}`)).toEqual(
      expect.arrayContaining(['MISSING_TYPE ', 'UNKNOWN_PROPERTY tpye']),
    );
  });

  it('reads terms written "schema:name" under a context that only defines the prefix schema', async () => {
    for (const iri of ['https://schema.org/', 'http://schema.org/']) {
      const context = { schema: iri };
      const [node] = (await jsonld.expand(
        { '@context': context, ...prefixed } as never,
        {
          documentLoader,
        } as never,
      )) as unknown as Record<string, unknown>[];
      expect(
        Object.keys(node ?? {})
          .filter((key) => key !== '@type')
          .every(isSchema),
      ).toBe(true);
      const result = validate({ '@context': context, ...prefixed });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.richResults.map((item) => item.feature)).toEqual(['Event']);
    }
  });

  it('refuses bare terms under a context that only defines the prefix schema, as jsonld.js drops them', async () => {
    const context = { schema: 'https://schema.org/' };
    const [node] = (await jsonld.expand(
      { '@context': context, ...event } as never,
      {
        documentLoader,
      } as never,
    )) as unknown as Record<string, unknown>[];
    // Only the type survives, as a relative IRI; every property is dropped.
    expect(Object.keys(node ?? {})).toEqual(['@type']);
    const result = validate({ '@context': context, ...event });
    expect(result.valid).toBe(false);
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`),
    ).toEqual(['UNKNOWN_TYPE @type', 'UNKNOWN_PROPERTY name', 'UNKNOWN_PROPERTY startDate']);
  });

  it('reads "type" and "id" as properties under a context that only sets "@vocab", as jsonld.js does', async () => {
    const context = { '@vocab': 'https://schema.org/' };
    const input = {
      '@context': context,
      type: 'Event',
      id: 'https://www.example.org/#e',
      name: 'W',
    };
    const [node] = (await jsonld.expand(
      input as never,
      { documentLoader } as never,
    )) as unknown as Record<string, unknown>[];
    expect(node?.['@type']).toBeUndefined();
    expect(Object.keys(node ?? {})).toEqual(
      expect.arrayContaining(['https://schema.org/type', 'https://schema.org/id']),
    );
    const result = validate(input);
    expect(result.valid).toBe(false);
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`),
    ).toEqual(expect.arrayContaining(['UNKNOWN_PROPERTY type', 'UNKNOWN_PROPERTY id']));
  });

  it('takes a prefix definition as it is, without a warning', () => {
    const result = validate({
      '@context': ['https://schema.org', { gs1: 'https://gs1.org/voc/' }],
      ...event,
      '@type': ['Event', 'gs1:Event'],
    });
    expect(
      result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code),
    ).not.toContain('INVALID_DOCUMENT');
    expect(result.valid).toBe(true);
  });

  it('warns about local term definitions it does not apply, with their path', () => {
    const result = validate({ '@context': ['https://schema.org', { title: 'name' }], ...event });
    expect(result.valid).toBe(true);
    expect(result.diagnostics.filter((d) => d.code === 'INVALID_DOCUMENT')).toEqual([
      expect.objectContaining({ code: 'INVALID_DOCUMENT', path: ['@context', 1, 'title'] }),
    ]);
  });

  it('reads a lone top-level node, a @graph and an array of documents alike', async () => {
    const lone = { '@context': 'http://schema.org', ...event };
    const graph = { '@context': 'https://schema.org', '@graph': [event] };
    const expand = (doc: object) => jsonld.expand(doc as never, { documentLoader } as never);
    expect(await expand(lone)).toEqual(await expand(graph));
    for (const doc of [lone, graph, [lone, lone]]) {
      const result = validate(doc);
      const paths = Array.isArray(doc)
        ? ['[0].location', '[1].location']
        : [doc === lone ? 'location' : '@graph[0].location'];
      expect(
        result.diagnostics
          .filter((d) => d.severity !== 'info')
          .map((d) => `${d.code} ${formatPath(d.path)}`),
      ).toEqual(paths.map((path) => `GOOGLE_REQUIRED ${path}`));
      expect(result.valid).toBe(true);
    }
    expect(validate(lone).richResults.map((item) => item.path)).toEqual([[]]);
    expect(validate(graph).richResults.map((item) => item.path)).toEqual([['@graph', 0]]);
  });

  it('refuses a document without a context, or whose context is not a context', () => {
    const { '@context': _, ...bare } = { '@context': '', ...event };
    expect(validate(bare).diagnostics[0]).toMatchObject({
      code: 'INVALID_DOCUMENT',
      path: ['@context'],
      hint: 'add "@context": "https://schema.org"',
    });
    expect(contextErrors(42)).toHaveLength(1);
    expect(contextErrors([['https://schema.org']])).toHaveLength(1);
  });
});

describe('node and value objects, checked against jsonld.js expansion', () => {
  const expands = async (document: object): Promise<boolean> => {
    try {
      await jsonld.expand(document as never, { documentLoader } as never);
      return true;
    } catch {
      return false;
    }
  };
  const errors = (document: object) =>
    validate(document)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${formatPath(d.path)}`);
  const withName = (name: unknown, extra: object = {}) => ({
    '@context': 'https://schema.org',
    ...event,
    '@id': 'https://example.org/#event',
    name,
    ...extra,
  });

  it('what JSON-LD refuses is an error; what it reads is none', async () => {
    const refused: [object, string][] = [
      [{ ...withName('Webinar'), '@id': 5 }, 'INVALID_DOCUMENT @id'],
      [
        { ...withName('Webinar'), '@id': ['https://example.org/a', 'https://example.org/b'] },
        'INVALID_DOCUMENT @id',
      ],
      [withName('Webinar', { id: 'https://example.org/#other' }), 'INVALID_DOCUMENT id'],
      [withName({ '@value': 'x', '@language': 'en', '@type': 'Text' }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', foo: 'bar' }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', '@language': 5 }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': { a: 1 } }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', '@type': 'Text', '@direction': 'rtl' }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', '@direction': 'up' }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', '@index': 5 }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 'x', '@type': 5 }), 'UNEXPECTED_VALUE name'],
      [withName({ '@value': 5, '@language': 'en' }), 'UNEXPECTED_VALUE name'],
    ];
    for (const [document, finding] of refused) {
      expect(await expands(document), JSON.stringify(document)).toBe(false);
      expect(errors(document), JSON.stringify(document)).toEqual([finding]);
    }
    const read: object[] = [
      // Every node of "@graph" with its own context, none at the top.
      {
        '@graph': [
          { '@context': 'https://schema.org', ...event, '@id': 'https://example.org/#e' },
          { '@context': 'https://schema.org', '@type': 'Place', '@id': 'https://example.org/#p' },
        ],
      },
      withName({ '@value': 'Webinar', '@language': 'en' }),
      withName({ '@value': 'Webinar', '@language': 'ar', '@direction': 'rtl' }),
      withName({ '@value': 'Webinar', '@index': 'main' }),
      withName({ '@value': 'Webinar', '@language': null }),
      withName('Webinar', { '@type': 'Event', type: 'EducationEvent' }),
      // Under schema.org's context `type` is `@type`, in a value object too.
      withName({ '@value': 'Webinar', type: 'Text' }),
      // Under a context that only sets the vocabulary, `id` is a property like any other.
      { '@context': { '@vocab': 'https://schema.org/' }, ...event, id: 5 },
    ];
    for (const document of read.slice(0, -1)) {
      expect(await expands(document), JSON.stringify(document)).toBe(true);
      expect(errors(document), JSON.stringify(document)).toEqual([]);
    }
    // Which no schema.org property is: an unknown property, not a broken document.
    const plainId = read[read.length - 1] as object;
    expect(await expands(plainId)).toBe(true);
    expect(errors(plainId)).toEqual(['UNKNOWN_PROPERTY id']);
    // Included nodes (JSON-LD 1.1) are nodes of the document: a reference to one resolves, and
    // they are checked like any other.
    const place = {
      '@id': '_:p',
      '@type': 'Place',
      name: 'Centro de Convenciones',
      address: { '@type': 'PostalAddress', addressLocality: 'Quito', addressCountry: 'EC' },
    };
    const included = {
      '@context': 'https://schema.org',
      ...event,
      location: { '@id': '_:p' },
      '@included': [place],
    };
    expect(await expands(included)).toBe(true);
    expect(errors(included)).toEqual([]);
    expect(validate(included).richResults[0]).toMatchObject({ feature: 'Event', eligible: true });
    expect(errors({ ...included, '@included': [{ ...place, adress: 'Quito' }] })).toEqual([
      'UNKNOWN_PROPERTY @included[0].adress',
    ]);
    // A reverse property's nodes are its subjects: checked as nodes, the property on their type.
    const hall = (reverse: object) => ({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Hall',
      address: 'Quito',
      '@reverse': reverse,
    });
    const held = { '@type': 'Event', name: 'N', startDate: 'Feb 1 2021', strtDate: 'x' };
    expect(await expands(hall({ location: held }))).toBe(true);
    expect(errors(hall({ location: held }))).toEqual([
      'INVALID_DATE @reverse.location.startDate',
      'UNKNOWN_PROPERTY @reverse.location.strtDate',
    ]);
    expect(validate(hall({ location: held })).richResults.map((item) => item.feature)).toEqual([
      'Event',
    ]);
    expect(
      errors(hall({ locaton: { '@type': 'Event', name: 'N', startDate: '2021-02-01' } })),
    ).toEqual(['UNKNOWN_PROPERTY @reverse.locaton']);
    // Read as schema.org: the Event is an item of Google's, as it is with one context on top.
    expect(validate(read[0] as object).richResults.map((item) => item.feature)).toEqual(['Event']);
  });
});
