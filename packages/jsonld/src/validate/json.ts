// JSON values as the validator reads them, and the paths (`['@graph', 0, 'location']`) that say
// where a value is in the document.
import type { IssuePath } from '@track4tip/core';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
export const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
/**
 * The keyword a key stands for: itself for a JSON-LD keyword (`@id`), and `@type` and `@id` for
 * `type` and `id`, which schema.org's context makes aliases of them
 * (https://schema.org/docs/jsonldcontext.jsonld: `"type": "@type"`, `"id": "@id"`); `undefined`
 * for a property.
 */
export const keywordOf = (key: string): string | undefined =>
  key.startsWith('@') ? key : key === 'type' ? '@type' : key === 'id' ? '@id' : undefined;
/**
 * The key a node writes `@id` or `@type` under: the keyword, else its alias if present and the
 * context makes it one (`aliases`: schema.org's context does; a bare `@vocab` does not).
 */
export const keyOf = (node: JsonObject, keyword: '@id' | '@type', aliases = true): string =>
  aliases && !Object.hasOwn(node, keyword) && Object.hasOwn(node, keyword.slice(1))
    ? keyword.slice(1)
    : keyword;
/** A node's `@id` (or its alias `id`), as written. */
export const idOf = (node: JsonObject): Json | undefined => node[keyOf(node, '@id')];
/** A node object that is only a reference to another node: `{"@id": …}` (or `{"id": …}`). */
export const isReference = (value: unknown): value is JsonObject => {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keywordOf(keys[0] as string) === '@id' && typeof idOf(value) === 'string'
  );
};
/** The `@id` a reference (see {@link isReference}) names. */
export const referenceId = (value: JsonObject): string => idOf(value) as string;
/** True when a string says nothing (empty or only spaces). */
export const isBlank = (value: string): boolean => value.trim() === '';

export const join = (path: IssuePath, segment: string | number): IssuePath => [...path, segment];
/**
 * A path kept as its parent and last segment until a diagnostic needs it: most values are fine,
 * and a path per value is most of what reading a large graph would allocate.
 */
export const at = (base: IssuePath, segment: string | number | undefined): IssuePath =>
  segment === undefined ? base : join(base, segment);
/**
 * True when a string is an absolute IRI: it starts with a scheme (`https:`, `urn:`, `mailto:`).
 * Anything else in an `@id` or a URL is a relative reference, resolved against the document's
 * address (https://www.w3.org/TR/json-ld11/#iris).
 */
export const isAbsoluteIri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(value);
