import { formatPath } from '@track4tip/core';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';
import { SCHEMA_CONTEXTS } from './schema-context.js';

// No network. schema.org's context sets "@vocab" to "http://schema.org/" (its term definitions
// only add @id/@type coercions, which do not change what a term names); another context is a
// vocabulary of someone else's.
const documentLoader = async (url: string) => {
  const vocab = SCHEMA_CONTEXTS.includes(url)
    ? 'http://schema.org/'
    : url === 'https://example.org/context'
      ? 'https://example.org/vocab#'
      : undefined;
  if (vocab === undefined) throw new Error(`unexpected remote document ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': vocab } } };
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
  ];
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
