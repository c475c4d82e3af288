import { formatPath } from '@track4tip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  domainsOf,
  isClass,
  isProperty,
  rangesOf,
  vocabularyTables,
} from '../../test/schema-org.js';
import { validate } from '../validate.js';
import { validate as validateArticle } from './article.js';
import { check } from './check.js';
import { DATE_ORDER } from './dates.js';
import { validate as validateEvent } from './event.js';
import { GOOGLE_PAGES } from './google.js';
import { SCHEMA_ORG } from './schema-org.js';
import { MAX_DEPTH } from './walker.js';

const B = 'https://example.org/#/schema/';
const lone = (node: object) => ({ '@context': 'https://schema.org', ...node });
const found = (input: unknown, severity = 'error') =>
  validate(input)
    .diagnostics.filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${formatPath(d.path)}`);

/** A type a property may be used on (its first domain that is a class). */
const domainOf = (property: string) => domainsOf(property).find(isClass);

describe('values: every property by its schema.org range', () => {
  it('warns of a relative URL in every property whose range is URL, even beside a type', () => {
    const missed: string[] = [];
    for (const property of Object.keys(vocabularyTables().PROPERTIES)) {
      const ranges = rangesOf(property);
      const type = domainOf(property);
      if (!ranges.includes('URL') || type === undefined) continue;
      for (const value of ['/images/photo.jpg', '../photo.png', 'www.example.org/x']) {
        // Legal JSON-LD (resolved against the page's address): a warning, never an error.
        const node = lone({ '@type': type, [property]: value });
        if (!found(node, 'warning').includes(`RELATIVE_URL ${property}`))
          missed.push(`${property} ${value}`);
        if (found(node).length > 0) missed.push(`${property} ${value}: ${found(node).join(', ')}`);
      }
      // Absolute IRIs of any scheme are absolute.
      for (const value of ['https://www.example.org/photo.jpg', 'urn:isbn:9780000000001']) {
        const ok = found(lone({ '@type': type, [property]: value }), 'warning');
        if (ok.some((code) => code.startsWith('RELATIVE_URL')))
          missed.push(`${property} absolute: ${ok.join(', ')}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('keeps plain text in a property that takes Text or URL, and warns of a relative image', () => {
    expect(found(lone({ '@type': 'MonetaryGrant', identifier: 'SSJTIP19CA0027' }))).toEqual([]);
    const warned = (input: unknown) => found(input, 'warning');
    expect(warned(lone({ '@type': 'MonetaryGrant', identifier: '/grants/1' }))).toEqual([
      'RELATIVE_URL identifier',
    ]);
    expect(warned(lone({ '@type': 'Event', image: 'photo.jpg' }))).toContain('RELATIVE_URL image');
    expect(
      warned(lone({ '@type': 'Organization', logo: { '@type': 'ImageObject', url: '/logo.png' } })),
    ).toContain('RELATIVE_URL logo.url');
    expect(found(lone({ '@type': 'Event', image: 'photo.jpg' }))).toEqual([]);
  });

  it('reports a date that comes before the one it must follow, for every ordered pair', () => {
    const missed: string[] = [];
    for (const [from, to] of DATE_ORDER) {
      const type = domainsOf(from).find((t) => isClass(t) && domainsOf(to).includes(t));
      if (type === undefined) {
        missed.push(`${from}/${to}: no common type`);
        continue;
      }
      const later = found(lone({ '@type': type, [from]: '2021-02-01', [to]: '2021-02-02' }));
      const earlier = found(lone({ '@type': type, [from]: '2021-02-02', [to]: '2021-02-01' }));
      if (later.includes(`DATE_ORDER ${to}`) || !earlier.includes(`DATE_ORDER ${to}`))
        missed.push(`${from}/${to} on ${type}`);
    }
    expect(missed).toEqual([]);
    const article = {
      '@type': 'NewsArticle',
      datePublished: '2021-02-01T10:00:00+01:00',
      dateModified: '2021-02-01T09:30:00+01:00',
    };
    expect(validate(lone(article)).valid).toBe(false);
    expect(found(lone({ ...article, dateModified: '2021-02-01T05:30:00-05:00' }))).toEqual([]);
    expect(
      found(lone({ '@type': 'Event', 'schema:startDate': '2021-02-02', endDate: '2021-02-01' })),
    ).toEqual(['DATE_ORDER endDate']);
  });

  it('warns about empty strings and nulls, which say nothing', () => {
    expect(found(lone({ '@type': 'Person', name: '', jobTitle: null }), 'warning')).toEqual([
      'EMPTY_VALUE name',
      'EMPTY_VALUE jobTitle',
    ]);
  });

  it('resolves references to embedded nodes that have an @id, and reads schema: IRIs', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Event',
          '@id': `${B}event/e`,
          organizer: { '@type': 'Organization', '@id': `${B}organization/o`, name: 'O' },
        },
        {
          '@type': 'schema:NewsArticle',
          '@id': `${B}article/a`,
          'schema:publisher': { '@id': `${B}organization/o` },
        },
      ],
    };
    expect(found(graph)).toEqual([]);
  });
});

