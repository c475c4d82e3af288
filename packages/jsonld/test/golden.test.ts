import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { serialize, toJsonLd, toScriptTag } from '../src/index.js';
import { BASE } from './helpers.js';

// Reviewed by hand against the press release: names, titles and relations as printed, nothing
// invented (no event name, URL, time, status; no award type or amount; no headline or author).
describe('golden output', () => {
  it('full fixture graph', async () => {
    const graph = toJsonLd(fixtures, { baseUrl: BASE });
    await expect(`${JSON.stringify(graph, null, 2)}\n`).toMatchFileSnapshot(
      '__snapshots__/fixtures.jsonld.snap',
    );
  });

  it('script tag for the webinar page', async () => {
    const tag = toScriptTag(
      toJsonLd(fixtures, { baseUrl: BASE, include: [{ type: 'event', id: 'unodc-webinar' }] }),
      { nonce: 'r4nd0m' },
    );
    await expect(`${tag}\n`).toMatchFileSnapshot('__snapshots__/webinar-page.html.snap');
  });

  // The same bytes in every process, time zone and locale: determinism.test.ts.
  it('serialises to the reviewed graph, compact, in its key order', () => {
    const golden = readFileSync(
      join(import.meta.dirname, '__snapshots__/fixtures.jsonld.snap'),
      'utf8',
    );
    // The reviewed file has no character serialize escapes (<, >, &, U+2028, U+2029).
    expect(golden).not.toMatch(/[<>&\u2028\u2029]/);
    expect(serialize(toJsonLd(fixtures, { baseUrl: BASE }))).toBe(
      JSON.stringify(JSON.parse(golden)),
    );
  });
});
