/// <reference path="./citeproc-types.d.ts" />
import type CSL from 'citeproc';
import type { CslData } from '../csl/types.js';
import type { CitationKind, OutputFormat } from '../styles/catalog.js';
import { type CompactCslNode, type CslNode, expandCslNode, withoutSort } from './csl-node.js';
import { BOLD, escapeMarks, ITALIC, ROMAN, resolveEmphasis, UPRIGHT } from './emphasis.js';
import { escapeMarkdown } from './escape.js';

/** One citeproc-js engine for one style and locale, reused for every citation. */
export interface CslRenderer {
  /** Formats one item alone (the engine's registry is reset to it, so nothing accumulates). */
  render(item: CslData, kind: CitationKind, format: OutputFormat): string;
  /** Formats a list of items together (with year suffixes where the style asks for them). */
  renderList(items: readonly CslData[], kind: CitationKind, format: OutputFormat): string[];
}

/** The citeproc-js module (an optional peer dependency, loaded by the caller). */
export type Citeproc = typeof CSL;

let markdownRegistered = false;

const HTTP_URL = /^https?:\/\/[^\s<>]+$/i;

// citeproc-js has no Markdown output; this one is its plain-text format with Markdown emphasis,
// every text portion escaped and on one line, the CSL rich-text tags that Markdown cannot write
// (<sup>, <sub>, small caps) as the same inline HTML as the HTML output, and only http(s) URLs
// written as autolinks. Emphasis is written as marks first, resolved once the entry is whole.
const mark = ({ start, end }: { readonly start: string; readonly end: string }) =>
  `${start}%%STRING%%${end}`;

function registerMarkdown(CSL: Citeproc): void {
  if (markdownRegistered) return;
  const text = CSL.Output.Formats.text as Record<string, unknown>;
  CSL.Output.Formats.markdown = {
    ...text,
    text_escape: (value: string | undefined) => escapeMarks(escapeMarkdown(value ?? '')),
    '@font-style/italic': mark(ITALIC),
    '@font-style/oblique': mark(ITALIC),
    '@font-style/normal': mark(ROMAN),
    '@font-weight/bold': mark(BOLD),
    '@font-weight/normal': mark(UPRIGHT),
    '@font-variant/small-caps': '<span style="font-variant:small-caps;">%%STRING%%</span>',
    '@vertical-align/sup': '<sup>%%STRING%%</sup>',
    '@vertical-align/sub': '<sub>%%STRING%%</sub>',
    // citeproc-js marks both URLs and DOIs with @DOI when wrap_url_and_doi is on.
    '@DOI/true': (_state: unknown, value: string) => {
      const raw = value.replace(/\\(.)/g, '$1');
      return HTTP_URL.test(raw) ? `<${raw}>` : value;
    },
  };
  markdownRegistered = true;
}

// citeproc-js writes every straight apostrophe of a text or HTML entry as a typographic one, its
// URLs and DOIs too, where it changes the address (Markdown writes them raw, as autolinks).
const TYPOGRAPHIC_APOSTROPHE = '\u2019';

/** What citeproc-js's HTML output makes of a text: `&`, `<` and `>` as character references. */
const asCiteprocHtml = (value: string): string =>
  value.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/**
 * Each URL and DOI of the items that has an apostrophe, as citeproc-js writes it in the format
 * and as it is: what to put back in the entries so that a copied address is the record's.
 */
function addressesToRestore(
  list: readonly CslData[],
  format: OutputFormat,
): readonly (readonly [written: string, verbatim: string])[] {
  const pairs: [string, string][] = [];
  for (const item of list) {
    for (const value of [item.URL, item.DOI]) {
      if (typeof value !== 'string' || !value.includes("'")) continue;
      const verbatim = format === 'html' ? asCiteprocHtml(value) : value;
      pairs.push([verbatim.replaceAll("'", TYPOGRAPHIC_APOSTROPHE), verbatim]);
    }
  }
  return pairs;
}

