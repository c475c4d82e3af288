import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSnippet, gzipSize as gzipped } from '../../../test/support/bundle.js';

const bundle = async (contents: string) =>
  (await bundleSnippet(contents, join(import.meta.dirname, '..'))).code;

// Measured 2026-11-28 with esbuild 0.28 (min+gzip, level 9):
// - runtime snippet (toJsonLd + toScriptTag over `fixtures`): 10,484 B, of which ~5.4 kB is the
//   fixture data of @track4tip/core (with provenance) and the rest serialisers + escaping;
// - precomputed snippet (webinarPage + pageScriptTag): 3,875 B, of which ~2.9 kB is the page's
//   JSON-LD itself (its floor: 2,880 B gzip for base https://www.unodc.org/) and ~1 kB the code
//   that checks the base URL and nonce and escapes.
// 2026-12-03: the runtime snippet grew to 12,979 B with the checks of every value a publisher can
// supply (URLs, date-times with offset, status and offer enums, "did you mean" for ids), the venue
// and offer nodes, and the rule that keeps incomplete events off a page.
// The budgets leave little headroom, so growth is a deliberate change.
const RUNTIME_BUDGET = 13_300;
const PAGE_BUDGET = 4_000;

describe('bundle', () => {
  it('keeps the webinar script-tag snippet small, without zod, vocabulary or schema-dts', async () => {
    const code = await bundle(`
      import { fixtures } from '@track4tip/core';
      import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
      export const html = toScriptTag(toJsonLd(fixtures, {
        baseUrl: 'https://www.example.org/',
        include: [{ type: 'event', id: 'unodc-webinar' }],
      }));
    `);
    const size = gzipped(code);
    console.info(`webinar snippet: ${code.length} B minified, ${size} B min+gzip`);
    expect(size).toBeLessThan(RUNTIME_BUDGET);
    expect(code).not.toMatch(/zod|ZodError|AMRadioChannel|schema-dts/);
  });

  it('keeps the precomputed webinar snippet to its page text and a little code', async () => {
    const code = await bundle(`
      import { webinarPage, pageScriptTag } from '@track4tip/jsonld';
      document.head.insertAdjacentHTML('beforeend', pageScriptTag(webinarPage, { baseUrl: 'https://www.unodc.org/' }));
    `);
    const size = gzipped(code);
    console.info(`precomputed webinar snippet: ${code.length} B minified, ${size} B min+gzip`);
    expect(size).toBeLessThan(PAGE_BUDGET);
    // No serialisers, no fixture data and no other page.
    expect(code).not.toMatch(
      /zod|schema-dts|ID_COLLISION|DANGLING_REFERENCE|NewsArticle|SSJTIP19CA0027/,
    );
  });

  it('is import-inert: importing the entry point for side effects bundles to nothing', async () => {
    expect((await bundle(`import '@track4tip/jsonld';`)).trim()).toBe('');
  });

  it('keeps serialize/toScriptTag alone tiny', async () => {
    const code = await bundle(`export { toScriptTag } from '@track4tip/jsonld';`);
    expect(gzipped(code)).toBeLessThan(600);
  });
});
