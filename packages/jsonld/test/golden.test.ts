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

  it('serialises byte-identically on every call', () => {
    const once = serialize(toJsonLd(fixtures, { baseUrl: BASE }));
    for (let i = 0; i < 3; i += 1)
      expect(serialize(toJsonLd(fixtures, { baseUrl: BASE }))).toBe(once);
  });
});
