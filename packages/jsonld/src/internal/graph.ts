import type { JsonLdNode } from '../types.js';

// `@context`, `@type` and `@id` first, then every other key in code-unit order.
const rank = (key: string): number =>
  key === '@context' ? 0 : key === '@type' ? 1 : key === '@id' ? 2 : 3;
const byKey = (a: string, b: string): number => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** Narrow helper so node builders can return schema-dts-checked objects as public nodes. */
export function asNode(value: object): JsonLdNode {
  return value as JsonLdNode;
}

/** `T` with its possibly-undefined properties made optional and never undefined. */
export type Defined<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A node object in canonical form: properties whose value is `undefined` or an empty array
 * dropped (so node literals can be checked against schema-dts, which under
 * `exactOptionalPropertyTypes` refuses explicit `undefined`), `@context`, `@type` and `@id` first
 * and every other key in code-unit order, so the same data always gives the same bytes. Shallow:
 * every node object a builder writes, nested ones included, goes through it.
 */
export function defined<T extends object>(value: T): Defined<T> {
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  let previous: string | undefined;
  let sorted = true;
  for (const key in record) {
    const item = record[key];
    if (item === undefined || (Array.isArray(item) && item.length === 0)) continue;
    // Builders write their keys in canonical order, so sorting is the exception.
    // Plain code-unit order, except among `@` keywords (one character test decides).
    if (
      sorted &&
      previous !== undefined &&
      (previous.charCodeAt(0) === 64 && key.charCodeAt(0) === 64
        ? byKey(previous, key) > 0
        : previous > key)
    ) {
      sorted = false;
    }
    previous = key;
    copy[key] = item;
  }
  if (sorted) return copy as Defined<T>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(copy).sort(byKey)) ordered[key] = copy[key];
  return ordered as Defined<T>;
}

/** Images as schema.org writes them: one URL, or a list of several. */
export function imageValue(images: readonly string[] | undefined): string | string[] | undefined {
  // A record that skipped its schema may hold the schema's input form, one URL: never spread it.
  if (typeof images === 'string') return images;
  if (images === undefined || images.length === 0) return undefined;
  return images.length === 1 ? images[0] : [...images];
}

/**
 * `sameAs`: the Wikidata page alone, or, where the record lists other pages, all of them as a
 * list (the Wikidata page first).
 */
export function sameAsValue(
  wikidata: string | undefined,
  sameAs: readonly string[] | undefined,
): string | string[] | undefined {
  if (sameAs === undefined) return wikidata;
  return [...new Set([...(wikidata === undefined ? [] : [wikidata]), ...sameAs])];
}
