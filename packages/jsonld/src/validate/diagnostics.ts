import type { Issue, IssueCode, IssuePath } from '@track4tip/core';
import type { GooglePage } from './google.js';

/**
 * How serious a finding is. `error`: the graph is wrong; `warning`: it is valid schema.org but
 * misses something a consumer (Google Search) needs; `info`: a recommendation.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { type Severity, validate } from '@track4tip/jsonld/validate';
 * const shown: readonly Severity[] = ['error', 'warning'];
 * const { diagnostics } = validate(toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' }));
 * const problems = diagnostics.filter((d) => shown.includes(d.severity));
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The codes of {@link Diagnostic}s: the part of core's `IssueCode` vocabulary the validator uses.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd } from '@track4tip/jsonld';
 * import { type DiagnosticCode, validate } from '@track4tip/jsonld/validate';
 * const code: DiagnosticCode = 'GOOGLE_REQUIRED';
 * const { diagnostics } = validate(toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' }));
 * const missing = diagnostics.filter((d) => d.code === code); // e.g. the webinar's name
 * ```
 */
export type DiagnosticCode = Extract<
  IssueCode,
  | 'INVALID_DOCUMENT'
  | 'MISSING_ID'
  | 'RELATIVE_ID'
  | 'DUPLICATE_ID'
  | 'DANGLING_REFERENCE'
  | 'MISSING_TYPE'
  | 'TOO_DEEP'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_PROPERTY'
  | 'PROPERTY_NOT_ON_TYPE'
  | 'UNCHECKED_TERM'
  | 'SUPERSEDED_TERM'
  | 'UNEXPECTED_VALUE'
  | 'INVALID_DATE'
  | 'RELATIVE_URL'
  | 'EMPTY_VALUE'
  | 'DATE_ORDER'
  | 'GOOGLE_REQUIRED'
  | 'GOOGLE_RECOMMENDED'
  | 'GOOGLE_RULE'
>;

/**
 * One finding of `validate`: an {@link Issue} of core (code, path, message, hint) with how
 * serious it is, the node it concerns and the rule it comes from. Write its path for people with
 * core's `formatPath`.
 *
 * @example
 * ```ts
 * import { formatPath } from '@track4tip/core';
 * import { type Diagnostic, validate } from '@track4tip/jsonld/validate';
 * const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Event', '@id': 'webinar' }] };
 * const diagnostics: readonly Diagnostic[] = validate(graph).diagnostics;
 * console.log(diagnostics[0]?.code, diagnostics[0]?.path); // "RELATIVE_ID" ["@graph", 0, "@id"]
 * for (const d of diagnostics) console.log(`${d.severity} ${d.code} ${formatPath(d.path)}: ${d.message}`);
 * ```
 */
export interface Diagnostic extends Issue {
  /** How serious it is. */
  readonly severity: Severity;
  /** What kind of finding it is. */
  readonly code: DiagnosticCode;
  /** `@id` of the top-level node it concerns, when there is one. */
  readonly id: string | undefined;
  /**
   * Path from the document root, keys as strings and array positions as numbers, e.g.
   * `['@graph', 0, 'location', 'url']` (`formatPath` writes `@graph[0].location.url`).
   */
  readonly path: IssuePath;
  /** What is wrong; it does not name the path. */
  readonly message: string;
  /** How to fix it, when the finding says. */
  readonly hint?: string;
  /** Where the rule comes from: a schema.org term page or a Google Search documentation page. */
  readonly source: string;
}

/**
 * One node Google Search would read as a rich-result feature, and what it lacks, as Google's Rich
 * Results Test reports it: the detected type, whether it is eligible, and the required and
 * recommended fields that are missing (or have no value Google can use). Nested fields are dotted,
 * e.g. `location.address`.
 *
 * @example
 * ```ts
 * import { type RichResultItem, validate } from '@track4tip/jsonld/validate';
 * const graph = {
 *   '@context': 'https://schema.org',
 *   '@type': 'Event',
 *   name: 'Webinar',
 *   startDate: '2021-02-01',
 *   location: { '@type': 'Place', name: 'Vienna International Centre' },
 * };
 * const items: readonly RichResultItem[] = validate(graph).richResults;
 * console.log(items[0]?.eligible, items[0]?.missingRequired); // false ["location.address"]
 * ```
 */
export interface RichResultItem {
  /** The Google feature: `Event`, `Article` or `Organization`. */
  readonly feature: GooglePage['feature'];
  /** The node's schema.org type that Google detected, e.g. `NewsArticle`. */
  readonly type: string;
  /** The node's `@id`, if it has one. */
  readonly id: string | undefined;
  /** Path of the node from the document root, e.g. `['@graph', 0]` (empty for a lone node). */
  readonly path: IssuePath;
  /** True when no required field is missing: the node can earn the rich result. */
  readonly eligible: boolean;
  /** Required fields that are missing or have no value Google can use. */
  readonly missingRequired: readonly string[];
  /** Recommended fields that are missing or have no value Google can use. */
  readonly missingRecommended: readonly string[];
}
