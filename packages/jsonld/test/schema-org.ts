// The whole schema.org vocabulary the validator reads, as functions and unpacked tables, for the
// tests that check the tables and the rules written against them.
import { SCHEMA_ORG } from '../src/validate/schema-org.js';
import type { VocabularyTables } from '../src/validate/vocabulary.js';

export { SCHEMA_ORG_RELEASE } from '../src/validate/vocabulary.generated.js';

/** The whole table, unpacked. */
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
