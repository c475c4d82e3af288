import type { Organization, Person } from '@track4tip/core';
import type { CitationTitle } from '../csl/to-csl.js';
import type {
  CitationKind,
  CitationLocale,
  CitationStyle,
  OutputFormat,
} from '../styles/catalog.js';

/**
 * Options of `formatCitation` (precomputed) and of `renderCitation` (`@track4tip/cite/engine`).
 *
 * @example
 * ```ts
 * import { formatCitation, type FormatCitationOptions } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const options: FormatCitationOptions = { style: 'apa', locale: 'es-ES', format: 'html' };
 * formatCitation(getPressRelease(), options);
 * ```
 */
export interface FormatCitationOptions {
  /** The citation style, e.g. `'apa'`. */
  readonly style: CitationStyle;
  /** The locale of the style's terms, dates and our genre word. Default `'en-US'`. */
  readonly locale?: CitationLocale;
  /** `'text'` (default), `'html'` (escaped) or `'markdown'` (escaped). */
  readonly format?: OutputFormat;
  /** `'bibliography'` (default): a reference-list entry; `'citation'`: an in-text citation or note. */
  readonly kind?: CitationKind;
  /** Title to cite the entity by; see {@link CitationTitle} for how the default is chosen. */
  readonly title?: string;
  /** Organisations your own entities refer to by id. */
  readonly organizations?: readonly Organization[];
  /** People your publications name as authors (by `id`), e.g. `data.people` of your dataset. */
  readonly people?: readonly Person[];
  /**
   * The day you accessed the work online, `YYYY-MM-DD` (CSL `accessed`), for styles that print
   * it (Harvard, IEEE, Vancouver). Caller-specific, so only the engine formats it.
   */
  readonly accessed?: string;
}

/**
 * A formatted citation and what it was made from.
 *
 * @example
 * ```ts
 * import { formatCitation, type FormattedCitation } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * const citation: FormattedCitation = formatCitation(getEvent('unodc-webinar'), { style: 'mla' });
 * console.log(citation.title.official); // false: the webinar is cited by its descriptive label
 * ```
 */
export interface FormattedCitation {
  /** The citation in the requested format. */
  readonly value: string;
  /** The style used. */
  readonly style: CitationStyle;
  /** The locale used. */
  readonly locale: CitationLocale;
  /** The output format. */
  readonly format: OutputFormat;
  /** Bibliography entry or in-text citation. */
  readonly kind: CitationKind;
  /** The title cited, and whether it is official (a descriptive label never is). */
  readonly title: CitationTitle;
}

/**
 * Every format of one kind of citation.
 *
 * @example
 * ```ts
 * import { type CitationFormats, webinarApa } from '@track4tip/cite';
 * const formats: CitationFormats = webinarApa.locales['en-US'].citation;
 * console.log(formats.text, formats.html, formats.markdown);
 * ```
 */
export type CitationFormats = Readonly<Record<OutputFormat, string>>;

/**
 * The citations of one fixture entity in one style, made at build time by citeproc-js with the
 * official CSL style and locales, for every locale, kind and format.
 *
 * @example
 * ```ts
 * import { type PrecomputedCitations, pressReleaseApa } from '@track4tip/cite';
 * const apa: PrecomputedCitations = pressReleaseApa;
 * console.log(apa.entityId, apa.locales['es-ES'].bibliography.text);
 * ```
 */
export interface PrecomputedCitations {
  /** Id of the cited entity. */
  readonly entityId: string;
  /** The style. */
  readonly style: CitationStyle;
  /** The title cited (the descriptive label where the source gives no title). */
  readonly title: CitationTitle;
  /** Locale → kind → format → citation. */
  readonly locales: Readonly<
    Record<CitationLocale, Readonly<Record<CitationKind, CitationFormats>>>
  >;
}
