import { CiteError } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The citation styles this package formats, each an official CSL style vendored from the CSL
 * styles repository: `cslId` (its file name there), its `title` and `updated`, the `<updated>`
 * date of the file shipped. Chicago is the 18th edition (2024). Deeply frozen.
 *
 * @example
 * ```ts
 * import { CITATION_STYLES } from '@track4tip/cite';
 * console.log(Object.keys(CITATION_STYLES)); // ["apa", "mla", "chicago-author-date", …]
 * console.log(CITATION_STYLES.apa.updated); // "2026-02-07T00:00:00+00:00"
 * ```
 */
export const CITATION_STYLES = /* @__PURE__ */ deepFreeze({
  apa: { cslId: 'apa', title: 'APA Style 7th edition', updated: '2026-02-07T00:00:00+00:00' },
  mla: {
    cslId: 'modern-language-association',
    title: 'MLA Handbook 9th edition (in-text citations)',
    updated: '2026-02-03T00:00:00+00:00',
  },
  'chicago-author-date': {
    cslId: 'chicago-author-date',
    title: 'Chicago Manual of Style 18th edition (author-date)',
    updated: '2025-02-09T00:00:00+00:00',
  },
  'chicago-notes-bibliography': {
    cslId: 'chicago-notes-bibliography',
    title: 'Chicago Manual of Style 18th edition (notes and bibliography)',
    updated: '2025-02-09T00:00:00+00:00',
  },
  harvard: {
    cslId: 'harvard-cite-them-right',
    title: 'Cite Them Right 12th edition (author-date/Harvard)',
    updated: '2026-02-12T10:08:06+00:00',
  },
  ieee: {
    cslId: 'ieee',
    title: 'IEEE Reference Guide version 11.29.2023',
    updated: '2024-03-27T11:41:27+00:00',
  },
  vancouver: {
    cslId: 'nlm-citation-sequence',
    title: 'NLM/Vancouver: Citing Medicine 2nd edition (citation-sequence)',
    updated: '2026-01-07T00:00:00+00:00',
  },
} as const);

/**
 * A citation style name, e.g. `'apa'` or `'chicago-notes-bibliography'`.
 *
 * @example
 * ```ts
 * import { type CitationStyle, formatCitation } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const styles: CitationStyle[] = ['apa', 'mla', 'vancouver'];
 * for (const style of styles) console.log(formatCitation(getPressRelease(), { style }).value);
 * ```
 */
export type CitationStyle = keyof typeof CITATION_STYLES;

/**
 * The locales citations and disclaimers are written in (each has an official CSL locale).
 *
 * @example
 * ```ts
 * import { CITATION_LOCALES } from '@track4tip/cite';
 * console.log(CITATION_LOCALES.includes('es-MX')); // true
 * ```
 */
export const CITATION_LOCALES = /* @__PURE__ */ deepFreeze([
  'en-US',
  'en-GB',
  'es-ES',
  'es-MX',
  'es-CL',
  'pt-BR',
  'nl-NL',
] as const);

/**
 * A supported locale, e.g. `'en-US'` or `'es-MX'`.
 *
 * @example
 * ```ts
 * import { CITATION_LOCALES, type CitationLocale } from '@track4tip/cite';
 * const locale: CitationLocale = 'pt-BR';
 * console.log(CITATION_LOCALES.includes(locale)); // true
 * ```
 */
export type CitationLocale = (typeof CITATION_LOCALES)[number];

/**
 * Output formats: plain text, HTML (escaped) and Markdown (escaped).
 *
 * @example
 * ```ts
 * import { OUTPUT_FORMATS } from '@track4tip/cite';
 * console.log(OUTPUT_FORMATS); // ["text", "html", "markdown"]
 * ```
 */
export const OUTPUT_FORMATS = /* @__PURE__ */ deepFreeze(['text', 'html', 'markdown'] as const);

/**
 * An output format.
 *
 * @example
 * ```ts
 * import { formatCitation, type OutputFormat } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * const format: OutputFormat = 'markdown';
 * const { value } = formatCitation(getEvent('unodc-webinar'), { style: 'chicago-author-date', format });
 * ```
 */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A bibliography (reference list) entry, or an in-text citation (a note for notes styles).
 *
 * @example
 * ```ts
 * import { CITATION_KINDS } from '@track4tip/cite';
 * console.log(CITATION_KINDS); // ["bibliography", "citation"]
 * ```
 */
export const CITATION_KINDS = /* @__PURE__ */ deepFreeze(['bibliography', 'citation'] as const);

/**
 * What to produce: a bibliography entry or an in-text citation.
 *
 * @example
 * ```ts
 * import { type CitationKind, formatCitation } from '@track4tip/cite';
 * import { getInitiative } from '@track4tip/core';
 * const kind: CitationKind = 'citation';
 * const { value } = formatCitation(getInitiative('track4tip'), { style: 'harvard', kind });
 * ```
 */
export type CitationKind = (typeof CITATION_KINDS)[number];

const quote = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** Throws `UNKNOWN_STYLE` unless `value` names a supported style. */
export function assertStyle(
  value: unknown,
  path: readonly (string | number)[] = ['style'],
): asserts value is CitationStyle {
  if (typeof value !== 'string' || !Object.hasOwn(CITATION_STYLES, value)) {
    throw new CiteError(
      'UNKNOWN_STYLE',
      `unknown citation style ${JSON.stringify(value)}; use one of ${quote(Object.keys(CITATION_STYLES))}`,
      { path },
    );
  }
}

/** Throws `UNKNOWN_LOCALE` unless `value` is a supported locale (never falls back to English). */
export function assertLocale(
  value: unknown,
  path: readonly (string | number)[] = ['locale'],
): asserts value is CitationLocale {
  if (!(CITATION_LOCALES as readonly unknown[]).includes(value)) {
    throw new CiteError(
      'UNKNOWN_LOCALE',
      `unsupported locale ${JSON.stringify(value)}; use one of ${quote(CITATION_LOCALES)}`,
      { path },
    );
  }
}

/** Throws `UNKNOWN_FORMAT` unless `value` is an output format. */
export function assertFormat(
  value: unknown,
  path: readonly (string | number)[] = ['format'],
): asserts value is OutputFormat {
  if (!(OUTPUT_FORMATS as readonly unknown[]).includes(value)) {
    throw new CiteError(
      'UNKNOWN_FORMAT',
      `unknown output format ${JSON.stringify(value)}; use one of ${quote(OUTPUT_FORMATS)}`,
      { path },
    );
  }
}

/** Throws `UNKNOWN_KIND` unless `value` is a citation kind. */
export function assertKind(
  value: unknown,
  path: readonly (string | number)[] = ['kind'],
): asserts value is CitationKind {
  if (!(CITATION_KINDS as readonly unknown[]).includes(value)) {
    throw new CiteError(
      'UNKNOWN_KIND',
      `unknown citation kind ${JSON.stringify(value)}; use one of ${quote(CITATION_KINDS)}`,
      { path },
    );
  }
}
