import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSnippet, gzipSize as gzipped } from '../../../test/support/bundle.js';

const bundle = async (contents: string) =>
  (await bundleSnippet(contents, join(import.meta.dirname, '..'))).code;

// Measured 2026-12-04 with esbuild 0.28 (min+gzip, level 9): the head of the press release page,
// over `fixtures`, is 19,583 B, of which ~13 kB is what toJsonLd and the fixture data cost alone
// (jsonld's runtime snippet, 12,979 B) and the rest cite's toCsl (with its genre words in every
// citation locale), the tags and their escaping; the adapters alone are 827 B. The budgets leave
// little headroom, so growth is a deliberate change.
const HEAD_BUDGET = 20_000;
const ADAPTERS_BUDGET = 1_200;

describe('bundle', () => {
  it('keeps a page head (headFor + renderHead + coinsSpan) within its budget, without citeproc or zod', async () => {
    const code = await bundle(`
      import { fixtures } from '@track4tip/core';
      import { coinsSpan, headFor, renderHead } from '@track4tip/head';
      const head = headFor(fixtures, { type: 'press-release', id: 'unodc-press-release-2021-02-01' }, {
        url: 'https://www.example.org/en/press-release.html', language: 'en',
      });
      export const html = renderHead(head) + coinsSpan(head.citation);
    `);
    const size = gzipped(code);
    console.info(`page head snippet: ${code.length} B minified, ${size} B min+gzip`);
    expect(size).toBeLessThan(HEAD_BUDGET);
    expect(code).toContain('citation_title');
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError|schema-dts/);
  });

  it('keeps the adapters alone tiny', async () => {
    const code = await bundle(
      `export { toNextMetadata, toNextJsonLd, toUnhead } from '@track4tip/head';`,
    );
    const size = gzipped(code);
    console.info(`adapters: ${size} B min+gzip`);
    expect(size).toBeLessThan(ADAPTERS_BUDGET);
  });

  it('is import-inert: importing the entry point for side effects bundles to nothing', async () => {
    expect((await bundle(`import '@track4tip/head';`)).trim()).toBe('');
  });
});
