import { CiteError } from '../errors.js';
import { CSL_STYLE_IDS, styleLoaders } from '../generated/csl/loaders.js';
import { type CompactCslNode, compactCslNode, type XmlNode } from '../internal/csl-node.js';
import type { Citeproc } from '../internal/render.js';
import { CITATION_STYLES, type CitationStyle } from './catalog.js';

/**
 * The CSL id of an official style this package ships (the file name in the CSL styles
 * repository), e.g. `'modern-language-association'`. The engine also accepts the style's full
 * id, `http://www.zotero.org/styles/<id>`.
 *
 * @example
 * ```ts
 * import { formatCslItem, type OfficialStyleId } from '@track4tip/cite/engine';
 * const id: OfficialStyleId = 'chicago-notes-bibliography';
 * const note = await formatCslItem({ id: 'x', type: 'book', title: 'Annual report' }, { style: id, kind: 'citation' });
 * ```
 */
export type OfficialStyleId = (typeof CSL_STYLE_IDS)[number];

/**
 * A CSL style read from its XML by `loadStyle`, checked and ready for the engine. Deeply frozen;
 * only objects made by `loadStyle` are accepted as a style.
 *
 * @example
 * ```ts
 * import { type CslStyle, loadStyle } from '@track4tip/cite/engine';
 * declare const xml: string; // e.g. the official "nature.csl"
 * const style: CslStyle = await loadStyle(xml);
 * console.log(style.id, style.title, style.class);
 * ```
 */
export interface CslStyle {
  /** The style's `<id>`, e.g. `http://www.zotero.org/styles/nature`. */
  readonly id: string;
  /** The style's `<title>`. */
  readonly title: string;
  /** The style's `<updated>`, or `null` when it has none. */
  readonly updated: string | null;
  /** `'in-text'` or `'note'`. */
  readonly class: 'in-text' | 'note';
  /** The style's `default-locale`, used when a call gives no `locale`; `null` when it has none. */
  readonly defaultLocale: string | null;
  /** Whether the style defines a bibliography (a `'bibliography'` kind needs one). */
  readonly hasBibliography: boolean;
  /** For a dependent style, the id of the independent style whose rules it uses; else `null`. */
  readonly parent: string | null;
  /** The locales given to `loadStyle` with the style, by tag. */
  readonly locales: readonly string[];
}

/** What the engine needs of a style: its rules and any locales that came with it. */
export interface StyleSource {
  /** The key of its engines in the cache. */
  readonly key: string;
  readonly node: () => Promise<CompactCslNode>;
  readonly defaultLocale: string | null;
  readonly hasBibliography: boolean;
  readonly locales: Readonly<Record<string, CompactCslNode>>;
}

const loaded = new WeakMap<CslStyle, StyleSource>();

const ZOTERO_STYLES = /^https?:\/\/www\.zotero\.org\/styles\//;

/** The official CSL id a built-in name, a CSL id or a full style id stands for, if shipped. */
export function officialStyleId(value: string): OfficialStyleId | undefined {
  if (Object.hasOwn(CITATION_STYLES, value)) return CITATION_STYLES[value as CitationStyle].cslId;
  const id = value.replace(ZOTERO_STYLES, '');
  return (CSL_STYLE_IDS as readonly string[]).includes(id) ? (id as OfficialStyleId) : undefined;
}

/** The source of the style a call names, or `UNKNOWN_STYLE`. */
export function styleSource(style: unknown, path: string): StyleSource {
  if (typeof style === 'object' && style !== null) {
    const source = loaded.get(style as CslStyle);
    if (source !== undefined) return source;
    throw new CiteError(
      'UNKNOWN_STYLE',
      path,
      'a style object must be one returned by `loadStyle(xml)`; pass the style XML to `loadStyle` first',
    );
  }
  const id = typeof style === 'string' ? officialStyleId(style) : undefined;
  if (id === undefined) {
    throw new CiteError(
      'UNKNOWN_STYLE',
      path,
      `unknown citation style ${JSON.stringify(style)}; use one of ${Object.keys(CITATION_STYLES)
        .map((name) => `"${name}"`)
        .join(
          ', ',
        )}, the CSL id of a style this package ships (${CSL_STYLE_IDS.join(', ')}), or any other CSL style read from its XML with \`loadStyle(xml)\``,
    );
  }
  return {
    key: id,
    node: styleLoaders[id] as () => Promise<CompactCslNode>,
    defaultLocale: null,
    hasBibliography: true,
    locales: {},
  };
}

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

