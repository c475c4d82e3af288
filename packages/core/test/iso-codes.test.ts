// The ISO code lists are generated from Unicode CLDR (the pinned `cldr-core` dev dependency):
// regenerating them must give the committed file, byte for byte.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { isCountryCode, isCurrencyCode } from '../src/rules.js';

const script = resolve(import.meta.dirname, '../scripts/iso-codes.mjs');

it('are what the generator makes from CLDR now (run `pnpm --filter @track4tip/core generate`)', () => {
  expect(() =>
    execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});

it('hold the 249 countries of ISO 3166-1 and no grouping, private or withdrawn code', () => {
  for (const code of ['EC', 'PE', 'CW', 'AW', 'SX', 'BQ', 'AQ', 'UM'])
    expect(isCountryCode(code)).toBe(true);
  for (const code of ['EU', 'UN', 'ZZ', 'XK', 'QO', 'AN', 'YU', 'SU', 'AC', 'IC']) {
    expect(isCountryCode(code), code).toBe(false);
  }
  for (const code of ['USD', 'EUR', 'PEN', 'BRL', 'TTD', 'XCG'])
    expect(isCurrencyCode(code)).toBe(true);
  for (const code of ['ANG', 'VEF', 'ZWL', 'usd', 'US$'])
    expect(isCurrencyCode(code), code).toBe(false);
});
