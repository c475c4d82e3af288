import fc from 'fast-check';
import markdownit from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderCslItem } from '../engine.js';
import { CITATION_STYLES, type CitationStyle } from '../styles/catalog.js';
import { escapeMarkdown } from './escape.js';

// The real parser (CommonMark, with raw HTML allowed as most renderers do), and one that also
// turns bare URLs and e-mail addresses into links, as GitHub-flavoured renderers do.
const commonmark = markdownit({ html: true });
const linkified = markdownit({ html: true, linkify: true });

type Token = ReturnType<typeof commonmark.parse>[number];
const inline = (tokens: Token[]): Token[] => tokens.flatMap((token) => token.children ?? []);
const hrefs = (tokens: Token[]): string[] =>
  inline(tokens)
    .filter((token) => token.type === 'link_open')
    .map((token) => token.attrs?.find(([name]) => name === 'href')?.[1] ?? '');
const textOf = (tokens: Token[]): string =>
  inline(tokens)
    .map((token) =>
      token.type === 'text' ? token.content : token.type === 'softbreak' ? '\n' : '',
    )
    .join('');

// Titles full of Markdown syntax, URL schemes and line breaks.
const hostile = fc.stringMatching(
  /^(?:[\w ]|[\\`*_[\]<>#|~!&()=+\-.:@/"']|\n|\r|javascript:|data:|\d+\. |- |# |> |={3}|-{3})*$/,
);

describe('escapeMarkdown (checked with markdown-it)', () => {
  it('renders any text as one plain paragraph with the same text: no heading, list, code, emphasis, HTML or link (property)', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const tokens = commonmark.parse(`x ${escapeMarkdown(value)}`, {});
        const blocks = tokens.map((token) => token.type);
        expect(blocks).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
        const kinds = new Set(inline(tokens).map((token) => token.type));
        expect([...kinds].filter((kind) => kind !== 'text')).toEqual([]);
        expect(textOf(tokens)).toBe(`x ${value.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd());
      }),
      { numRuns: 500 },
    );
  });
});

const item = (title: string, URL?: string) => ({
  id: 'hostile',
  type: 'document' as const,
  title,
  author: [{ literal: 'Example Institute' }],
  issued: { 'date-parts': [[2020]] },
  // Retrievable, so that Chicago's notes style (18th edition) lists it in its bibliography.
  publisher: 'Example Press',
  ...(URL === undefined ? {} : { URL }),
});

describe('Markdown citations (checked with markdown-it)', () => {
  it('never contain a link other than http(s), nor a heading or list, whatever the title and URL (property)', async () => {
    const styles = Object.keys(CITATION_STYLES) as CitationStyle[];
    const url = fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'https://example.org/a_b*c',
      ),
      fc.webUrl(),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...styles), hostile, url, async (style, title, link) => {
        const value = await renderCslItem(item(`T ${title}`, link), { style, format: 'markdown' });
        const tokens = commonmark.parse(value, {});
        expect(tokens.map((token) => token.type)).toEqual([
          'paragraph_open',
          'inline',
          'paragraph_close',
        ]);
        for (const href of [...hrefs(tokens), ...hrefs(linkified.parse(value, {}))]) {
          expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
        }
        for (const href of hrefs(tokens)) expect(href).toMatch(/^https?:\/\//i);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('writes an http(s) URL as a link and a javascript: URL as plain text', async () => {
    const safe = await renderCslItem(item('Report', 'https://example.org/report'), {
      style: 'apa',
      format: 'markdown',
    });
    expect(hrefs(commonmark.parse(safe, {}))).toEqual(['https://example.org/report']);
    const unsafe = await renderCslItem(item('Report', 'javascript:alert(1)'), {
      style: 'apa',
      format: 'markdown',
    });
    expect(hrefs(linkified.parse(unsafe, {}))).toEqual([]);
    expect(unsafe).toContain('javascript:alert(1)');
  });

  it('keeps a title with line breaks on one line, so it starts no heading or list', async () => {
    const value = await renderCslItem(item('Report\n# Heading\n- item\n1. first\n===='), {
      style: 'vancouver',
      format: 'markdown',
    });
    expect(value).not.toMatch(/\n/);
    expect(commonmark.render(value)).not.toMatch(/<h\d|<li|<ol|<ul/);
  });
});

// The CSL rich-text tags, and how each output format writes them.
const RICH =
  '<i>Italic</i> <b>Bold</b> x<sup>2</sup> H<sub>2</sub>O <span style="font-variant:small-caps;">Caps</span> <span class="nocase">iPhone</span> end';

