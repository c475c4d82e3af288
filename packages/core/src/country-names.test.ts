import { describe, expect, it } from 'vitest';
import { errorCode } from '../test/error-code.js';
import { countryName } from './country-names.js';
import { COUNTRY_IDS } from './ids.js';

describe('countryName', () => {
  it("keeps the press release's English spelling", () => {
    expect(countryName('TT', 'en')).toBe('Trinidad and Tobago');
    expect(countryName('TT', 'en-GB')).toBe('Trinidad and Tobago');
    expect(countryName('NL', 'en')).toBe('Kingdom of the Netherlands');
    expect(countryName('netherlands', 'en-US')).toBe('Netherlands');
  });

  it("gives the runtime's CLDR name in other languages", () => {
    for (const locale of ['es', 'es-419', 'pt-BR', 'nl', 'fr']) {
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const id of COUNTRY_IDS) {
        const expected = names.of(id === 'netherlands' ? 'NL' : id);
        expect(countryName(id, locale), `${id} in ${locale}`).toBe(expected);
      }
    }
    expect(countryName('CW', 'es')).not.toBe(countryName('CW', 'en'));
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