/** Builds a value nested `depth` levels deep without recursion. */
function nested(depth: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
}

describe('hostile input: validate never throws', () => {
  it('reports a 20,000-deep graph instead of overflowing the stack', () => {
    const deep = nested(20_000, (inner) => ({ '@type': 'Organization', member: inner }), {
      '@type': 'Person',
      name: 'x',
    });
    const result = validate(lone(deep as object));
    expect(result.valid).toBe(false);
    expect(result.diagnostics.filter((d) => d.code === 'TOO_DEEP')).toHaveLength(1);
    expect(result.diagnostics.find((d) => d.code === 'TOO_DEEP')?.path.length).toBe(MAX_DEPTH + 1);
    const arrays = validate(lone({ '@type': 'Thing', name: nested(20_000, (v) => [v], 'x') }));
    expect(arrays.diagnostics.map((d) => d.code)).toEqual(['TOO_DEEP']);
  });

  it('reports a deeply nested @context instead of overflowing the stack', () => {
    for (const context of [
      nested(20_000, (inner) => ({ '@context': inner }), 'https://schema.org'),
      nested(20_000, (inner) => [inner], 'https://schema.org'),
      ['https://schema.org', nested(20_000, (inner) => ({ term: { '@context': inner } }), {})],
    ]) {
      const result = validate({ '@context': context, '@type': 'Thing', name: 'x' });
      expect(result.diagnostics.some((d) => d.code === 'INVALID_DOCUMENT')).toBe(true);
    }
  });

  it('survives input that is not JSON text: cycles, shared objects, throwing getters, odd values', () => {
    const loop: Record<string, unknown> = { '@type': 'Organization', name: 'Loop' };
    loop.member = loop;
    loop.subOrganization = [loop, loop];
    expect(validate(lone(loop)).valid).toBe(true);
    const shared = { '@type': 'Person', name: 'P' };
    let wide: unknown = shared;
    for (let level = 0; level < 40; level += 1)
      wide = { '@type': 'Organization', member: [wide, wide] };
    expect(validate(lone(wide as object)).valid).toBe(true);
    const hostile = Object.defineProperty({ '@context': 'https://schema.org' }, '@type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validate(hostile).diagnostics.map((d) => d.code)).toEqual(['INVALID_DOCUMENT']);
    const odd = lone({ '@type': 'Thing', name: 10n as unknown, url: () => 1, sameAs: undefined });
    expect(() => validate(odd)).not.toThrow();
  });

  it('never throws on arbitrary JSON, alone or inside a graph, and its verdicts agree', () => {
    const keys = fc.constantFrom(
      '@context',
      '@type',
      '@id',
      '@graph',
      '@value',
      '@language',
      '@list',
      'name',
      'location',
      'startDate',
      'endDate',
      'author',
      'url',
      'image',
      'address',
      'performer',
      'subEvent',
      'constructor',
      '__proto__',
      // schema.org's aliases of @type and @id, prefixed and foreign terms, Action annotations.
      'type',
      'id',
      'schema:name',
      'gs1:weight',
      'query-input',
    );
    const values = fc.oneof(
      fc.constantFrom(
        'Event',
        'Place',
        'Person',
        'Role',
        'https://schema.org',
        '/x',
        '2021-02-01',
        '',
        '_:b0',
        '_:',
        '#x',
        'https://schema.org/InStock',
        'schema:Event',
        'gs1:Beverage',
        'javascript:void(0)',
        '20:00',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const { node } = fc.letrec((tie) => ({
      node: fc.dictionary(
        keys,
        fc.oneof(
          { depthSize: 'small', maxDepth: 4 },
          values,
          tie('node'),
          fc.array(tie('node'), { maxLength: 3 }),
        ),
        { maxKeys: 5 },
      ),
    }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), node), (value) => {
        for (const input of [
          value,
          lone({ '@type': 'Event', location: value }),
          { '@context': 'https://schema.org', '@graph': [value] },
        ]) {
          const json = JSON.parse(JSON.stringify(input ?? null));
          for (const run of [validate, validateEvent, validateArticle]) {
            const result = run(json);
            expect(result.valid).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
            for (const item of result.richResults)
              expect(item.eligible).toBe(item.missingRequired.length === 0);
            // Parsed JSON is always readable: a check that threw would show as this finding.
            expect(result.diagnostics.map((d) => d.message).join('\n')).not.toContain(
              'could not be read as JSON',
            );
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 60_000);

  it('keeps its vocabulary tables deeply frozen', () => {
    for (const table of Object.values(vocabularyTables()))
      expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(vocabularyTables().PROPERTIES.name)).toBe(true);
    expect(Object.isFrozen(DATE_ORDER[0])).toBe(true);
    expect(isProperty('name')).toBe(true);
  });
});

describe('cost grows linearly with the graph', () => {
  /** Work units and the size of what is reported, for a graph built at scale `n`. */
  const cost = (input: unknown) => {
    const { work, diagnostics } = check(input, undefined, SCHEMA_ORG, GOOGLE_PAGES);
    return {
      work,
      report: diagnostics.reduce((sum, d) => sum + formatPath(d.path).length + d.message.length, 0),
    };
  };
  const shapes: Record<string, (n: number) => unknown> = {
    'nodes with references': (n) => ({
      '@context': 'https://schema.org',
      '@graph': Array.from({ length: n }, (_, i) => ({
        '@type': 'Event',
        '@id': `${B}event/${i}`,
        name: `E${i}`,
        startDate: '2021-02-01T10:00',
        location: { '@type': 'Place', name: 'P' },
        organizer: [{ '@id': `${B}event/0` }, { '@id': `${B}missing/${i}` }],
        superEvent: { '@id': `${B}event/${(i + 1) % n}` },
      })),
    }),
    'one node referred to n times': (n) => ({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      author: Array.from({ length: n }, () => ({ '@id': `${B}person/p` })),
      mentions: [{ '@type': 'Person', '@id': `${B}person/p`, jobTitle: 'x', nmae: 'x' }],
    }),
    'one node with many types and properties': (n) => ({
      '@context': 'https://schema.org',
      '@type': Object.keys(vocabularyTables().CLASSES).slice(0, n / 16),
      ...Object.fromEntries(
        Object.keys(vocabularyTables().PROPERTIES)
          .slice(0, n / 16)
          .map((p) => [p, 'x']),
      ),
    }),
    'deep nesting up to the limit': (n) => ({
      '@context': 'https://schema.org',
      '@graph': Array.from({ length: n / 16 }, () =>
        nested(MAX_DEPTH + 10, (inner) => ({ '@type': 'Organization', member: [inner] }), {
          '@type': 'Thing',
        }),
      ),
    }),
  };
  it.each(Object.keys(shapes))('%s: 16× the graph costs at most 32× the work', (shape) => {
    const build = shapes[shape];
    if (build === undefined) throw new Error(shape);
    const small = cost(build(64));
    const large = cost(build(1024));
    expect(large.work / small.work).toBeLessThanOrEqual(32);
    expect(large.report / Math.max(small.report, 1)).toBeLessThanOrEqual(32);
  });
});

describe('references: the same findings whether the target is known before or after', () => {
  const refer = (id: string) => ({ '@id': `${B}${id}` });

  it('reports wrong, dangling and later-resolved references in document order, once each', () => {
    const shared = refer('place/p');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Event',
          '@id': `${B}event/e`,
          name: 'E',
          startDate: '2021-02-01',
          location: refer('place/p'),
          // A Place where an Organization or Person belongs: known before the walk reaches it.
          organizer: [shared, shared, { '@id': '_:m' }, refer('person/later')],
          // Known only once the walk has read the nodes embedded further on.
          performer: [refer('event/embedded'), { '@list': [{ '@id': '_:n' }] }],
          // An IRI of another address may be described elsewhere: a note, no error.
          funder: { '@id': 'https://www.wikidata.org/entity/Q1' },
          // One at the address the graph's own ids are fragments of belongs here: an error.
          sponsor: refer('organization/missing'),
          subEvent: { '@type': 'Event', '@id': `${B}event/embedded`, name: 'S' },
          about: { '@type': 'Person', '@id': `${B}person/later`, name: 'L' },
        },
        { '@type': 'Place', '@id': `${B}place/p`, name: 'P' },
      ],
    };
    expect(found(graph)).toEqual([
      'UNEXPECTED_VALUE @graph[0].organizer[0]',
      'DANGLING_REFERENCE @graph[0].organizer[2]',
      'UNEXPECTED_VALUE @graph[0].performer[0]',
      'DANGLING_REFERENCE @graph[0].performer[1].@list[0]',
      'DANGLING_REFERENCE @graph[0].sponsor',
    ]);
    expect(found(graph, 'info')).toContain('DANGLING_REFERENCE @graph[0].funder');
    const wrong = validate(graph).diagnostics.find((d) => d.code === 'UNEXPECTED_VALUE');
    expect(wrong).toEqual({
      severity: 'error',
      code: 'UNEXPECTED_VALUE',
      id: `${B}event/e`,
      path: ['@graph', 0, 'organizer', 0],
      message: `"organizer" expects Organization or Person; "${B}place/p" is a Place`,
      source: 'https://schema.org/organizer',
    });
  });

  it('gives n × m findings at the referred nodes for n events held at the same m places', () => {
    // Each Place lacks its address, which Google requires of an Event's location.
    const graph = (n: number, m: number) => ({
      '@context': 'https://schema.org',
      '@graph': [
        ...Array.from({ length: m }, (_, j) => ({
          '@type': 'Place',
          '@id': `${B}place/${j}`,
          name: `P${j}`,
        })),
        ...Array.from({ length: n }, (_, i) => ({
          '@type': 'Event',
          '@id': `${B}event/${i}`,
          name: `E${i}`,
          startDate: '2021-02-01',
          location: Array.from({ length: m }, (_, j) => refer(`place/${j}`)),
        })),
      ],
    });
    const summary = (n: number, m: number) => {
      const { diagnostics } = validate(graph(n, m));
      const address = diagnostics.filter((d) => d.message.includes('"location.address"'));
      return {
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        address: address.map((d) => `${d.severity} ${d.code} ${d.id} ${formatPath(d.path)}`),
        others: diagnostics.length - address.length,
      };
    };
    const small = summary(2, 3);
    expect(small.errors).toBe(0);
    expect(small.address).toEqual(
      [0, 1].flatMap((i) =>
        [0, 1, 2].map((j) => `warning GOOGLE_REQUIRED ${B}event/${i} @graph[${j}].address`),
      ),
    );
    const large = summary(40, 60);
    expect(large.errors).toBe(0);
    expect(large.address).toEqual(
      Array.from({ length: 40 }, (_, i) => i).flatMap((i) =>
        Array.from(
          { length: 60 },
          (_, j) => `warning GOOGLE_REQUIRED ${B}event/${i} @graph[${j}].address`,
        ),
      ),
    );
    // Everything else is per item: the same for each event and each place.
    const others = (n: number, m: number) => summary(n, m).others;
    expect(large.others - small.others).toBe(
      38 * (others(2, 1) - others(1, 1)) + 57 * (others(1, 2) - others(1, 1)),
    );
  });
});
