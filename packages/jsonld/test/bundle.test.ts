import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle as bundleSnippet } from '../../../scripts/lib/bundle.mjs';

// What a page's bundle contains, from the sources. The sizes of the same snippets (the webinar's
// script tag from the fixtures, the precomputed page, toScriptTag alone) are budgets in
// bench/src/jobs.mjs, checked from the built packages by bench/test/size-budget.test.ts.
const bundle = async (contents: string) =>
  (await bundleSnippet({ contents, resolveDir: join(import.meta.dirname, '..') }, { source: true }))
    .code;

describe('bundle', () => {
  it('bundles the webinar script-tag snippet without zod, vocabulary or schema-dts', async () => {
    const code = await bundle(`
      import { fixtures } from '@track4tip/core';
      import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
      export const html = toScriptTag(toJsonLd(fixtures, {
        baseUrl: 'https://www.example.org/',
        include: [{ type: 'event', id: 'unodc-webinar' }],
      }));
    `);
    expect(code).not.toMatch(/zod|ZodError|AMRadioChannel|schema-dts/);
  });

  it('bundles the precomputed webinar snippet to its page text and a little code', async () => {
    const code = await bundle(`
      import { webinarPage, pageScriptTag } from '@track4tip/jsonld';
      document.head.insertAdjacentHTML('beforeend', pageScriptTag(webinarPage, { baseUrl: 'https://www.unodc.org/' }));
    `);
    // No serialisers, no fixture data and no other page.
    expect(code).not.toMatch(
      /zod|schema-dts|DUPLICATE_ID|DANGLING_REFERENCE|NewsArticle|SSJTIP19CA0027/,
    );
  });

  it('is import-inert: importing the entry point for side effects bundles to nothing', async () => {
    expect((await bundle(`import '@track4tip/jsonld';`)).trim()).toBe('');
  });
});