const childNamed = (node: CompactCslNode | undefined, name: string): CompactCslNode | undefined =>
  node?.c?.find((child): child is CompactCslNode => typeof child !== 'string' && child.n === name);

const textOf = (node: CompactCslNode | undefined): string | null => {
  const text = node?.c?.find((child): child is string => typeof child === 'string');
  return text === undefined || text.trim() === '' ? null : text.trim();
};

/** Parses a CSL file with citeproc-js's own reader; `root` is `style` or `locale`. */
function parse(
  CSL: Citeproc,
  xml: unknown,
  root: 'style' | 'locale',
  path: string,
  code: 'INVALID_STYLE' | 'INVALID_LOCALE',
): CompactCslNode {
  if (typeof xml !== 'string' || !xml.includes(`<${root}`)) {
    throw new CiteError(
      code,
      path,
      `expected the XML of a CSL ${root} (a string with a <${root}> root element), got ${typeof xml === 'string' ? `text without <${root}>` : typeof xml}`,
    );
  }
  let parsed: XmlNode;
  try {
    parsed = CSL.parseXml(xml.replace(/^\uFEFF/, '')) as XmlNode;
  } catch (error) {
    throw new CiteError(code, path, `the CSL ${root} is not well-formed XML`, error);
  }
  // citeproc-js's reader returns the root element itself.
  const node = parsed.name === root ? parsed : undefined;
  if (node === undefined) {
    throw new CiteError(code, path, `the XML has no <${root}> root element`);
  }
  if (node.attrs?.xmlns !== CSL_NAMESPACE) {
    throw new CiteError(
      code,
      path,
      `<${root}> must be in the CSL namespace (xmlns="${CSL_NAMESPACE}"), got ${JSON.stringify(node.attrs?.xmlns ?? null)}`,
    );
  }
  return compactCslNode(node);
}

/**
 * Options of `loadStyle`: locales the package does not ship, and a dependent style's parent.
 *
 * @example
 * ```ts
 * import { type LoadStyleOptions, loadStyle } from '@track4tip/cite/engine';
 * declare const styleXml: string, germanXml: string;
 * const options: LoadStyleOptions = { locales: { 'de-DE': germanXml } };
 * const style = await loadStyle(styleXml, options);
 * ```
 */
export interface LoadStyleOptions {
  /**
   * CSL locales (XML) for languages this package does not ship, by tag, e.g.
   * `{ 'de-DE': localesDeDeXml }` (the official files are `locales-<tag>.xml` in the CSL locales
   * repository).
   */
  readonly locales?: Readonly<Record<string, string>>;
  /**
   * For a dependent style whose independent parent this package does not ship: that parent,
   * loaded with `loadStyle`.
   */
  readonly parent?: CslStyle;
}

/**
 * Reads a CSL style's XML and checks what the engine relies on: the CSL namespace, version 1.0,
 * an `<id>` and `<title>`, a class, a `<citation>` (or, for a dependent style, a parent that can
 * be found), and each given locale's `xml:lang`. The engine then builds it (see `loadStyle`).
 */
