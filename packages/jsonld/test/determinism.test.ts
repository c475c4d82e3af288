import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtures } from '@track4tip/core';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { serialize, toJsonLd } from '../src/index.js';
import { BASE } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'track4tip-jsonld-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SCRIPT = `
import { fixtures } from '@track4tip/core';
import { serialize, toJsonLd } from '@track4tip/jsonld';
const base = ${JSON.stringify(BASE)};
process.stdout.write(serialize(toJsonLd(fixtures, { baseUrl: base })) + '\\n');
process.stdout.write(serialize(toJsonLd(fixtures, { baseUrl: base, locale: 'es', include: [{ type: 'event', id: 'unodc-webinar' }] })) + '\\n');
`;

describe('byte-identical output across time zones and locales', () => {
  it('prints the same bytes in child processes with different TZ, LANG and LC_ALL', async () => {
    const outfile = join(work, 'print.mjs');
    // A Node script for the child processes, not a size measurement (sizes: scripts/lib/bundle.mjs).
    await build({
      stdin: { contents: SCRIPT, resolveDir: join(here, '..'), loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      conditions: ['@track4tip/source'],
      outfile,
      logLevel: 'error',
    });
    const expected = `${serialize(toJsonLd(fixtures, { baseUrl: BASE }))}\n${serialize(
      toJsonLd(fixtures, {
        baseUrl: BASE,
        locale: 'es',
        include: [{ type: 'event', id: 'unodc-webinar' }],
      }),
    )}\n`;
    const environments = [
      { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      { TZ: 'America/Caracas', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
      { TZ: 'Pacific/Pago_Pago', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
    ];
    for (const env of environments) {
      const output = execFileSync(process.execPath, [outfile], {
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
      expect(output, JSON.stringify(env)).toBe(expected);
    }
  });
});
