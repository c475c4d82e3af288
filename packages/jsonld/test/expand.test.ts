import { fixtures } from '@track4tip/core';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../src/index.js';
import { BASE } from './helpers.js';

const SCHEMA = 'https://schema.org/';

// No network: the schema.org context is replaced by a local @vocab context, and any other remote
// document is an error.
const documentLoader = async (url: string) => {
  if (url === 'https://schema.org' || url === 'https://schema.org/') {
    return {
      contextUrl: undefined,
      documentUrl: url,
      document: { '@context': { '@vocab': SCHEMA } },
    };
  }
  throw new Error(`unexpected remote document ${url}`);
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every (property IRI, value count) pair in a compact document, by node path. */
function compactProperties(value: Json, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      compactProperties(item, `${path}[${index}]`, out);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('@')) continue;
    const items = Array.isArray(item) ? item : [item];
    out.push(`${SCHEMA}${key}×${items.length}`);
    items.forEach((child, index) => {
      compactProperties(child, `${path}.${key}[${index}]`, out);
    });
  }
}

function expandedProperties(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) expandedProperties(item, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('@')) continue;
    const items = item as unknown[];
    out.push(`${key}×${items.length}`);
    for (const child of items) expandedProperties(child, out);
  }
}

describe('expansion with the jsonld library', () => {
  it('expands the full fixture graph without dropping a single property or value', async () => {
    const graph = toJsonLd(fixtures, { baseUrl: BASE, locale: 'es' });
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(graph)), {
      documentLoader,
      safe: true,
    } as never);
    const before: string[] = [];
    compactProperties(graph['@graph'] as unknown as Json, '', before);
    const after: string[] = [];
    expandedProperties(expanded, after);
    expect(after.sort()).toEqual(before.sort());
    expect(before.length).toBeGreaterThan(200);
    const ids = (expanded as unknown as { '@id': string }[]).map((node) => node['@id']);
    expect(ids).toEqual(graph['@graph'].map((node) => node['@id']));
  });
});