// An entry that starts like a list item ("1. …" in Vancouver) would become a Markdown list.
function markdownLineStart(entry: string): string {
  return entry.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])(?=\s)/, '\\$1');
}

const ENGINE_FORMAT: Record<OutputFormat, string> = {
  text: 'text',
  html: 'html',
  markdown: 'markdown',
};

/** One citeproc-js engine and what it last registered. */
function session(
  CSL: Citeproc,
  style: CslNode,
  locales: Readonly<Record<string, CompactCslNode>>,
  lang: string,
): (list: readonly CslData[], kind: CitationKind, format: OutputFormat) => string[] {
  let items = new Map<string, CslData>();
  const sys = {
    // Only the locales the caller loaded: citeproc-js asks for the locale and its base (es-ES
    // for es-MX, pt-PT for pt-BR, en-US for en-GB), and falls back to en-US for any it is denied.
    retrieveLocale: (tag: string) => {
      const locale = locales[tag];
      return locale === undefined ? false : expandCslNode(locale);
    },
    retrieveItem: (id: string) => items.get(id),
  };
  // The language is forced: the caller has chosen it (the style's default-locale, or the user's).
  const engine = new CSL.Engine(sys, style, lang, true);
  let current = '';

  const setFormat = (format: OutputFormat): void => {
    if (current === format) return;
    engine.setOutputFormat(ENGINE_FORMAT[format]);
    engine.opt.development_extensions.wrap_url_and_doi = format === 'markdown';
    current = format;
  };

  // Registering items is most of the cost of a citation: skip it when the same items come again
  // (the same citation in another format or kind).
  let registered = '';
  return (list, kind, format) => {
    setFormat(format);
    const ids = list.map((item) => item.id);
    const key = JSON.stringify(list);
    if (key !== registered) {
      items = new Map(list.map((item) => [item.id, item]));
      // citeproc-js re-reads an item only when its id is new to the registry: with the same ids
      // and other data it would return the first item's rendering (one user's data shown to
      // another). Emptying the registry first makes it read every item it is given.
      engine.updateItems([]);
      engine.updateItems(ids);
      registered = key;
    }
    const restore = format === 'markdown' ? [] : addressesToRestore(list, format);
    const finish = (entry: string): string => {
      if (format === 'markdown') return markdownLineStart(resolveEmphasis(entry.trim()));
      let text = entry.trim();
      for (const [written, verbatim] of restore) text = text.replaceAll(written, verbatim);
      return text;
    };
    if (kind === 'citation') {
      return ids.map((id) => finish(engine.makeCitationCluster([{ id }])));
    }
    const bibliography = engine.makeBibliography();
    if (bibliography === false) return ids.map(() => '');
    return bibliography[1].map(finish);
  };
}

/**
 * Builds citeproc-js engines for a style and a language: at once the one that formats one item
 * at a time, and on the first list of two or more items the one that formats lists.
 *
 * Building an engine is slow for large styles, and most of it is the style's `<sort>` keys (for
 * APA, about 138,000 of its 141,000 build tokens: each key inlines its macros). The order of one
 * item, and of one cite in a citation, is the same whatever the keys, so the single-item engine is
 * built from the style without them (about 20 times faster for APA); lists use the whole style.
 * The test `test/citeproc.test.ts` compares both with citeproc-js given the official XML.
 *
 * @param locales - The CSL locales the engine may use (the language's, its base, en-US).
 * @param lang - The language of the citations (forced over the style's `default-locale`).
 */
export function createRenderer(
  CSL: Citeproc,
  style: CompactCslNode,
  locales: Readonly<Record<string, CompactCslNode>>,
  lang: string,
): CslRenderer {
  registerMarkdown(CSL);
  const single = session(CSL, expandCslNode(withoutSort(style)), locales, lang);
  let list: ReturnType<typeof session> | undefined;
  return {
    render: (item, kind, format) => single([item], kind, format)[0] ?? '',
    renderList: (items, kind, format) => {
      if (items.length < 2) return single(items, kind, format);
      list ??= session(CSL, expandCslNode(style), locales, lang);
      return list(items, kind, format);
    },
  };
}
