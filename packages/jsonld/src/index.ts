export { type ScriptTagOptions, serialize, toScriptTag } from './embed.js';
export { JsonLdError, type JsonLdErrorCode } from './errors.js';
export { type EntityType, entityId, normalizeBaseUrl } from './ids.js';
export type {
  JsonLdGraph,
  JsonLdLanguageString,
  JsonLdNestedNode,
  JsonLdNode,
  JsonLdReference,
  JsonLdValue,
} from './types.js';
