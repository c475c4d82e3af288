import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import { fixtures, getAward, getEvent } from '@track4tip/core';
import { toJsonLd } from '@track4tip/jsonld';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('track4tip (no command) and track4tip show', () => {
  it("prints the webinar's graph, its citation and its disclaimer", async () => {
    const out = await cli([]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const graph = toJsonLd(fixtures, {
      baseUrl: 'https://example.org/',
      include: [{ type: 'event', id: 'unodc-webinar' }],
    });
    expect(out.stdout).toContain(JSON.stringify(graph, null, 2));
    expect(out.stdout).toContain(formatCitation(getEvent('unodc-webinar'), { style: 'apa' }).value);
    expect(out.stdout).toContain(formatDisclaimer({ award: getAward('SSJTIP19CA0027') }).value);
    expect((await cli(['show'])).stdout).toBe(out.stdout);
  });

  it('uses --base-url for the @ids', async () => {
    const out = await cli(['show', '--base-url', 'https://www.example.net/']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('"@id": "https://www.example.net/#/schema/event/unodc-webinar"');
  });

  it('exits with 1 for a relative --base-url', async () => {
    const out = await cli(['show', '--base-url', 'example.org']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('--base-url');
    expect(out.stdout).toBe('');
  });

  it('exits with 2 on an unknown command, listing the commands', async () => {
    const out = await cli(['jsnold']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("unknown command 'jsnold'; use one of show, jsonld, cite");
  });
});