describe('CSL rich text in titles', () => {
  it('means the same in text, HTML and Markdown: same words, same emphasis, no tag printed literally', async () => {
    for (const style of Object.keys(CITATION_STYLES) as CitationStyle[]) {
      const options = { style } as const;
      const text = await renderCslItem(item(RICH), options);
      const html = await renderCslItem(item(RICH), { ...options, format: 'html' });
      const markdown = await renderCslItem(item(RICH), { ...options, format: 'markdown' });
      const rendered = commonmark.render(markdown).trim();
      const words = (value: string) =>
        value
          .replace(/<\/div>\s*<div class="csl-right-inline">/g, ' ')
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/\s+/g, ' ')
          .trim();
      expect(text, style).not.toMatch(/<\/?(i|b|sup|sub|span)\b/);
      expect(text, style).toContain('x2 H2O Caps iPhone');
      expect(words(html), style).toBe(text);
      expect(words(rendered), style).toBe(text);
      for (const [tag, inner] of [
        ['sup', '2'],
        ['sub', '2'],
      ]) {
        expect(html, style).toContain(`<${tag}>${inner}</${tag}>`);
        expect(rendered, style).toContain(`<${tag}>${inner}</${tag}>`);
      }
      expect(html, style).toContain('<span style="font-variant:small-caps;">Caps</span>');
      expect(rendered, style).toContain('<span style="font-variant:small-caps;">Caps</span>');
      expect(html, style).toContain('<b>Bold</b>');
      expect(rendered, style).toContain('<strong>Bold</strong>');
      // Italic in a roman title, or roman in an italic one (CSL flip-flop): the same either way.
      const htmlItalic = /<i>Italic<\/i>/.test(html);
      expect(/<em>Italic<\/em>/.test(rendered), style).toBe(htmlItalic);
      // `nocase` protects the word from the style's case changes in every format.
      expect(text, style).toContain('iPhone');
    }
  });
});

/** Each visible character of rendered HTML with the emphasis it is shown in (white space aside). */
function emphasisOf(html: string): string[] {
  const open: string[] = [];
  const result: string[] = [];
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  for (const [token, close, tag, attributes, entity] of html.matchAll(
    /<(\/?)([a-z]+)([^>]*)>|&(#x[0-9a-f]+|#\d+|[a-z]+);|[\s\S]/giu,
  )) {
    if (tag !== undefined) {
      if (close === '/') open.pop();
      else open.push(`${tag}${attributes}`);
      continue;
    }
    let char = token;
    if (entity !== undefined)
      char = entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.replace('#', '0').replace(/^0(\d)/, '$1')))
        : (entities[entity] ?? token);
    if (/\s/u.test(char)) continue;
    let italic = false;
    let bold = false;
    for (const element of open) {
      if (/^(i|em)$|font-style:italic/.test(element)) italic = true;
      if (/font-style:normal/.test(element)) italic = false;
      if (/^(b|strong)$|font-weight:bold/.test(element)) bold = true;
      if (/font-weight:normal/.test(element)) bold = false;
    }
    result.push(`${char}${italic ? '/i' : ''}${bold ? '/b' : ''}`);
  }
  return result;
}

describe('Markdown emphasis (checked with markdown-it)', () => {
  it('shows every character in the emphasis the HTML output gives it, whatever the markup (property)', async () => {
    const styles = Object.keys(CITATION_STYLES) as CitationStyle[];
    const unit = fc.constantFrom(
      ...'ab Z9"\'.,:()?!*_\\-“”&<>#[]`~|\u00a0'.split(''),
      '<i>',
      '</i>',
      '<b>',
      '</b>',
      '<sup>',
      '</sup>',
      '<sub>',
      '</sub>',
      '<span class="nocase">',
      '<span style="font-variant:small-caps;">',
      '</span>',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...styles),
        fc.string({ unit, minLength: 1, maxLength: 24 }),
        async (style, title) => {
          const html = await renderCslItem(item(`T ${title}`), { style, format: 'html' });
          const markdown = await renderCslItem(item(`T ${title}`), { style, format: 'markdown' });
          expect(emphasisOf(commonmark.render(markdown))).toEqual(emphasisOf(html));
        },
      ),
      {
        numRuns: 200,
        examples: [
          ['apa', '<b>b</b><b>c</b>'],
          ['apa', ' <b> </b> c'],
          ['mla', 'a<i>"q"</i>b'],
          ['chicago-author-date', '<i>a</i><b>b</b>'],
          // The private-use characters the Markdown format uses as marks, in a title.
          ['apa', 'x\uE000y\uE001<i>\uE004z</i>'],
        ],
      },
    );
  }, 60_000);
});
