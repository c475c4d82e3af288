import { fixtures } from '@track4tip/core';
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { serialize, toScriptTag } from './embed.js';
import { pressReleasePage } from './generated/pages/press-release.js';
import { track4tipPage } from './generated/pages/track4tip.js';
import { webinarPage } from './generated/pages/webinar.js';
import { toJsonLd } from './graph.js';
import { PAGE_BASE_URL } from './internal/page-base.js';
import { type PrecomputedPage, pageJson, pageScriptTag } from './page.js';

const PAGES: readonly PrecomputedPage[] = [webinarPage, pressReleasePage, track4tipPage];

const BASES = [
  'https://www.example.org/',
  'https://www.unodc.org',
  'http://localhost:8080/sdk',
  'https://Example.ORG:443/a/b/',
  'https://example.org/q&a/',
  "https://example.org/o'brien/",
  'https://bücher.example/päge/',
  'https://example.org/a b/%3Cx%3E/',
  'https://example.org/</script>/',
  'https://example.org/\u2028/',
  'https://example.org/$&$1/',
];

const runtimeTag = (page: PrecomputedPage, baseUrl: string, nonce?: string) =>
  toScriptTag(
    toJsonLd(fixtures, { baseUrl, include: [page.entity] }),
    nonce === undefined ? {} : { nonce },
  );

describe('precomputed pages', () => {
  it('give exactly what toJsonLd + toScriptTag / serialize give, for any base URL', () => {
    for (const page of PAGES) {
      for (const baseUrl of BASES) {
        expect(pageScriptTag(page, { baseUrl }), `${page.entity.id} ${baseUrl}`).toBe(
          runtimeTag(page, baseUrl),
        );
        expect(pageJson(page, { baseUrl })).toBe(
          serialize(toJsonLd(fixtures, { baseUrl, include: [page.entity] })),
        );
      }
    }
    expect(pageScriptTag(webinarPage, { baseUrl: BASES[0] as string, nonce: 'r4nd0m+/=' })).toBe(
      runtimeTag(webinarPage, BASES[0] as string, 'r4nd0m+/='),
    );
  });

  it('hold the placeholder only where the base URL goes', () => {
    for (const page of PAGES) {
      const json = JSON.parse(page.template) as { '@graph': { '@id': string }[] };
      for (const node of json['@graph'])
        expect(node['@id'].startsWith(`${PAGE_BASE_URL}#/`)).toBe(true);
      const count = page.template.split(PAGE_BASE_URL).length - 1;
      const ids = page.template.match(/"@id":"https:\/\/track4tip\.invalid\/#\/schema\//g) ?? [];
      expect(ids).toHaveLength(count);
    }
    expect(JSON.stringify(fixtures)).not.toContain(new URL(PAGE_BASE_URL).host);
  });

  it('refuse a bad base URL, nonce or page as toJsonLd and toScriptTag do', () => {
    for (const baseUrl of [
      '/relative',
      'ftp://example.org/',
      'https://u:p@example.org/',
      'https://example.org/?q',
      '',
    ]) {
      expect(() => pageScriptTag(webinarPage, { baseUrl })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'baseUrl'] }),
      );
    }
    expect(() =>
      pageScriptTag(webinarPage, { baseUrl: BASES[0] as string, nonce: '"><b>' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_NONCE' }));
    expect(() => pageJson({} as PrecomputedPage, { baseUrl: BASES[0] as string })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['page'] }),
    );
    expect(() => pageJson(webinarPage, null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options'] }),
    );
  });

  it('never let a hostile base URL leave the script element (parse5, as a browser parses)', () => {
    const hostile = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '</script>',
            '</SCRIPT',
            '<!--',
            '-->',
            '&',
            "'",
            '"',
            '<',
            '>',
            '\u2028',
            '\\',
            '`',
            '${',
            '$&',
          ),
          fc.string({ unit: 'binary', maxLength: 5 }),
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(''));
    // Host labels with non-ASCII letters (written as punycode by the URL parser).
    const label = fc.string({ unit: fc.constantFrom('a', 'ä', '1', '-', 'ü', 'x'), maxLength: 8 });
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PAGES), label, hostile, (page, host, path) => {
        const baseUrl = `https://ex${host}.org/${path}`;
        let tag: string;
        try {
          tag = pageScriptTag(page, { baseUrl });
        } catch (error) {
          expect((error as { code?: string }).code).toBe('INVALID_OPTION');
          return;
        }
        accepted += 1;
        expect(tag).toBe(runtimeTag(page, baseUrl));
        const document = parse(
          `<!DOCTYPE html><html><head>${tag}</head><body><p id="after">x</p></body></html>`,
        );
        const head = document.childNodes.find((n) => n.nodeName === 'html');
        const headElement =
          head && 'childNodes' in head
            ? head.childNodes.find((n) => n.nodeName === 'head')
            : undefined;
        const children = headElement && 'childNodes' in headElement ? headElement.childNodes : [];
        expect(children.map((n) => n.nodeName)).toEqual(['script']);
        const script = children[0];
        const text =
          script && 'childNodes' in script
            ? script.childNodes.map((c) => ('value' in c ? c.value : '')).join('')
            : '';
        expect(text).toBe(pageJson(page, { baseUrl }));
        const graph = JSON.parse(text) as { '@graph': { '@id': string }[] };
        expect(
          graph['@graph'][0]?.['@id'].startsWith(new URL(baseUrl).href.replace(/\/?$/, '/')),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Most generated URLs are accepted (the rest have a query or fragment, or are not URLs).
    expect(accepted).toBeGreaterThan(150);
  });
});
