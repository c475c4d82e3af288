/**
 * The public JSON-LD types are deliberately small: consumers' type-checks never load all of
 * schema.org. The serialisers are checked against `schema-dts` internally.
 */

/** A reference to another node of the graph (or to an outside resource) by its `@id`. */
export interface JsonLdReference {
  /** Absolute IRI of the referenced node. */
  readonly '@id': string;
}

/** A string tagged with its language, e.g. a country name in Spanish. */
export interface JsonLdLanguageString {
  /** The text. */
  readonly '@value': string;
  /** Its BCP 47 language tag. */
  readonly '@language': string;
}

/** A node object nested in another (for example a `Role`, `VirtualLocation` or `Audience`). */
export interface JsonLdNestedNode {
  /** The schema.org type(s). */
  readonly '@type': string | readonly string[];
  /** Present when the nested node can be referenced from elsewhere. */
  readonly '@id'?: string;
  /** schema.org properties. */
  readonly [property: string]: JsonLdValue | undefined;
}

/** Any value a property can carry. */
export type JsonLdValue =
  | string
  | number
  | boolean
  | JsonLdReference
  | JsonLdLanguageString
  | JsonLdNestedNode
  | readonly JsonLdValue[];

/** A top-level node of the graph: it always has a type and an absolute `@id`. */
export interface JsonLdNode {
  /** The schema.org type(s). */
  readonly '@type': string | readonly string[];
  /** Absolute, stable IRI of the node. */
  readonly '@id': string;
  /** schema.org properties. */
  readonly [property: string]: JsonLdValue | undefined;
}

/** A JSON-LD document: the schema.org context and one graph of nodes linked by `@id`. */
export interface JsonLdGraph {
  /** Always the schema.org context IRI. */
  readonly '@context': 'https://schema.org';
  /** The nodes, in a stable order. */
  readonly '@graph': readonly JsonLdNode[];
}