export function readStyle(
  CSL: Citeproc,
  xml: unknown,
  options: LoadStyleOptions,
): { style: CslStyle; source: StyleSource } {
  const node = parse(CSL, xml, 'style', 'xml', 'INVALID_STYLE');
  const attrs = node.a ?? {};
  const info = childNamed(node, 'info');
  const id = textOf(childNamed(info, 'id'));
  const title = textOf(childNamed(info, 'title'));
  if (id === null || title === null) {
    throw new CiteError(
      'INVALID_STYLE',
      'xml',
      `the style's <info> must give its <id> and <title> (CSL 1.0.2); it has ${id === null ? 'no <id>' : 'no <title>'}`,
    );
  }
  if (attrs.version !== '1.0') {
    throw new CiteError(
      'INVALID_STYLE',
      'xml',
      `${id}: the style must be CSL 1.0 (version="1.0"), got ${JSON.stringify(attrs.version ?? null)}`,
    );
  }
  const styleClass = attrs.class;
  if (styleClass !== 'in-text' && styleClass !== 'note') {
    throw new CiteError(
      'INVALID_STYLE',
      'xml',
      `${id}: the style's class must be "in-text" or "note", got ${JSON.stringify(styleClass ?? null)}`,
    );
  }
  const locales: Record<string, CompactCslNode> = {};
  for (const [tag, localeXml] of Object.entries(options.locales ?? {})) {
    const locale = parse(CSL, localeXml, 'locale', `options.locales.${tag}`, 'INVALID_LOCALE');
    const lang = locale.a?.['xml:lang'];
    if (lang !== tag) {
      throw new CiteError(
        'INVALID_LOCALE',
        `options.locales.${tag}`,
        `the locale's xml:lang is ${JSON.stringify(lang ?? null)}, not "${tag}"`,
      );
    }
    locales[tag] = locale;
  }
  const undefinedMacro = undefinedMacroOf(node);
  if (undefinedMacro !== undefined) {
    throw new CiteError(
      'INVALID_STYLE',
      'xml',
      `${id}: the style calls the macro ${JSON.stringify(undefinedMacro)}, which it does not define (citeproc-js would print nothing in its place)`,
    );
  }
  const parentLink = info?.c?.find(
    (child): child is CompactCslNode =>
      typeof child !== 'string' && child.n === 'link' && child.a?.rel === 'independent-parent',
  );
  const parent = parentLink?.a?.href ?? null;
  const defaultLocale = attrs['default-locale'] ?? null;
  let source: StyleSource;
  if (childNamed(node, 'citation') === undefined) {
    if (parent === null) {
      throw new CiteError(
        'INVALID_STYLE',
        'xml',
        `${id}: the style has no <citation> and is not a dependent style (no <link rel="independent-parent">)`,
      );
    }
    source = dependentSource(parent, options.parent, id, defaultLocale, locales);
  } else {
    const hasBibliography = childNamed(node, 'bibliography') !== undefined;
    source = {
      key: `custom:${++customStyles}`,
      node: () => Promise.resolve(node),
      defaultLocale,
      hasBibliography,
      locales,
    };
  }
  const style: CslStyle = Object.freeze({
    id,
    title,
    updated: textOf(childNamed(info, 'updated')),
    class: styleClass,
    defaultLocale,
    hasBibliography: source.hasBibliography,
    parent: childNamed(node, 'citation') === undefined ? parent : null,
    locales: Object.freeze(Object.keys(locales)),
  });
  loaded.set(style, source);
  return { style, source };
}

let customStyles = 0;

/** The first macro the style calls without defining it, if any. */
function undefinedMacroOf(style: CompactCslNode): string | undefined {
  const defined = new Set<string>();
  const called: string[] = [];
  const walk = (node: CompactCslNode): void => {
    if (node.n === 'macro' && node.a?.name !== undefined) defined.add(node.a.name);
    else if (node.a?.macro !== undefined) called.push(node.a.macro);
    for (const child of node.c ?? []) if (typeof child !== 'string') walk(child);
  };
  walk(style);
  return called.find((name) => !defined.has(name));
}

// A dependent style is its parent's rules in its own default locale (as Zotero uses it).
function dependentSource(
  parent: string,
  given: CslStyle | undefined,
  id: string,
  defaultLocale: string | null,
  locales: Readonly<Record<string, CompactCslNode>>,
): StyleSource {
  const givenSource = given === undefined ? undefined : loaded.get(given);
  let base: StyleSource;
  if (given !== undefined && givenSource !== undefined && given.id === parent) {
    base = givenSource;
  } else {
    const official = officialStyleId(parent);
    if (official === undefined) {
      throw new CiteError(
        'UNKNOWN_STYLE',
        'options.parent',
        `${id} is a dependent style of ${parent}, which this package does not ship; load that style's XML with loadStyle and pass it as \`parent\``,
      );
    }
    base = styleSource(official, 'options.parent');
  }
  return {
    ...base,
    key: `${base.key}|dependent:${++customStyles}`,
    defaultLocale: defaultLocale ?? base.defaultLocale,
    locales: { ...base.locales, ...locales },
  };
}
