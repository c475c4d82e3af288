import type { Award, Organization } from '@track4tip/core';
import type { CitationLocale, OutputFormat } from '../styles/catalog.js';

/** Where a funding acknowledgement appears; its wording names the medium. */
export type DisclaimerMedium =
  | 'press-release'
  | 'publication'
  | 'website'
  | 'video'
  | 'event-materials'
  | 'social-media';

/** `funding`: the award acknowledgement; `designations`: UNODC's disclaimer for publications. */
export type DisclaimerKind = 'funding' | 'designations';

/** Options of {@link formatDisclaimer}. */
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

/** Where a disclaimer's wording comes from. */
export interface DisclaimerSource {
  /** What the source is. */
  readonly title: string;
  /** Where to read it, when known. */
  readonly url?: string;
}

/** A formatted disclaimer. */
export interface FormattedDisclaimer {
  /** The disclaimer in the requested language and format. */
  readonly value: string;
  /** The English original in the same format (equal to `value` for English). */
  readonly original: string;
  /** The language of `value`. */
  readonly locale: CitationLocale;
  /**
   * `'source'`: exactly as printed in the source; `'adapted'`: the source's wording with another
   * medium named; `'unofficial-translation'`: our translation, not an official text.
   */
  readonly wording: 'source' | 'adapted' | 'unofficial-translation';
  /** For translations, a notice saying so (in the translation's language); absent for English. */
  readonly notice?: string;
  /** Where the English wording comes from. */
  readonly source: DisclaimerSource;
}
