import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSnippet } from '../../../test/support/bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files a snippet's bundle is made of, one per line. */
const bundle = async (contents: string) => (await bundleSnippet(contents, root)).inputs.join('\n');

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
