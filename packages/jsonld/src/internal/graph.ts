import { JsonLdError } from '../errors.js';
import type { JsonLdGraph, JsonLdNode, JsonLdValue } from '../types.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Copies a value with `@context`, `@type` and `@id` first and all other keys in code-unit order,
 * dropping `undefined` and empty arrays: the same data always gives the same bytes.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== undefined).map(canonical);
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => {
      const item = record[key];
      return item !== undefined && !(Array.isArray(item) && item.length === 0);
    })
    .sort((a, b) => {
      const rank = (key: string) => ['@context', '@type', '@id'].indexOf(key);
      const ra = rank(a);
      const rb = rank(b);
      if (ra !== -1 || rb !== -1) return (ra === -1 ? 99 : ra) - (rb === -1 ? 99 : rb);
      return byCodeUnit(a, b);
    });
  const copy: Record<string, unknown> = {};
  for (const key of keys) copy[key] = canonical(record[key]);
  return copy;
}

/** Every `{ "@id": … }` reference (an object with `@id` and nothing else) inside a value. */
export function collectReferences(
  value: unknown,
  path: string,
  found: { id: string; path: string }[] = [],
): { id: string; path: string }[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectReferences(item, `${path}.${index}`, found);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record['@id'] === 'string') {
      found.push({ id: record['@id'], path });
    } else {
      for (const key of keys) {
        if (key !== '@id') collectReferences(record[key], `${path}.${key}`, found);
      }
    }
  }
  return found;
}

interface Entry {
  readonly node: JsonLdNode;
  readonly origin: string;
  readonly fingerprint: string;
}

/**
 * Collects top-level nodes, refusing two different entities under one `@id` (`ID_COLLISION`) and
 * accepting the same entity added twice.
 */
export class GraphBuilder {
  readonly #entries = new Map<string, Entry>();

  /** True when a node with this `@id` has been added. */
  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /**
   * Adds a node.
   * @param node - The node; its `@id` must be absolute.
   * @param origin - Which entity it comes from, e.g. `event "unodc-webinar"`, for messages.
   */
  add(node: JsonLdNode, origin: string): void {
    const clean = canonical(node) as JsonLdNode;
    const fingerprint = JSON.stringify(clean);
    const id = clean['@id'];
    const existing = this.#entries.get(id);
    if (existing === undefined) {
      this.#entries.set(id, { node: clean, origin, fingerprint });
      return;
    }
    if (existing.fingerprint !== fingerprint) {
      throw new JsonLdError(
        'ID_COLLISION',
        origin,
        `${origin} and ${existing.origin} would both be written with @id "${id}" but differ; give one of them a different id (ids are unique per entity type)`,
      );
    }
  }

  /**
   * Returns the graph with nodes in insertion order, after checking that every reference
   * resolves to a node of the graph or points outside `baseUrl`.
   * @param baseUrl - The normalised base URL; references under it must resolve.
   */
  build(baseUrl: string): JsonLdGraph {
    const nodes = [...this.#entries.values()].map((entry) => entry.node);
    nodes.forEach((node, index) => {
      for (const reference of collectReferences(node, `@graph.${index}`)) {
        if (reference.id.startsWith(baseUrl) && !this.#entries.has(reference.id)) {
          throw new JsonLdError(
            'DANGLING_REFERENCE',
            reference.path,
            `${node['@id']} refers to "${reference.id}", which is not in the graph; include that entity, or leave the reference out`,
          );
        }
      }
    });
    return { '@context': 'https://schema.org', '@graph': nodes };
  }
}

/** Narrow helper so node builders can return schema-dts-checked objects as public nodes. */
export function asNode(value: object): JsonLdNode {
  return value as JsonLdNode;
}

/** A value list without `undefined`s, or `undefined` when empty. */
export function list<T extends JsonLdValue>(values: readonly (T | undefined)[]): T[] | undefined {
  const kept = values.filter((value): value is T => value !== undefined);
  return kept.length === 0 ? undefined : kept;
}

/** `T` with its possibly-undefined properties made optional and never undefined. */
export type Defined<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * Drops properties whose value is `undefined`, so node literals can be checked against schema-dts
 * (which, under `exactOptionalPropertyTypes`, refuses explicit `undefined`).
 */
export function defined<T extends object>(value: T): Defined<T> {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = item;
  return copy as Defined<T>;
}
