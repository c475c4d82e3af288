/**
 * Cross-checks the countries' enrichment against Unicode CLDR (npm `cldr-core`, pinned), an
 * independent registry source: ISO codes, M49 containment and official languages.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countries } from '../src/fixtures/countries.js';

const require = createRequire(import.meta.url);
const { supplemental: codes } = require('cldr-core/supplemental/codeMappings.json');
const { supplemental: containment } = require('cldr-core/supplemental/territoryContainment.json');
const { supplemental: info } = require('cldr-core/supplemental/territoryInfo.json');

const withIso = Object.values(countries).filter((country) => country.iso3166);

/** Whether CLDR lists `code` inside `container`, in its main tree or in one of its groupings. */
function contains(container: string, code: string): boolean {
  return Object.entries<{ _contains?: string[] }>(containment.territoryContainment).some(
    ([key, entry]) =>
      (key === container || key.startsWith(`${container}-status-`)) &&
      (entry._contains?.includes(code) ?? false),
  );
}

describe('countries against CLDR', () => {
  it('have the alpha-3 and numeric codes CLDR maps the alpha-2 code to', () => {
    for (const country of withIso) {
      const mapping = codes.codeMappings[country.id];
      expect(country.iso3166?.alpha3, country.id).toBe(mapping._alpha3);
      expect(country.iso3166?.numeric, country.id).toBe(mapping._numeric);
    }
  });

  it('sit in the M49 areas that contain them', () => {
    for (const country of withIso) {
      const m49 = country.m49;
      if (!m49) throw new Error(`${country.id} has no M49 data`);
      const innermost = m49.intermediateRegion ?? m49.subRegion;
      expect(contains(innermost.code, country.id), country.id).toBe(true);
      if (m49.intermediateRegion) {
        expect(contains(m49.subRegion.code, m49.intermediateRegion.code)).toBe(true);
      }
      expect(contains(m49.region.code, m49.subRegion.code), country.id).toBe(true);
    }
  });

  it('list exactly the languages CLDR marks official', () => {
    for (const country of withIso) {
      const population = info.territoryInfo[country.id].languagePopulation as Record<
        string,
        { _officialStatus?: string }
      >;
      const official = Object.entries(population)
        .filter(([, entry]) => entry._officialStatus === 'official')
        .map(([language]) => language)
        .sort();
      expect([...(country.officialLanguages ?? [])].sort(), country.id).toEqual(official);
    }
  });
});
