// The whole schema.org vocabulary (release in vocabulary.generated.ts), as the validator of
// `@track4tip/jsonld/validate` reads it.
import {
  CLASSES,
  ENUMERATION_MEMBERS,
  PROPERTIES,
  SCHEMA_ORG_RELEASE,
  SUPERSEDED_BY,
} from './vocabulary.generated.js';
import { createVocabulary, type Vocabulary } from './vocabulary.js';

/** All of schema.org. */
export const SCHEMA_ORG: Vocabulary = /* @__PURE__ */ createVocabulary(
  { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY },
  SCHEMA_ORG_RELEASE,
);
