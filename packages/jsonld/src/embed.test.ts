import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { serialize, toScriptTag } from './embed.js';
import type { JsonLdGraph } from './types.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function graphOf(values: readonly string[]): JsonLdGraph {
  return {
    '@context': 'https://schema.org',
    '@graph': values.map((value, index) => ({
      '@type': 'Thing',
      '@id': `https://example.org/#/schema/thing/${index}`,
      name: value,
      [value]: value,
    })),
  };
}

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, found);
  if ('content' in node && node.content) elements(node.content, found);
  return found;
}

/** Parses the tag in a full document the way a browser would and returns what it sees. */
function parseTag(tag: string) {
  const document = parse(
    `<!DOCTYPE html><html><head>${tag}</head><body><p id="after">x</p></body></html>`,
  );
  const all = elements(document as unknown as Node);
  const scripts = all.filter((element) => element.tagName === 'script');
  const script = scripts[0];
  const text = script?.childNodes
    .map((child) => ('value' in child ? (child as { value: string }).value : ''))
    .join('');
  const after = all.find((element) =>
    element.attrs.some((a) => a.name === 'id' && a.value === 'after'),
  );
  return { scripts, script, text, afterParent: after?.parentNode };
}

const dangerous = [
  '</script',
  '</script>',
  '</SCRIPT/',
  '</ScRiPt >',
  '<!--<script>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '<script>',
  '&lt;',
  '&amp;',
  '\u2028',
  '\u2029',
  '"',
  '\\',
  '\r\n',
];
const controls = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(0x7f + code)),
];
const piece = fc.oneof(
  fc.constantFrom(...dangerous),
  fc.constantFrom(...controls),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({
    unit: fc.constantFrom('<', '>', '/', '!', '-', '[', ']', 's', 'S', '&', ' '),
    maxLength: 8,
  }),
);
const hostileString = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

function checkSafe(values: readonly string[]): void {
  const graph = graphOf(values);
  const json = serialize(graph);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(graph);
  const seen = parseTag(toScriptTag(graph));
  expect(seen.scripts).toHaveLength(1);
  expect(seen.text).toBe(json);
  expect((seen.afterParent as Element | undefined)?.tagName).toBe('body');
}

describe('serialize / toScriptTag', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes and round-trips', () => {
    const graph = graphOf(['</script><b>&amp;\u2028\u2029']);
    const json = serialize(graph);
    expect(json).toContain('\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\\u2028\\u2029');
    expect(JSON.parse(json)).toEqual(graph);
  });

  it('keeps every control character intact through an HTML5 parser', () => {
    checkSafe(controls);
    checkSafe(controls.map((c) => `</script${c}`));
  });

  it('never lets an HTML5 parser leave the script element (>= 100,000 generated strings)', () => {
    let strings = 0;
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 100, maxLength: 100 }), (values) => {
        strings += values.length;
        checkSafe(values);
      }),
      { numRuns: 1_000 },
    );
    expect(strings).toBeGreaterThanOrEqual(100_000);
  }, 30_000); // ~3 s alone; room for a loaded CI machine

  it('writes a valid nonce and refuses one that could break out of the attribute', () => {
    const graph = graphOf([]);
    expect(toScriptTag(graph, { nonce: 'abc+/_-123==' })).toBe(
      '<script type="application/ld+json" nonce="abc+/_-123==">{"@context":"https://schema.org","@graph":[]}</script>',
    );
    for (const nonce of [
      '',
      '"><script>alert(1)</script>',
      "a'b",
      'a b',
      'a&b',
      'abc===',
      'x'.repeat(1025),
    ]) {
      expect(() => toScriptTag(graph, { nonce })).toThrow(
        expect.objectContaining({ code: 'INVALID_NONCE' }),
      );
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (nonce) => {
        let tag: string;
        try {
          tag = toScriptTag(graph, { nonce });
        } catch (error) {
          expect((error as { code?: string }).code).toBe('INVALID_NONCE');
          return;
        }
        const seen = parseTag(tag);
        expect(seen.script?.attrs.find((a) => a.name === 'nonce')?.value).toBe(nonce);
      }),
      { numRuns: 2_000 },
    );
  });
});
