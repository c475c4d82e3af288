import { fixtures } from '@track4tip/core';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { pageOptions } from '../test/records.js';
import { coinsSpan } from './coins.js';
import { headFor } from './head.js';
import { renderHead } from './render.js';
import type { HeadCitation, HeadTags } from './types.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const PRESS_RELEASE = { type: 'press-release', id: 'unodc-press-release-2021-02-01' } as const;

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, found);
  return found;
}

const attribute = (element: Element | undefined, name: string) =>
  element?.attrs.find((a) => a.name === name)?.value;
const text = (element: Element | undefined) =>
  element?.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** Parses the HTML as a browser would, in a page's head (or body), and returns what it sees. */
function parsePage(head: string, body = '') {
  const document = parse(
    `<!DOCTYPE html><html><head>${head}</head><body>${body}<p id="after">x</p></body></html>`,
  ) as unknown as Node;
  const all = elements(document);
  const headElement = all.find((element) => element.tagName === 'head');
  const after = all.find((element) => attribute(element, 'id') === 'after');
  return { all, inHead: headElement?.childNodes.filter((n) => 'tagName' in n) as Element[], after };
}

// What an HTML parser makes of a value: a NUL becomes U+FFFD, as the escaping writes it.
const asParsed = (value: string) => value.replaceAll('\0', '\uFFFD');

const dangerous = [
  '</title>',
  '</script>',
  '</SCRIPT/',
  '"><script>alert(1)</script>',
  "'",
  '"',
  '<!--',
  '-->',
  '&amp;',
  '&lt;',
  '&#0;',
  '&',
  '<',
  '>',
  '\r\n',
  '\r',
  '\0',
  '\u2028',
  '<meta name="x" content="y">',
  '</head><body>',
];
const piece = fc.oneof(
  fc.constantFrom(...dangerous),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({
    unit: fc.constantFrom('<', '>', '/', '!', '-', '"', "'", '=', '&', '#', ';', ' ', 't'),
    maxLength: 8,
  }),
);
const hostile = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function headOf(values: readonly string[]): HeadTags {
  const [title = 'x', ...rest] = values;
  return {
    title,
    language: 'en',
    meta: rest.flatMap((value, index) => [
      { name: `name-${index}`, content: value },
      { property: `og:${index}`, content: value },
    ]),
    link: rest.map((value) => ({ rel: 'alternate', hreflang: value, href: value })),
    script: headFor(fixtures, PRESS_RELEASE, pageOptions('en')).script,
  };
}

function checkInert(head: HeadTags): void {
  const seen = parsePage(renderHead(head));
  // Exactly the elements written, in the head, in order; the body still holds the marker.
  expect(seen.inHead.map((element) => element.tagName)).toEqual([
    'title',
    ...head.meta.map(() => 'meta'),
    ...head.link.map(() => 'link'),
    'script',
  ]);
  expect(text(seen.inHead[0])).toBe(asParsed(head.title));
  head.meta.forEach((tag, index) => {
    const element = seen.inHead[1 + index];
    expect(attribute(element, 'content')).toBe(asParsed(tag.content));
    expect(attribute(element, tag.property === undefined ? 'name' : 'property')).toBe(
      tag.property ?? tag.name,
    );
  });
  head.link.forEach((tag, index) => {
    const element = seen.inHead[1 + head.meta.length + index];
    expect(attribute(element, 'href')).toBe(asParsed(tag.href));
    expect(attribute(element, 'hreflang')).toBe(tag.hreflang && asParsed(tag.hreflang));
  });
  expect(JSON.parse(text(seen.inHead.at(-1)) ?? '')).toEqual(head.script[0]?.graph);
  expect((seen.after?.parentNode as Element | undefined)?.tagName).toBe('body');
}

describe('renderHead', () => {
  it('writes one element a line, values escaped', () => {
    const html = renderHead(headOf(['A & B', '"quoted" <b>']));
    expect(html.split('\n').slice(0, 4)).toEqual([
      '<title>A &amp; B</title>',
      '<meta name="name-0" content="&quot;quoted&quot; &lt;b&gt;">',
      '<meta property="og:0" content="&quot;quoted&quot; &lt;b&gt;">',
      '<link rel="alternate" hreflang="&quot;quoted&quot; &lt;b&gt;" href="&quot;quoted&quot; &lt;b&gt;">',
    ]);
  });

  it('keeps every hostile value inside its element (parse5, >= 10,000 generated strings)', () => {
    checkInert(headOf(dangerous));
    let strings = 0;
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 10, maxLength: 10 }), (values) => {
        strings += values.length;
        checkInert(headOf(values));
      }),
      { numRuns: 1_000 },
    );
    expect(strings).toBeGreaterThanOrEqual(10_000);
  }, 30_000);

  it("keeps a page's hostile options inert through headFor", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (description, siteName, alt) => {
        fc.pre(description.trim() !== '' && siteName.trim() !== '' && alt.trim() !== '');
        const head = headFor(fixtures, PRESS_RELEASE, {
          ...pageOptions('en'),
          description,
          siteName,
          image: { url: 'https://www.example.org/card.png', alt },
        });
        checkInert(head);
        const seen = parsePage(renderHead(head));
        const content = (key: string) =>
          attribute(
            seen.all.find((e) => attribute(e, 'property') === key || attribute(e, 'name') === key),
            'content',
          );
        expect(content('og:description')).toBe(asParsed(description));
        expect(content('og:site_name')).toBe(asParsed(siteName));
        expect(content('twitter:image:alt')).toBe(asParsed(alt));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the nonce of the JSON-LD script, and refuses one that is not base64', () => {
    const head = headOf(['x']);
    expect(renderHead(head, { nonce: 'r4nd0m' })).toContain(
      '<script type="application/ld+json" nonce="r4nd0m">',
    );
    expect(() => renderHead(head, { nonce: '"><script>' })).toThrow(
      expect.objectContaining({ code: 'INVALID_NONCE' }),
    );
  });
});

describe('coinsSpan', () => {
  const citation = (title: string, author: string): HeadCitation => ({
    type: 'document',
    title,
    authors: [
      { name: author, institution: true },
      { name: author, institution: false },
    ],
    date: '2021-02-01',
  });

  it('keeps hostile titles and names inside the title attribute, and decodable', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, author) => {
        const seen = parsePage('', coinsSpan(citation(title, author)));
        const spans = seen.all.filter((element) => element.tagName === 'span');
        expect(spans).toHaveLength(1);
        expect(spans[0]?.childNodes).toEqual([]);
        expect((seen.after?.parentNode as Element | undefined)?.tagName).toBe('body');
        const pairs = (attribute(spans[0], 'title') ?? '').split('&').map((pair) => {
          const [key = '', value = ''] = pair.split('=');
          return [key, decodeURIComponent(value)];
        });
        const well = (value: string) => value.replace(/\p{Cs}/gu, '\uFFFD');
        expect(pairs).toContainEqual(['rft.title', well(title)]);
        expect(pairs).toContainEqual(['rft.aucorp', well(author)]);
        expect(pairs).toContainEqual(['rft.au', well(author)]);
      }),
      { numRuns: 1_000 },
    );
  });
});
