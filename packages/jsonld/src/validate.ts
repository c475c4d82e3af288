import type { Diagnostic, RichResultItem } from './validate/diagnostics.js';
import { GOOGLE_PAGES } from './validate/google.js';
import { runValidation } from './validate/run.js';
import { SCHEMA_ORG } from './validate/schema-org.js';

// The error a bad option throws, from this entry point too: a CommonJS consumer gets one copy of
// the class per entry point, so `instanceof` holds only with the class of the same entry.
export { JsonLdError, type JsonLdErrorCode } from './errors.js';
export type {
  Diagnostic,
  DiagnosticCode,
  RichResultItem,
  Severity,
} from './validate/diagnostics.js';
export {
  GOOGLE_ARTICLE,
  GOOGLE_EVENT,
  GOOGLE_ORGANIZATION,
  GOOGLE_PAGES,
  type GoogleNestedRule,
  type GooglePage,
} from './validate/google.js';
export { SCHEMA_ORG_RELEASE } from './validate/vocabulary.generated.js';

/**
 * The result of {@link validate}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { type ValidationResult, validate } from '@track4tip/jsonld/validate';
 * const result: ValidationResult = validate(toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' }));
 * if (!result.valid) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
 * for (const item of result.richResults) console.log(item.feature, item.eligible, item.missingRequired);
 * ```
 */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`: the schema.org verdict (Google's is in `richResults`). */
  readonly valid: boolean;
  /** Every finding, in document order; errors, warnings (Google requirements the data cannot meet) and infos. */
  readonly diagnostics: readonly Diagnostic[];
  /** One entry per node Google Search would read as an Event, Article or Organization, in document order. */
  readonly richResults: readonly RichResultItem[];
}

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { entityId, toJsonLd } from '@track4tip/jsonld';
 * import { type ValidateOptions, validate } from '@track4tip/jsonld/validate';
 * const baseUrl = 'https://www.example.org/';
 * const graph = toJsonLd(fixtures, { baseUrl, include: [{ type: 'organization', id: 'unodc' }] });
 * const options: ValidateOptions = { subject: entityId(baseUrl, 'organization', 'unodc') };
 * console.log(validate(graph, options).richResults.map((item) => item.feature)); // ["Organization"]
 * ```
 */
export interface ValidateOptions {
  /**
   * The `@id` (or `@id`s) of the node the page is about. Google considers an Event or an Article
   * as the page's own content, and Organization markup only on the page about the organisation
   * or the home page; so `richResults` holds the subject's items only. Without it, the subject is
   * what the document declares (a WebPage's `mainEntity`, nodes with `mainEntityOfPage`), or the
   * node of a one-node document; when nothing says, every Event and Article is an item and no
   * Organization is.
   */
  readonly subject?: string | readonly string[];
}

/**
 * Checks a JSON-LD document offline: the context is schema.org's; references resolve (a
 * reference to an IRI the document does not describe is a note, legal JSON-LD); types and
 * properties exist in schema.org (release 29.4) and sit on a type that has them; values have the
 * expected kind (ISO 8601 dates in order, absolute URLs, enumeration members, no empty strings);
 * and Google Search's Event, Article and Organization rules, per item as the Rich Results Test
 * reports them. The legal JSON-LD pages use is no error: relative ids and URLs are warnings,
 * `type` and `id` are schema.org's aliases of `@type` and `@id`, and other vocabularies' terms
 * are notes (two top-level nodes with one `@id`, which JSON-LD merges, are still `DUPLICATE_ID`).
 * Accepts a document with `@graph`, a single top-level node, or an array of them.
 * Never throws, whatever document it is given; nesting deeper than 100 levels is reported
 * (`TOO_DEEP`). Rich-result items follow the page's subject (see {@link ValidateOptions}), and what
 * Google recommends is one info note per item, not one per property.
 *
 * @param graph - A document such as `toJsonLd` returns (any JSON value is accepted and checked).
 * @param options - The page's `subject`, when the document does not say it.
 * @returns Whether it is valid schema.org, the structured diagnostics (each core's `Issue` of code,
 *   path, message and hint, with severity, `@id` and the URL of the rule it comes from) and the
 *   rich-result items.
 * @throws {@link JsonLdError} with code `INVALID_OPTION` for options that are not an object, or a
 *   `subject` that is not an `@id` of the document.
 * @example
 * ```ts
 * import { fixtures, formatPath } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { validate } from '@track4tip/jsonld/validate';
 * const result = validate(toJsonLd(fixtures, { baseUrl: 'https://example.org/' }));
 * for (const d of result.diagnostics) console.log(d.severity, d.code, formatPath(d.path), d.message);
 * ```
 */
export function validate(graph: unknown, options: ValidateOptions = {}): ValidationResult {
  return runValidation(graph, options, SCHEMA_ORG, GOOGLE_PAGES);
}
