import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../test/error-code.js';
import { countryName, localCountryName } from './country-names.js';
import type { CountryId } from './ids.js';
import { getCountry } from './lookups.js';
import type { Country } from './types.js';

/**
 * The names a reader sees, typed out by hand from Unicode CLDR 48 (`main/<locale>/territories.json`
 * of npm `cldr-localenames-full`; pt-BR is CLDR's `pt`), the data `Intl.DisplayNames` reads in
 * Node.js 20, 22 and 24 (ICU 78, CLDR 48); CLDR 45 has the same names. The European Netherlands
 * (`netherlands`) has no ISO code and takes the name of `NL`. `countryName` gives the runtime's
 * name: should a later runtime's CLDR rename a country, update this table and the pinned
 * `cldr-localenames-full` together.
 */
const NAMES: Record<string, Record<CountryId, string>> = {
  es: {
    EC: 'Ecuador',
    PE: 'Perú',
    BR: 'Brasil',
    CO: 'Colombia',
    DO: 'República Dominicana',
    TT: 'Trinidad y Tobago',
    CW: 'Curazao',
    AW: 'Aruba',
    SX: 'Sint Maarten',
    NL: 'Países Bajos',
    netherlands: 'Países Bajos',
  },
  'es-419': {
    EC: 'Ecuador',
    PE: 'Perú',
    BR: 'Brasil',
    CO: 'Colombia',
    DO: 'República Dominicana',
    TT: 'Trinidad y Tobago',
    CW: 'Curazao',
    AW: 'Aruba',
    SX: 'Sint Maarten',
    NL: 'Países Bajos',
    netherlands: 'Países Bajos',
  },
  'pt-BR': {
    EC: 'Equador',
    PE: 'Peru',
    BR: 'Brasil',
    CO: 'Colômbia',
    DO: 'República Dominicana',
    TT: 'Trinidad e Tobago',
    CW: 'Curaçao',
    AW: 'Aruba',
    SX: 'Sint Maarten',
    NL: 'Países Baixos',
    netherlands: 'Países Baixos',
  },
  nl: {
    EC: 'Ecuador',
    PE: 'Peru',
    BR: 'Brazilië',
    CO: 'Colombia',
    DO: 'Dominicaanse Republiek',
    TT: 'Trinidad en Tobago',
    CW: 'Curaçao',
    AW: 'Aruba',
    SX: 'Sint-Maarten',
    NL: 'Nederland',
    netherlands: 'Nederland',
  },
  fr: {
    EC: 'Équateur',
    PE: 'Pérou',
    BR: 'Brésil',
    CO: 'Colombie',
    DO: 'République dominicaine',
    TT: 'Trinité-et-Tobago',
    CW: 'Curaçao',
    AW: 'Aruba',
    SX: 'Saint-Martin (partie néerlandaise)',
    NL: 'Pays-Bas',
    netherlands: 'Pays-Bas',
  },
};

const require = createRequire(import.meta.url);
const { defaultContent } = require('cldr-core/defaultContent.json') as { defaultContent: string[] };

/** CLDR's territory names for a locale; a default-content locale (pt-BR) is its parent's data. */
function cldrTerritories(locale: string): Record<string, string> {
  const data = defaultContent.includes(locale) ? locale.slice(0, locale.lastIndexOf('-')) : locale;
  const path = require.resolve(`cldr-localenames-full/main/${data}/territories.json`);
  return JSON.parse(readFileSync(path, 'utf8')).main[data].localeDisplayNames.territories;
}

describe('countryName', () => {
  it("keeps the press release's English spelling", () => {
    expect(countryName('TT', 'en')).toBe('Trinidad and Tobago');
    expect(countryName('TT', 'en-GB')).toBe('Trinidad and Tobago');
    expect(countryName('NL', 'en')).toBe('Kingdom of the Netherlands');
    expect(countryName('netherlands', 'en-US')).toBe('Netherlands');
  });

  it('gives the CLDR name in other languages', () => {
    for (const [locale, names] of Object.entries(NAMES)) {
      for (const [id, name] of Object.entries(names)) {
        expect(countryName(id as CountryId, locale), `${id} in ${locale}`).toBe(name);
      }
    }
    expect(countryName('CW', 'es')).not.toBe(countryName('CW', 'en'));
  });

  it("the expected names are CLDR's, as the CLDR data files spell them", () => {
    for (const [locale, names] of Object.entries(NAMES)) {
      const territories = cldrTerritories(locale);
      for (const [id, name] of Object.entries(names)) {
        const code = id === 'netherlands' ? 'NL' : id;
        expect(territories[code], `${id} in ${locale}`).toBe(name);
      }
    }
  });

  it('rejects locales the runtime does not know, never falling back to English', () => {
    expect(errorCode(() => countryName('CW', 'not a locale'))).toBe('UNKNOWN_LOCALE');
    expect(errorCode(() => countryName('CW', 'zz'))).toBe('UNKNOWN_LOCALE');
    expect(errorCode(() => countryName('CW', ''))).toBe('UNKNOWN_LOCALE');
    expect(errorCode(() => countryName('CW', 42 as never))).toBe('UNKNOWN_LOCALE');
  });

  it('rejects unknown countries', () => {
    expect(errorCode(() => countryName('XX' as never, 'es'))).toBe('UNKNOWN_ID');
  });
});

describe('localCountryName', () => {
  const peru: Country = {
    id: 'PE',
    name: 'Peru',
    status: 'sovereign-state',
    iso3166: { alpha2: 'PE', alpha3: 'PER', numeric: '604' },
  };

  it("names any record with an ISO code, a user's as the fixtures'", () => {
    expect(localCountryName(peru, 'es')).toBe(cldrTerritories('es').PE);
    expect(localCountryName(peru, 'pt-BR')).toBe(cldrTerritories('pt').PE);
    for (const [locale, names] of Object.entries(NAMES)) {
      for (const [id, name] of Object.entries(names)) {
        expect(localCountryName(getCountry(id as CountryId), locale), `${id} in ${locale}`).toBe(
          name,
        );
      }
    }
  });

  it('names no record without a code of its own but the European Netherlands', () => {
    const scotland: Country = {
      id: 'scotland',
      name: 'Scotland',
      status: 'constituent-country',
      partOf: 'GB',
    };
    // The United Kingdom's name would be wrong for Scotland: none is given.
    expect(localCountryName(scotland, 'es')).toBeUndefined();
    expect(localCountryName(getCountry('netherlands'), 'es')).toBe(cldrTerritories('es').NL);
  });

  it("gives nothing in English, the record's own language", () => {
    expect(localCountryName(peru, 'en')).toBeUndefined();
    expect(localCountryName(peru, 'en-GB')).toBeUndefined();
  });
});
