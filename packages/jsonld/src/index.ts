/**
 * schema.org JSON-LD for the TRACK4TIP data: `toJsonLd` builds one linked `@graph` with stable
 * `@id`s, `toScriptTag` and `serialize` embed it safely in HTML. The validator lives in
 * `@track4tip/jsonld/validate`, so page bundles do not carry the vocabulary.
 *
 * @packageDocumentation
 */
export { type ScriptTagOptions, serialize, toScriptTag } from './embed.js';
export { JsonLdError, type JsonLdErrorCode } from './errors.js';
export {
  type Detail,
  type EntityRef,
  type SuppliedArticle,
  type SuppliedEvent,
  type ToJsonLdOptions,
  toJsonLd,
} from './graph.js';
export { type EntityType, entityId, normalizeBaseUrl } from './ids.js';
export type {
  JsonLdGraph,
  JsonLdLanguageString,
  JsonLdNestedNode,
  JsonLdNode,
  JsonLdReference,
  JsonLdValue,
} from './types.js';
