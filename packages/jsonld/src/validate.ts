import { check } from './validate/check.js';
import type { Diagnostic, RichResultItem } from './validate/diagnostics.js';
import { evaluate } from './validate/rich-results.js';

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
export { SCHEMA_ORG_RELEASE } from './validate/vocabulary.js';

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
 * Checks a JSON-LD document offline: the context is schema.org's; references resolve; types and
 * properties exist in schema.org (release 29.4) and sit on a type that has them; values have the
 * expected kind (ISO 8601 dates in order, absolute URLs, enumeration members, no empty strings);
 * and Google Search's Event, Article and Organization rules, per item as the Rich Results Test
 * reports them. Accepts a document with `@graph`, a single top-level node, or an array of them.
 * Never throws, whatever it is given; nesting deeper than 100 levels is reported (`TOO_DEEP`).
 *
 * @param graph - A document such as `toJsonLd` returns (any JSON value is accepted and checked).
 * @returns Whether it is valid schema.org, the structured diagnostics (each with severity, code,
 *   `@id`, dot path, message and the URL of the rule it comes from) and the rich-result items.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { validate } from '@track4tip/jsonld/validate';
 * const result = validate(toJsonLd(fixtures, { baseUrl: 'https://example.org/' }));
 * for (const d of result.diagnostics) console.log(d.severity, d.code, d.path, d.message);
 * ```
 */
export function validate(graph: unknown): ValidationResult {
  const { diagnostics, richResults } = check(graph, evaluate);
  return {
    valid: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
    richResults,
  };
}
