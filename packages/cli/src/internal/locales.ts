import { CITATION_LOCALES, type CitationLocale } from '@track4tip/cite';
import { InvalidInput } from './io.js';

const languageOf = (locale: string): string => locale.slice(0, locale.indexOf('-'));

/** A language alone stands for its first locale in the library's list (`es` is `es-ES`). */
const LANGUAGES: ReadonlyMap<string, CitationLocale> = new Map(
  [...CITATION_LOCALES].reverse().map((locale) => [languageOf(locale), locale]),
);

/** Every value `--locale` accepts: the library's locales, then each language alone. */
export const CLI_LOCALES: readonly string[] = Object.freeze([
  ...CITATION_LOCALES,
  ...new Set(CITATION_LOCALES.map(languageOf)),
]);

/** What one `--locale` value means to each library. */
export interface ResolvedLocale {
  /** The tag as the user wrote it, in canonical case (`es`, `pt-BR`): the page language. */
  readonly tag: string;
  /** The citation and disclaimer locale it selects (`es` selects `es-ES`). */
  readonly citation: CitationLocale;
}

/**
 * Resolves a `--locale` value; the same list is accepted by every command, and anything else is
 * an `UNKNOWN_LOCALE` error that lists it (never a silent fallback to English).
 */
export function resolveLocale(value: string, option = '--locale'): ResolvedLocale {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value)[0];
  } catch {
    tag = undefined;
  }
  const citation =
    tag === undefined
      ? undefined
      : (CITATION_LOCALES as readonly string[]).includes(tag)
        ? (tag as CitationLocale)
        : LANGUAGES.get(tag);
  if (tag === undefined || citation === undefined) {
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'UNKNOWN_LOCALE',
        path: option,
        message: `unsupported locale ${JSON.stringify(value)}; use one of ${CLI_LOCALES.join(', ')}`,
      },
    ]);
  }
  return { tag, citation };
}
