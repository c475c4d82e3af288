import { check } from './validate/check.js';
import type { Diagnostic } from './validate/diagnostics.js';

export type { Diagnostic, DiagnosticCode, Severity } from './validate/diagnostics.js';
export {
  GOOGLE_ARTICLE,
  GOOGLE_EVENT,
  GOOGLE_ORGANIZATION,
  GOOGLE_PAGES,
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
 * ```
 */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`. */
  readonly valid: boolean;
  /** Every finding, in document order; errors, warnings (Google requirements the data cannot meet) and infos. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks a JSON-LD graph offline: references resolve; types and properties exist in schema.org
 * (release 29.4) and sit on a type that has them; values have the expected kind (ISO 8601 dates,
 * absolute URLs, enumeration members); Google Search's Event, Article and Organization rules.
 *
 * @param graph - A document such as `toJsonLd` returns (any JSON value is accepted and checked).
 * @returns Whether it is valid and the structured diagnostics, each with severity, code, `@id`,
 *   dot path, message and the URL of the rule it comes from.
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
  const diagnostics = check(graph);
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}
