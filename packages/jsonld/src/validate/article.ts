// `@track4tip/jsonld/validate/article`: the validator for Article pages, which holds only the part of
// schema.org such pages use and Google's Article and Organization rules, so a page that checks its
// JSON-LD in the browser does not ship the whole vocabulary.
import type { ValidateOptions, ValidationResult } from '../validate.js';
import { GOOGLE_ARTICLE, GOOGLE_ORGANIZATION } from './google.js';
import {
  CLASSES,
  ENUMERATION_MEMBERS,
  PROPERTIES,
  RELEASE,
  SCOPE,
  SUPERSEDED_BY,
} from './pages/article.generated.js';
import { runValidation } from './run.js';
import { createVocabulary } from './vocabulary.js';

export { JsonLdError, type JsonLdErrorCode } from '../errors.js';
export type { ValidateOptions, ValidationResult } from '../validate.js';
export type { Diagnostic, DiagnosticCode, RichResultItem, Severity } from './diagnostics.js';
export {
  GOOGLE_ARTICLE,
  GOOGLE_ORGANIZATION,
  type GoogleNestedRule,
  type GooglePage,
} from './google.js';

const VOCABULARY = /* @__PURE__ */ createVocabulary(
  { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY },
  RELEASE,
  SCOPE,
);
const PAGES = [GOOGLE_ARTICLE, GOOGLE_ORGANIZATION] as const;

/**
 * Checks the JSON-LD of an Article page offline, as `validate` of `@track4tip/jsonld/validate` does,
 * against the part of schema.org (release 29.4) that Article pages use: Article and its sub-types, every kind of web page,
 * ImageObject,
 * Organization, Person and the other types of Google's Article and Organization pages and of
 * `toJsonLd`, each with all its super-classes, properties and enumeration members. Google's
 * rules are its Article and Organization rules.
 *
 * On a document that uses only those terms it reports what `validate` reports. Beyond them it
 * cannot say whether a term is schema.org's, so it never calls one unknown:
 * - a type it does not hold (another kind of place or organisation, such as a `Hotel`) is
 *   `UNCHECKED_TERM` (a warning), the properties only that type has are left unchecked, and
 *   where Google's rules ask for a type, a value of it is not counted;
 * - a property that none of a node's types has is `PROPERTY_NOT_ON_TYPE`, whether it is misspelt
 *   or belongs to another type (`validate` tells the two apart, with `UNKNOWN_PROPERTY`).
 *
 * @param graph - A document such as `toJsonLd` returns (any JSON value is accepted and checked).
 * @param options - The page's `subject`, when the document does not say it.
 * @returns Whether it is valid, the diagnostics and the rich-result items, as `validate` gives them.
 * @throws {@link JsonLdError} with code `INVALID_OPTION` for options that are not an object, or a
 *   `subject` that is not an `@id` of the document.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { validate } from '@track4tip/jsonld/validate/article';
 * const graph = toJsonLd(fixtures, {
 *   baseUrl: 'https://www.example.org/',
 *   include: [{ type: 'press-release', id: 'unodc-press-release-2021-02-01' }],
 * });
 * const result = validate(graph);
 * console.log(result.valid); // true
 * console.log(result.richResults.map((item) => [item.feature, item.eligible])); // [["Article", true]]
 * ```
 */
export function validate(graph: unknown, options: ValidateOptions = {}): ValidationResult {
  return runValidation(graph, options, VOCABULARY, PAGES);
}
