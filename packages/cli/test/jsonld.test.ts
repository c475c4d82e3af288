import { fixtures } from '@track4tip/core';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const BASE = 'https://www.example.org/sdk/';

describe('track4tip jsonld', () => {
  it("prints the library's graph for the named entities", async () => {
    const out = await cli(['jsonld', 'unodc-webinar', '--base-url', BASE]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const expected = toJsonLd(fixtures, {
      baseUrl: BASE,
      include: [{ type: 'event', id: 'unodc-webinar' }],
    });
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it('prints the whole graph when no entity is named, and accepts type:id', async () => {
    const all = await cli(['jsonld', '--base-url', BASE]);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual(toJsonLd(fixtures, { baseUrl: BASE }));
    const typed = await cli(['jsonld', 'country:CW', '--base-url', BASE]);
    expect(JSON.parse(typed.stdout)).toEqual(
      toJsonLd(fixtures, { baseUrl: BASE, include: [{ type: 'country', id: 'CW' }] }),
    );
  });

  it('passes --locale to the graph as the page language', async () => {
    const out = await cli(['jsonld', 'track4tip', '--locale', 'es', '--base-url', BASE]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(
      toJsonLd(fixtures, {
        baseUrl: BASE,
        locale: 'es',
        include: [{ type: 'initiative', id: 'track4tip' }],
      }),
    );
  });

  it('prints a ready script tag with --script', async () => {
    const out = await cli(['jsonld', 'unodc-webinar', '--script', '--base-url', BASE]);
    expect(out.code).toBe(0);
    const graph = toJsonLd(fixtures, {
      baseUrl: BASE,
      include: [{ type: 'event', id: 'unodc-webinar' }],
    });
    expect(out.stdout).toBe(`${toScriptTag(graph)}\n`);
  });

  it('exits with 1 and names the argument for an unknown entity', async () => {
    const out = await cli(['jsonld', 'no-such-thing']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('UNKNOWN_ID');
    expect(out.stderr).toContain('"no-such-thing"');
    expect(out.stderr).toContain('track4tip list');
  });

  it('exits with 1 and names --base-url for a relative base URL', async () => {
    const out = await cli(['jsonld', '--base-url', '/relative/', '--json']);
    expect(out.code).toBe(1);
    const { problems } = JSON.parse(out.stderr) as { problems: { path: string; code: string }[] };
    expect(problems).toEqual([
      expect.objectContaining({ path: '--base-url', code: 'INVALID_OPTION' }),
    ]);
  });

  it('exits with 1 and names --locale for a malformed or unsupported tag', async () => {
    for (const tag of ['not a tag', 'fr']) {
      const out = await cli(['jsonld', '--locale', tag]);
      expect(out.code).toBe(1);
      expect(out.stderr).toMatch(/^error UNKNOWN_LOCALE --locale: unsupported locale/);
    }
  });

  it('exits with 2 when an option lacks its value', async () => {
    const out = await cli(['jsonld', '--base-url']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("'--base-url <url>' argument missing");
  });
});
