/**
 * Citations and disclaimers for the TRACK4TIP press release, the webinar and the programme:
 * CSL-JSON (`toCsl`), precomputed citations in APA, MLA, Chicago, Harvard, IEEE and Vancouver made
 * at build time by citeproc-js with the official CSL styles and locales (`formatCitation`),
 * BibTeX, BibLaTeX and RIS writers, and funding disclaimers. This entry point loads no citation
 * engine and no validator; runtime formatting of your own entities is in `@track4tip/cite/engine`.
 *
 * @packageDocumentation
 */

export { formatCitation } from './citation/format.js';
export type {
  CitationFormats,
  FormatCitationOptions,
  FormattedCitation,
  PrecomputedCitations,
} from './citation/types.js';
export { type EventKind, ITEM_TERMS, type ItemTerms } from './csl/terms.js';
export {
  type CitableEntity,
  type CitationTitle,
  type TitleSource,
  type ToCslOptions,
  toCsl,
} from './csl/to-csl.js';
export type {
  CslData,
  CslDataDate,
  CslDataName,
  CslDataType,
  CslDate,
  CslDateVariable,
  CslItem,
  CslItemType,
  CslName,
  CslNameVariable,
  CslTextVariable,
} from './csl/types.js';
export { formatDisclaimer } from './disclaimer/format.js';
export type {
  DisclaimerKind,
  DisclaimerMedium,
  DisclaimerSource,
  FormatDisclaimerOptions,
  FormattedDisclaimer,
} from './disclaimer/types.js';
export { CiteError, type CiteErrorCode } from './errors.js';
export { escapeLatex, toBibLaTeX, toBibTeX } from './export/bibtex.js';
export { toCslJson } from './export/csl-json.js';
export { toRis } from './export/ris.js';
export type { ExportOptions } from './export/shared.js';
export * from './generated/citations/index.js';
export {
  CITATION_KINDS,
  CITATION_LOCALES,
  CITATION_STYLES,
  type CitationKind,
  type CitationLocale,
  type CitationStyle,
  OUTPUT_FORMATS,
  type OutputFormat,
} from './styles/catalog.js';
