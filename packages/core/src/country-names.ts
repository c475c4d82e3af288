import { CoreError } from './errors.js';
import { countries } from './fixtures/countries.js';
import type { CountryId } from './ids.js';
import type { Country } from './types.js';

/**
 * Whether a value is a canonical BCP 47 tag of a locale this JavaScript runtime has names for
 * (what {@link countryName} accepts). `toJsonLd`'s `inLanguage` is checked with it.
 *
 * @param locale - Any value.
 * @returns `true` for a tag such as `es`, `pt-BR` or `nl`; `false` for `xx` or `pt-br`.
 * @example
 * ```ts
 * import { isSupportedLocale } from '@track4tip/core';
 * isSupportedLocale('pt-BR'); // true
 * isSupportedLocale('xx'); // false
 * ```
 */
export function isSupportedLocale(locale: unknown): locale is string {
  return typeof locale === 'string' && canonicalLocale(locale) === locale;
}

function canonicalLocale(locale: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
  if (canonical === undefined || Intl.DisplayNames.supportedLocalesOf([canonical]).length === 0) {
    return undefined;
  }
  return canonical;
}

/** Canonical form of a supported locale tag, or a `CoreError` with code `UNKNOWN_LOCALE`. */
export function resolveLocale(locale: string): string {
  const canonical = typeof locale === 'string' ? canonicalLocale(locale) : undefined;
  if (canonical === undefined) {
    throw new CoreError(
      'UNKNOWN_LOCALE',
      `${JSON.stringify(locale)} is not a locale this JavaScript runtime knows; use a BCP 47 tag such as "es", "pt-BR" or "nl"`,
      { path: ['locale'] },
    );
  }
  return canonical;
}

/**
 * The name of a fixture country in a language. English locales give the press release's own
 * spelling (e.g. "Trinidad and Tobago"); other locales give the runtime's `Intl.DisplayNames` name
 * for the ISO code, so the wording follows the runtime's CLDR version. The European Netherlands has
 * no ISO code of its own: outside English it takes the name of `NL`.
 *
 * @param id - The country's id (ISO 3166-1 alpha-2, or `netherlands`).
 * @param locale - A BCP 47 locale such as `es`, `pt-BR`, `nl`.
 * @returns The localised name.
 * @throws `CoreError` with code `UNKNOWN_LOCALE` for a locale the runtime does not know,
 *   `UNKNOWN_ID` for an unknown country.
 * @example
 * ```ts
 * import { countryName } from '@track4tip/core';
 * countryName('TT', 'en'); // "Trinidad and Tobago"
 * countryName('BR', 'es'); // "Brasil"
 * ```
 */
export function countryName(id: CountryId, locale: string): string {
  const canonical = resolveLocale(locale);
  if (typeof id !== 'string' || !Object.hasOwn(countries, id)) {
    throw new CoreError(
      'UNKNOWN_ID',
      `there is no country with id ${JSON.stringify(id)}; use one of ${Object.keys(countries).join(', ')}`,
      { path: ['id'] },
    );
  }
  return localCountryName(countries[id], canonical) ?? countries[id].name;
}

/**
 * The name of any country record (the fixtures' or a user's) in a language other than English,
 * from the runtime's CLDR data (`Intl.DisplayNames`) for its ISO 3166-1 alpha-2 code. The European
 * Netherlands (id `netherlands`, part of `NL`), which has no code of its own, takes the name of
 * `NL`; no other record without a code is named (a part of a country is not the country).
 * `undefined` for an English locale (the record's own name is the English one) and for a country
 * no code names.
 *
 * @param country - The record: its `iso3166` code is read.
 * @param locale - A canonical BCP 47 tag the runtime knows (see {@link isSupportedLocale}).
 * @returns The localised name, or `undefined`.
 * @example
 * ```ts
 * import { type Country, localCountryName } from '@track4tip/core';
 * const peru: Country = {
 *   id: 'PE',
 *   name: 'Peru',
 *   status: 'sovereign-state',
 *   iso3166: { alpha2: 'PE', alpha3: 'PER', numeric: '604' },
 * };
 * localCountryName(peru, 'es'); // "Perú"
 * localCountryName(peru, 'en-GB'); // undefined: the record's own name is the English one
 * ```
 */
export function localCountryName(
  country: Pick<Country, 'id' | 'iso3166' | 'partOf'>,
  locale: string,
): string | undefined {
  if (new Intl.Locale(locale).language === 'en') return undefined;
  const code =
    country.iso3166?.alpha2 ??
    (country.id === 'netherlands' && country.partOf === 'NL' ? 'NL' : undefined);
  if (code === undefined) return undefined;
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
}
