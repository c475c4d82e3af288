import type { Award, Organization } from '@track4tip/core';
import type { CitationLocale, OutputFormat } from '../styles/catalog.js';

/**
 * Where a funding acknowledgement appears; its wording names the medium.
 *
 * @example
 * ```ts
 * import { type DisclaimerMedium, formatDisclaimer } from '@track4tip/cite';
 * import { getAward } from '@track4tip/core';
 * const medium: DisclaimerMedium = 'website';
 * const { value } = formatDisclaimer({ award: getAward('SSJTIP19CA0027'), medium });
 * ```
 */
export type DisclaimerMedium =
  | 'press-release'
  | 'publication'
  | 'website'
  | 'video'
  | 'event-materials'
  | 'social-media';

/**
 * `funding`: the award acknowledgement; `designations`: UNODC's disclaimer for publications.
 *
 * @example
 * ```ts
 * import { type DisclaimerKind, formatDisclaimer } from '@track4tip/cite';
 * const kind: DisclaimerKind = 'designations';
 * const { value } = formatDisclaimer({ kind });
 * ```
 */
export type DisclaimerKind = 'funding' | 'designations';

/**
 * Options of {@link formatDisclaimer}.
 *
 * @example
 * ```ts
 * import { formatDisclaimer, type FormatDisclaimerOptions } from '@track4tip/cite';
 * import { getAward } from '@track4tip/core';
 * const options: FormatDisclaimerOptions = {
 *   award: getAward('SSJTIP19CA0027'),
 *   medium: 'video',
 *   format: 'html',
 *   locale: 'es-MX',
 * };
 * const { value, notice } = formatDisclaimer(options);
 * ```
 */
export interface FormatDisclaimerOptions {
  /** Which disclaimer. Default `'funding'`. */
  readonly kind?: DisclaimerKind;
  /** The award (required for `funding`): its `number` and the id of its `funder`. */
  readonly award?: Award;
  /** Where it appears. Default `'press-release'` (`'publication'` for `designations`). */
  readonly medium?: DisclaimerMedium;
  /** `'text'` (default), `'html'` or `'markdown'`; data are escaped in HTML and Markdown. */
  readonly format?: OutputFormat;
  /** Language: English (en-US, en-GB) is the original; es-*, pt-BR and nl-NL are unofficial translations. */
  readonly locale?: CitationLocale;
  /** Organisations your own award's `funder` refers to by id. */
  readonly organizations?: readonly Organization[];
}

/**
 * Where a disclaimer's wording comes from.
 *
 * @example
 * ```ts
 * import { type DisclaimerSource, formatDisclaimer } from '@track4tip/cite';
 * import { getAward } from '@track4tip/core';
 * const source: DisclaimerSource = formatDisclaimer({ award: getAward('SSJTIP19CA0027') }).source;
 * console.log(source.title, source.url);
 * ```
 */
export interface DisclaimerSource {
  /** What the source is. */
  readonly title: string;
  /** Where to read it, when known. */
  readonly url?: string;
}

/**
 * A formatted disclaimer.
 *
 * @example
 * ```ts
 * import { formatDisclaimer, type FormattedDisclaimer } from '@track4tip/cite';
 * import { getAward } from '@track4tip/core';
 * const disclaimer: FormattedDisclaimer = formatDisclaimer({ award: getAward('SSJTIP19CA0027'), locale: 'nl-NL' });
 * console.log(disclaimer.wording, disclaimer.notice); // "unofficial-translation", then the notice in Dutch
 * ```
 */
export interface FormattedDisclaimer {
  /** The disclaimer in the requested language and format. */
  readonly value: string;
  /** The English original in the same format (equal to `value` for English). */
  readonly original: string;
  /** The language of `value`. */
  readonly locale: CitationLocale;
  /**
   * `'source'`: exactly as printed in the source; `'adapted'`: the source's wording with another
   * medium, funder or award named; `'unofficial-translation'`: our translation, not an official
   * text.
   */
  readonly wording: 'source' | 'adapted' | 'unofficial-translation';
  /** For translations, a notice saying so (in the translation's language); absent for English. */
  readonly notice?: string;
  /** Where the English wording comes from. */
  readonly source: DisclaimerSource;
}
