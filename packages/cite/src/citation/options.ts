import type { ToCslOptions } from '../csl/to-csl.js';
import { CiteError } from '../errors.js';
import {
  assertFormat,
  assertKind,
  assertLocale,
  assertStyle,
  type CitationKind,
  type CitationLocale,
  type CitationStyle,
  type OutputFormat,
} from '../styles/catalog.js';
import type { FormatCitationOptions } from './types.js';

/** Options with every default filled in, validated. */
export interface ResolvedOptions {
  readonly style: CitationStyle;
  readonly locale: CitationLocale;
  readonly format: OutputFormat;
  readonly kind: CitationKind;
}

/** Validates the options of `formatCitation`; unknown values are errors, never English. */
export function resolveOptions(options: FormatCitationOptions | undefined): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new CiteError(
      'INVALID_INPUT',
      'options',
      'expected an options object with at least `style`, e.g. { style: "apa" }',
    );
  }
  const { style, locale = 'en-US', format = 'text', kind = 'bibliography' } = options;
  assertStyle(style, 'options.style');
  assertLocale(locale, 'options.locale');
  assertFormat(format, 'options.format');
  assertKind(kind, 'options.kind');
  return { style, locale, format, kind };
}

/** The `toCsl` options a citation's options imply (the style only when the item is made for one). */
export function itemOptions(
  options: Omit<FormatCitationOptions, 'style'>,
  locale: CitationLocale,
  style?: CitationStyle,
): ToCslOptions {
  return {
    locale,
    ...(style === undefined ? {} : { style }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.organizations === undefined ? {} : { organizations: options.organizations }),
    ...(options.people === undefined ? {} : { people: options.people }),
    ...(options.accessed === undefined ? {} : { accessed: options.accessed }),
  };
}
