import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle as bundleSnippet } from '../../../scripts/lib/bundle.mjs';

// What a page's bundle contains, from the sources. The sizes of the same snippets (the page head,
// the adapters alone) are budgets in bench/src/jobs.mjs, checked from the built packages by
// bench/test/size-budget.test.ts.
const bundle = async (contents: string) =>
  (await bundleSnippet({ contents, resolveDir: join(import.meta.dirname, '..') }, { source: true }))
    .code;

describe('bundle', () => {
  it('bundles a page head (headFor + renderHead + coinsSpan) without citeproc or zod', async () => {
    const code = await bundle(`
      import { fixtures } from '@track4tip/core';
      import { coinsSpan, headFor, renderHead } from '@track4tip/head';
      const head = headFor(fixtures, { type: 'press-release', id: 'unodc-press-release-2021-02-01' }, {
        url: 'https://www.example.org/en/press-release.html', language: 'en',
      });
      export const html = renderHead(head) + coinsSpan(head.citation);
    `);
    expect(code).toContain('citation_title');
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError|schema-dts/);
  });

  it('is import-inert: importing the entry point for side effects bundles to nothing', async () => {
    expect((await bundle(`import '@track4tip/head';`)).trim()).toBe('');
  });
});
