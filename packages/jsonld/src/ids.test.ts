import { describe, expect, it } from 'vitest';
import { entityId, normalizeBaseUrl } from './ids.js';
import { GraphBuilder } from './internal/graph.js';

describe('normalizeBaseUrl', () => {
  it('gives one form per site so ids do not depend on how the caller wrote the URL', () => {
    expect(normalizeBaseUrl('https://Example.org')).toBe('https://example.org/');
    expect(normalizeBaseUrl('https://example.org/sdk')).toBe('https://example.org/sdk/');
    expect(normalizeBaseUrl('https://example.org/sdk/')).toBe('https://example.org/sdk/');
  });

  it('refuses relative, non-http, credentialed, query or fragment URLs with a path and a fix', () => {
    for (const bad of [
      '/relative',
      'example.org',
      'ftp://example.org/',
      'https://u:p@example.org/',
      'https://example.org/?q=1',
      'https://example.org/#x',
      '',
    ]) {
      expect(() => normalizeBaseUrl(bad)).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          path: 'options.baseUrl',
          message: expect.stringContaining('e.g. "https://www.example.org/"'),
        }),
      );
    }
  });
});

describe('entityId', () => {
  it('depends only on base URL, type and id', () => {
    const base = normalizeBaseUrl('https://example.org');
    expect(entityId(base, 'event', 'unodc-webinar')).toBe(
      'https://example.org/#/schema/event/unodc-webinar',
    );
    expect(entityId(base, 'country', 'CW')).not.toBe(entityId(base, 'organization', 'CW'));
  });
});

describe('GraphBuilder', () => {
  const base = 'https://example.org/';
  it('accepts the same entity twice but refuses two different entities under one @id', () => {
    const graph = new GraphBuilder();
    graph.add({ '@type': 'Person', '@id': `${base}#/schema/person/a`, name: 'A' }, 'person "a"');
    graph.add({ name: 'A', '@id': `${base}#/schema/person/a`, '@type': 'Person' }, 'person "a"');
    expect(graph.build(base)['@graph']).toHaveLength(1);
    expect(() =>
      graph.add(
        { '@type': 'Person', '@id': `${base}#/schema/person/a`, name: 'B' },
        'person "a" (yours)',
      ),
    ).toThrow(expect.objectContaining({ code: 'ID_COLLISION' }));
  });

  it('refuses a reference under the base URL that does not resolve', () => {
    const graph = new GraphBuilder();
    graph.add(
      {
        '@type': 'Event',
        '@id': `${base}#/schema/event/e`,
        organizer: { '@id': `${base}#/schema/organization/x` },
        sameAs: 'https://elsewhere.example/',
      },
      'event "e"',
    );
    expect(() => graph.build(base)).toThrow(
      expect.objectContaining({ code: 'DANGLING_REFERENCE', path: '@graph.0.organizer' }),
    );
  });

  it('writes keys in one order whatever order they were built in', () => {
    const graph = new GraphBuilder();
    graph.add(
      {
        name: 'x',
        '@id': `${base}#/schema/thing/1`,
        alternateName: ['y'],
        '@type': 'Thing',
        description: undefined,
        sameAs: [],
      },
      'thing "1"',
    );
    expect(JSON.stringify(graph.build(base)['@graph'][0])).toBe(
      '{"@type":"Thing","@id":"https://example.org/#/schema/thing/1","alternateName":["y"],"name":"x"}',
    );
  });
});
