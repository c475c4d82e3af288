import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../../scripts/lib/bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files a snippet's bundle is made of (from the sources), one per line. */
const bundleInputs = async (contents: string) =>
  (await bundle({ contents, resolveDir: root }, { source: true })).inputs.join('\n');

describe('browser bundles', () => {
  it('of fixture data carry no validator', async () => {
    const inputs = await bundleInputs(
      "import { getEvent, getProgramme, countryName } from './src/index.ts'; console.log(getEvent('unodc-webinar'), getProgramme('unodc-webinar'), countryName('CW', 'es'));",
    );
    expect(inputs).toContain('src/fixtures/events.ts');
    expect(inputs).not.toMatch(/zod/);
    expect(inputs).not.toMatch(/src\/schemas\//);
  });

  it('of a builder do carry zod, so the check above can fail', async () => {
    const inputs = await bundleInputs(
      "import { defineEvent } from './src/schemas.ts'; console.log(defineEvent);",
    );
    expect(inputs).toMatch(/zod/);
  });
});
