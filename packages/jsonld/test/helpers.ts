import type { JsonLdGraph, JsonLdNode } from '../src/index.js';

export const BASE = 'https://www.example.org/';

/** The node with this @id suffix (e.g. `event/unodc-webinar`). */
export function node(graph: JsonLdGraph, suffix: string): JsonLdNode {
  const found = graph['@graph'].find((n) => n['@id'] === `${BASE}#/schema/${suffix}`);
  if (found === undefined) throw new Error(`no node ${suffix}`);
  return found;
}

/** Every `@id` reference, with its path. */
export function references(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      references(v, `${path}.${i}`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && typeof record['@id'] === 'string')
      out.push(record['@id']);
    else for (const [k, v] of Object.entries(record)) references(v, `${path}.${k}`, out);
  }
  return out;
}

/** Every string value under a key that holds a URL or IRI. */
export function urls(value: unknown, key = '', out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) urls(v, key, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) urls(v, k, out);
  } else if (
    typeof value === 'string' &&
    ['@id', 'url', 'sameAs', 'image', 'eventStatus', 'eventAttendanceMode'].includes(key)
  ) {
    out.push(value);
  }
  return out;
}
