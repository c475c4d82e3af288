// The whole schema.org vocabulary (release in vocabulary.generated.ts), as the validator of
// `@track4tip/jsonld/validate` reads it.
import {
  CLASSES,
  ENUMERATION_MEMBERS,
  PROPERTIES,
  SCHEMA_ORG_RELEASE,
  SUPERSEDED_BY,
} from './vocabulary.generated.js';
import { createVocabulary, type Vocabulary, type VocabularyTables } from './vocabulary.js';

export { SCHEMA_ORG_RELEASE };

/** All of schema.org. */
export const SCHEMA_ORG: Vocabulary = /* @__PURE__ */ createVocabulary(
  { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY },
  SCHEMA_ORG_RELEASE,
);

/** The whole table, unpacked, for consistency checks. */
export const vocabularyTables = (): VocabularyTables => SCHEMA_ORG.tables();

export const {
  isClass,
  isProperty,
  enumerationsOf,
  supersededBy,
  ancestors,
  isA,
  domainsOf,
  rangesOf,
} = SCHEMA_ORG;

/** True when a property may be used on a node with these types (inherited domains count). */
export function propertyFitsTypes(property: string, types: readonly string[]): boolean {
  const domains = domainsOf(property);
  return types.some((type) => domains.some((domain) => isA(type, domain)));
}
