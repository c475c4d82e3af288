import { describe, expect, it } from 'vitest';
import { entityId, normalizeBaseUrl } from './ids.js';
import { defined } from './internal/graph.js';

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
          path: ['options', 'baseUrl'],
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
    // Ids that are not URL-safe are percent-encoded; safe ones are written as they are.
    expect(entityId(base, 'person', 'a b/é#1')).toBe(
      'https://example.org/#/schema/person/a%20b%2F%C3%A9%231',
    );
    expect(entityId(base, 'person', 'A-z_0.9~')).toBe(
      'https://example.org/#/schema/person/A-z_0.9~',
    );
  });
});

describe('defined', () => {
  it('writes keys in one order whatever order they were built in, without undefined or empty lists', () => {
    const node = defined({
      name: 'x',
      '@id': 'https://example.org/#/schema/thing/1',
      alternateName: ['y'],
      '@type': 'Thing',
      description: undefined,
      sameAs: [],
      '@context': 'https://schema.org',
    });
    expect(JSON.stringify(node)).toBe(
      '{"@context":"https://schema.org","@type":"Thing","@id":"https://example.org/#/schema/thing/1","alternateName":["y"],"name":"x"}',
    );
  });

  it('keeps a literal already in canonical order as it is, minus what it drops', () => {
    const node = defined({
      '@type': 'Thing',
      '@id': 'https://example.org/1',
      b: 1,
      c: undefined,
      d: 2,
    });
    expect(Object.keys(node)).toEqual(['@type', '@id', 'b', 'd']);
    // `@id` before `@type` is in code-unit order but not canonical.
    expect(Object.keys(defined({ '@id': 'i', '@type': 'T', a: 1 }))).toEqual(['@type', '@id', 'a']);
  });
});
