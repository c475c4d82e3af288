/**
 * schema.org JSON-LD for the TRACK4TIP data: `toJsonLd` builds one linked `@graph` with stable
 * `@id`s, `toScriptTag` and `serialize` embed it safely in HTML. The fixture pages come precomputed
 * (`webinarPage`, `pressReleasePage`, `track4tipPage`): `pageScriptTag` puts your base URL in
 * without bundling the fixtures or the serialisers. The validator lives in
 * `@track4tip/jsonld/validate`, so page bundles do not carry the vocabulary.
 *
 * @packageDocumentation
 */
export { type ScriptTagOptions, serialize, toScriptTag } from './embed.js';
export { JsonLdError, type JsonLdErrorCode } from './errors.js';
export { pressReleasePage } from './generated/pages/press-release.js';
export { track4tipPage } from './generated/pages/track4tip.js';
export { webinarPage } from './generated/pages/webinar.js';
export {
  type Detail,
  type EntityRef,
  type SuppliedPage,
  type ToJsonLdOptions,
  toJsonLd,
} from './graph.js';
export { entityId, normalizeBaseUrl } from './ids.js';
export {
  type PageOptions,
  type PageScriptTagOptions,
  type PrecomputedPage,
  pageJson,
  pageScriptTag,
} from './page.js';
export type {
  JsonLdGraph,
  JsonLdLanguageString,
  JsonLdNestedNode,
  JsonLdNode,
  JsonLdReference,
  JsonLdValue,
} from './types.js';
