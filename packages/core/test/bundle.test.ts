import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@track4tip/source'],
    write: false,
    metafile: true,
  });
  return Object.keys(result.metafile.inputs).join('\n');
}

describe('browser bundles', () => {
  it('of fixture data carry no validator', async () => {
    const inputs = await bundle(
      "import { getEvent, getProgramme, countryName } from './src/index.ts'; console.log(getEvent('unodc-webinar'), getProgramme('unodc-webinar'), countryName('CW', 'es'));",
    );
    expect(inputs).toContain('src/fixtures/events.ts');
    expect(inputs).not.toMatch(/zod/);
    expect(inputs).not.toMatch(/src\/schemas\//);
  });

  it('of a builder do carry zod, so the check above can fail', async () => {
    const inputs = await bundle(
      "import { defineEvent } from './src/schemas.ts'; console.log(defineEvent);",
    );
    expect(inputs).toMatch(/zod/);
  });
});
