import { isHttpUrl, isSupportedLocale } from '@track4tip/core';
import { HeadError } from '../errors.js';
import type { HeadOptions, PageAlternate, PageImage } from '../types.js';

/** Where an option is: `['options', 'image', 'url']`. */
type Path = readonly (string | number)[];

function fail(path: Path, message: string): never {
  throw new HeadError('INVALID_OPTION', message, { path });
}

export function checkUrl(value: unknown, path: Path): string {
  if (!isHttpUrl(value)) {
    fail(path, 'expected an absolute http(s) URL, e.g. "https://www.example.org/en/webinar.html"');
  }
  return value;
}

/**
 * A BCP 47 tag in canonical form, e.g. `es-ES`, that the runtime knows, or `UNKNOWN_LOCALE`: the
 * rule and the code of `locale` in core and `@track4tip/jsonld` (core's `isSupportedLocale`), so
 * a tag this package accepts is never refused further down under another package's option name.
 */
export function checkLanguage(value: unknown, path: Path): string {
  if (typeof value === 'string' && value !== '') {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (isSupportedLocale(canonical)) return canonical;
    } catch {
      // reported below
    }
  }
  throw new HeadError(
    'UNKNOWN_LOCALE',
    `${JSON.stringify(value)} is not a locale this JavaScript runtime knows; use a BCP 47 tag such as "en", "es" or "es-ES"`,
    { path },
  );
}

function checkText(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'expected non-empty text');
  return value;
}

function checkImage(value: PageImage, path: Path): PageImage {
  if (value === null || typeof value !== 'object') fail(path, 'expected { url, alt? }');
  return {
    url: checkUrl(value.url, [...path, 'url']),
    ...(value.alt === undefined ? {} : { alt: checkText(value.alt, [...path, 'alt']) }),
  };
}

function checkAlternate(value: PageAlternate, path: Path): PageAlternate {
  if (value === null || typeof value !== 'object')
    fail(path, 'expected { language, locale?, url }');
  // Google's `hreflang="x-default"`: the page for languages no other alternate matches (a
  // language selector); no language of its own, so no locale either.
  if (value.language === 'x-default') {
    if (value.locale !== undefined) {
      fail([...path, 'locale'], 'the x-default page has no locale: leave `locale` out');
    }
    return { language: 'x-default', url: checkUrl(value.url, [...path, 'url']) };
  }
  return {
    language: checkLanguage(value.language, [...path, 'language']),
    ...(value.locale === undefined
      ? {}
      : { locale: checkLanguage(value.locale, [...path, 'locale']) }),
    url: checkUrl(value.url, [...path, 'url']),
  };
}

/** The options, checked, with languages in canonical form. */
export function checkOptions(options: HeadOptions): HeadOptions {
  if (options === null || typeof options !== 'object') {
    fail(['options'], 'expected an options object with { url, language }');
  }
  const { baseUrl, locale, siteName, description, image, alternates } = options;
  if (alternates !== undefined && !Array.isArray(alternates)) {
    fail(['options', 'alternates'], 'expected a list of { language, locale?, url }');
  }
  return {
    url: checkUrl(options.url, ['options', 'url']),
    ...(baseUrl === undefined ? {} : { baseUrl: checkUrl(baseUrl, ['options', 'baseUrl']) }),
    language: checkLanguage(options.language, ['options', 'language']),
    ...(locale === undefined ? {} : { locale: checkLanguage(locale, ['options', 'locale']) }),
    ...(siteName === undefined ? {} : { siteName: checkText(siteName, ['options', 'siteName']) }),
    ...(description === undefined
      ? {}
      : { description: checkText(description, ['options', 'description']) }),
    ...(image === undefined ? {} : { image: checkImage(image, ['options', 'image']) }),
    ...(alternates === undefined
      ? {}
      : {
          alternates: alternates.map((alternate, index) =>
            checkAlternate(alternate, ['options', 'alternates', index]),
          ),
        }),
  };
}
