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

/** Throws `INVALID_INPUT` unless the options of a formatting call are an object. */
export function assertOptions(options: unknown): asserts options is object {
  if (options === null || typeof options !== 'object') {
    throw new CiteError(
      'INVALID_OPTION',
      'expected an options object with at least `style`, e.g. { style: "apa" }',
      { path: ['options'] },
    );
  }
}

/** The format and kind of a formatting call, defaults filled in, checked. */
export function resolveOutput(options: {
  readonly format?: OutputFormat;
  readonly kind?: CitationKind;
}): { readonly format: OutputFormat; readonly kind: CitationKind } {
  const { format = 'text', kind = 'bibliography' } = options;
  assertFormat(format, ['options', 'format']);
  assertKind(kind, ['options', 'kind']);
  return { format, kind };
}

/** Validates the options of `formatCitation`; unknown values are errors, never English. */
export function resolveOptions(options: FormatCitationOptions | undefined): ResolvedOptions {
  assertOptions(options);
  const { style, locale = 'en-US' } = options;
  assertStyle(style, ['options', 'style']);
  assertLocale(locale, ['options', 'locale']);
  return { style, locale, ...resolveOutput(options) };
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
