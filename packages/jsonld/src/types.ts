/**
 * The public JSON-LD types are deliberately small: consumers' type-checks never load all of
 * schema.org. The serialisers are checked against `schema-dts` internally.
 */

/**
 * A reference to another node of the graph (or to an outside resource) by its `@id`.
 *
 * @example
 * ```ts
 * import { entityId, type JsonLdReference } from '@track4tip/jsonld';
 * const unodc: JsonLdReference = { '@id': entityId('https://www.example.org/', 'organization', 'unodc') };
 * ```
 */
export interface JsonLdReference {
  /** Absolute IRI of the referenced node. */
  readonly '@id': string;
}

/**
 * A string tagged with its language, e.g. a country name in Spanish.
 *
 * @example
 * ```ts
 * import type { JsonLdLanguageString } from '@track4tip/jsonld';
 * const name: JsonLdLanguageString = { '@value': 'Países Bajos', '@language': 'es' };
 * ```
 */
export interface JsonLdLanguageString {
  /** The text. */
  readonly '@value': string;
  /** Its BCP 47 language tag. */
  readonly '@language': string;
}

/**
 * A node object nested in another (for example a `Role`, `VirtualLocation` or `Audience`).
 *
 * @example
 * ```ts
 * import type { JsonLdNestedNode } from '@track4tip/jsonld';
 * const location: JsonLdNestedNode = { '@type': 'VirtualLocation', url: 'https://www.example.org/live' };
 * ```
 */
export interface JsonLdNestedNode {
  /** The schema.org type(s). */
  readonly '@type': string | readonly string[];
  /** Present when the nested node can be referenced from elsewhere. */
  readonly '@id'?: string;
  /** schema.org properties. */
  readonly [property: string]: JsonLdValue | undefined;
}

/**
 * Any value a property can carry.
 *
 * @example
 * ```ts
 * import type { JsonLdValue } from '@track4tip/jsonld';
 * const values: JsonLdValue[] = ['2021-02-01', 8, true, { '@id': 'https://www.example.org/#/schema/country/aruba' }];
 * ```
 */
export type JsonLdValue =
  | string
  | number
  | boolean
  | JsonLdReference
  | JsonLdLanguageString
  | JsonLdNestedNode
  | readonly JsonLdValue[];

/**
 * A top-level node of the graph: it always has a type and an absolute `@id`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type JsonLdNode, toJsonLd } from '@track4tip/jsonld';
 * const nodes: readonly JsonLdNode[] = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' })['@graph'];
 * for (const node of nodes) console.log(node['@type'], node['@id']);
 * ```
 */
export interface JsonLdNode {
  /** The schema.org type(s). */
  readonly '@type': string | readonly string[];
  /** Absolute, stable IRI of the node. */
  readonly '@id': string;
  /** schema.org properties. */
  readonly [property: string]: JsonLdValue | undefined;
}

/**
 * A JSON-LD document: the schema.org context and one graph of nodes linked by `@id`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type JsonLdGraph, serialize, toJsonLd } from '@track4tip/jsonld';
 * const graph: JsonLdGraph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' });
 * const json = serialize(graph);
 * ```
 */
export interface JsonLdGraph {
  /** Always the schema.org context IRI. */
  readonly '@context': 'https://schema.org';
  /** The nodes, in a stable order. */
  readonly '@graph': readonly JsonLdNode[];
}
