import { CiteError } from '../errors.js';
import { CSL_STYLE_IDS, styleLoaders } from '../generated/csl/loaders.js';
import { type CompactCslNode, compactCslNode, type XmlNode } from '../internal/csl-node.js';
import type { Citeproc, CslRenderer } from '../internal/render.js';
import { CITATION_STYLES, type CitationStyle } from './catalog.js';

/**
 * The CSL id of an official style this package ships (the file name in the CSL styles
 * repository), e.g. `'modern-language-association'`. The engine also accepts the style's full
 * id, `http://www.zotero.org/styles/<id>`.
 *
 * @example
 * ```ts
 * import { type OfficialStyleId, renderCslItem } from '@track4tip/cite/engine';
 * const id: OfficialStyleId = 'chicago-notes-bibliography';
 * const note = await renderCslItem({ id: 'x', type: 'book', title: 'Annual report' }, { style: id, kind: 'citation' });
 * ```
 */
export type OfficialStyleId = (typeof CSL_STYLE_IDS)[number];

/**
 * A CSL style read from its XML by `loadStyle`, checked and ready for the engine. Deeply frozen;
 * only objects made by `loadStyle` are accepted as a style.
 *
 * @example
 * ```ts no-run
 * // Not run: `xml` stands for the text of a CSL style file you read yourself.
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
  /** Its engines by language: a shipped style's are shared, a loaded style's live with it. */
  readonly engines: Map<string, Promise<CslRenderer>>;
  readonly node: () => Promise<CompactCslNode>;
  readonly defaultLocale: string | null;
  readonly hasBibliography: boolean;
  readonly locales: Readonly<Record<string, CompactCslNode>>;
}

const loaded = new WeakMap<CslStyle, StyleSource>();

/** The engines of the shipped styles, by CSL id. */
const shippedEngines = new Map<string, Map<string, Promise<CslRenderer>>>();
/** The engines of loaded styles, held weakly: they go when their style object goes. */
const loadedEngines = new Set<WeakRef<Map<string, Promise<CslRenderer>>>>();

function newEngineCache(): Map<string, Promise<CslRenderer>> {
  const cache = new Map<string, Promise<CslRenderer>>();
  loadedEngines.add(new WeakRef(cache));
  return cache;
}

function liveLoadedCaches(): Map<string, Promise<CslRenderer>>[] {
  const live: Map<string, Promise<CslRenderer>>[] = [];
  for (const ref of loadedEngines) {
    const cache = ref.deref();
    if (cache === undefined) loadedEngines.delete(ref);
    else live.push(cache);
  }
  return live;
}

/** Forgets every engine built so far, of shipped and of loaded styles. */
export function clearEngines(): void {
  shippedEngines.clear();
  for (const cache of liveLoadedCaches()) cache.clear();
}

/** How many engines are built or being built (a loaded style's, while the style is in use). */
export function engineCount(): number {
  let count = 0;
  for (const cache of shippedEngines.values()) count += cache.size;
  for (const cache of liveLoadedCaches()) count += cache.size;
  return count;
}

const ZOTERO_STYLES = /^https?:\/\/www\.zotero\.org\/styles\//;

/** The official CSL id a built-in name, a CSL id or a full style id stands for, if shipped. */
export function officialStyleId(value: string): OfficialStyleId | undefined {
  if (Object.hasOwn(CITATION_STYLES, value)) return CITATION_STYLES[value as CitationStyle].cslId;
  const id = value.replace(ZOTERO_STYLES, '');
  return (CSL_STYLE_IDS as readonly string[]).includes(id) ? (id as OfficialStyleId) : undefined;
}

/** The source of the style a call names, or `UNKNOWN_STYLE`. */
export function styleSource(style: unknown, path: readonly (string | number)[]): StyleSource {
  if (typeof style === 'object' && style !== null) {
    const source = loaded.get(style as CslStyle);
    if (source !== undefined) return source;
    throw new CiteError(
      'UNKNOWN_STYLE',
      'a style object must be one returned by `loadStyle(xml)`; pass the style XML to `loadStyle` first',
      { path },
    );
  }
  const id = typeof style === 'string' ? officialStyleId(style) : undefined;
  if (id === undefined) {
    throw new CiteError(
      'UNKNOWN_STYLE',
      `unknown citation style ${JSON.stringify(style)}; use one of ${Object.keys(CITATION_STYLES)
        .map((name) => `"${name}"`)
        .join(
          ', ',
        )}, the CSL id of a style this package ships (${CSL_STYLE_IDS.join(', ')}), or any other CSL style read from its XML with \`loadStyle(xml)\``,
      { path },
    );
  }
  let engines = shippedEngines.get(id);
  if (engines === undefined) {
    engines = new Map();
    shippedEngines.set(id, engines);
  }
  return {
    engines,
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
  path: readonly (string | number)[],
  code: 'INVALID_STYLE' | 'INVALID_LOCALE',
): CompactCslNode {
  if (typeof xml !== 'string' || !xml.includes(`<${root}`)) {
    throw new CiteError(
      code,
      `expected the XML of a CSL ${root} (a string with a <${root}> root element), got ${typeof xml === 'string' ? `text without <${root}>` : typeof xml}`,
      { path },
    );
  }
  let parsed: XmlNode;
  try {
    parsed = CSL.parseXml(xml.replace(/^\uFEFF/, '')) as XmlNode;
  } catch (error) {
    throw new CiteError(code, `the CSL ${root} is not well-formed XML`, { path, cause: error });
  }
  // citeproc-js's reader returns the root element itself.
  const node = parsed.name === root ? parsed : undefined;
  if (node === undefined) {
    throw new CiteError(code, `the XML has no <${root}> root element`, { path });
  }
  if (node.attrs?.xmlns !== CSL_NAMESPACE) {
    throw new CiteError(
      code,
      `<${root}> must be in the CSL namespace (xmlns="${CSL_NAMESPACE}"), got ${JSON.stringify(node.attrs?.xmlns ?? null)}`,
      { path },
    );
  }
  return compactCslNode(node);
}

/**
 * Options of `loadStyle`: locales the package does not ship, and a dependent style's parent.
 *
 * @example
 * ```ts no-run
 * // Not run: `styleXml` and `germanXml` stand for CSL files you read yourself.
 * import { type LoadStyleOptions, loadStyle } from '@track4tip/cite/engine';
 * declare const styleXml: string, germanXml: string;
 * const options: LoadStyleOptions = { locales: { 'de-DE': germanXml } };
 * const style = await loadStyle(styleXml, options);
 * ```
 */
export interface LoadStyleOptions {
  /**
   * CSL locales (XML) by full tag, e.g. `{ 'de-DE': localesDeDeXml }` (the official files are
   * `locales-<tag>.xml` in the CSL locales repository): languages this package does not ship, or,
   * for this style only, your own version of one it ships. citeproc-js reads a language's base
   * locale under it (de-DE under de-AT): give the base too, or its terms fall back to en-US.
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
  const node = parse(CSL, xml, 'style', ['xml'], 'INVALID_STYLE');
  const attrs = node.a ?? {};
  const info = childNamed(node, 'info');
  const id = textOf(childNamed(info, 'id'));
  const title = textOf(childNamed(info, 'title'));
  if (id === null || title === null) {
    throw new CiteError(
      'INVALID_STYLE',
      `the style's <info> must give its <id> and <title> (CSL 1.0.2); it has ${id === null ? 'no <id>' : 'no <title>'}`,
      { path: ['xml'] },
    );
  }
  if (attrs.version !== '1.0') {
    throw new CiteError(
      'INVALID_STYLE',
      `${id}: the style must be CSL 1.0 (version="1.0"), got ${JSON.stringify(attrs.version ?? null)}`,
      { path: ['xml'] },
    );
  }
  const styleClass = attrs.class;
  if (styleClass !== 'in-text' && styleClass !== 'note') {
    throw new CiteError(
      'INVALID_STYLE',
      `${id}: the style's class must be "in-text" or "note", got ${JSON.stringify(styleClass ?? null)}`,
      { path: ['xml'] },
    );
  }
  if (options === null || typeof options !== 'object') {
    throw new CiteError(
      'INVALID_OPTION',
      'expected an options object, e.g. { locales: { "de-DE": xml } }',
      { path: ['options'] },
    );
  }
  const locales: Record<string, CompactCslNode> = {};
  for (const [tag, localeXml] of Object.entries(options.locales ?? {})) {
    // citeproc-js asks for a language by its full tag ("de" is read as "de-DE").
    const best = CSL.localeResolve(tag).best;
    if (best !== tag) {
      throw new CiteError(
        'INVALID_LOCALE',
        `give the locale under its full tag, as citeproc-js asks for it: "${best}", not "${tag}"`,
        { path: ['options', 'locales', tag] },
      );
    }
    const locale = parse(CSL, localeXml, 'locale', ['options', 'locales', tag], 'INVALID_LOCALE');
    const lang = locale.a?.['xml:lang'];
    if (lang !== tag) {
      throw new CiteError(
        'INVALID_LOCALE',
        `the locale's xml:lang is ${JSON.stringify(lang ?? null)}, not "${tag}"`,
        { path: ['options', 'locales', tag] },
      );
    }
    locales[tag] = locale;
  }
  const undefinedMacro = undefinedMacroOf(node);
  if (undefinedMacro !== undefined) {
    throw new CiteError(
      'INVALID_STYLE',
      `${id}: the style calls the macro ${JSON.stringify(undefinedMacro)}, which it does not define (citeproc-js would print nothing in its place)`,
      { path: ['xml'] },
    );
  }
  const parentLink = info?.c?.find(
    (child): child is CompactCslNode =>
      typeof child !== 'string' && child.n === 'link' && child.a?.rel === 'independent-parent',
  );
  const parent = parentLink?.a?.href ?? null;
  const defaultLocale = attrs['default-locale'] ?? null;
  let source: StyleSource;
  const dependent = childNamed(node, 'citation') === undefined;
  if (dependent) {
    if (parent === null) {
      throw new CiteError(
        'INVALID_STYLE',
        `${id}: the style has no <citation> and is not a dependent style (no <link rel="independent-parent">)`,
        { path: ['xml'] },
      );
    }
    source = dependentSource(parent, options.parent, id, defaultLocale, locales);
  } else {
    const hasBibliography = childNamed(node, 'bibliography') !== undefined;
    source = {
      engines: newEngineCache(),
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
    defaultLocale: source.defaultLocale,
    hasBibliography: source.hasBibliography,
    parent: dependent ? parent : null,
    locales: Object.freeze(Object.keys(locales)),
  });
  loaded.set(style, source);
  return { style, source };
}

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

// A dependent style is its parent's rules in its own default locale (as Zotero uses it). With no
// locales of its own, it uses its parent's engines (they depend on the rules and language only).
function dependentSource(
  parent: string,
  given: CslStyle | undefined,
  id: string,
  defaultLocale: string | null,
  locales: Readonly<Record<string, CompactCslNode>>,
): StyleSource {
  let base: StyleSource;
  if (given !== undefined) {
    const givenSource = loaded.get(given);
    if (givenSource === undefined || given.id !== parent) {
      throw new CiteError(
        'INVALID_STYLE',
        `${id} is a dependent style of ${parent}; the parent given is ${givenSource === undefined ? 'not a style from loadStyle' : given.id}`,
        { path: ['options', 'parent'] },
      );
    }
    base = givenSource;
  } else {
    const official = officialStyleId(parent);
    if (official === undefined) {
      throw new CiteError(
        'UNKNOWN_STYLE',
        `${id} is a dependent style of ${parent}, which this package does not ship; use that independent style's XML instead (with loadStyle, a dependent style can also be given its parent, loaded, as \`parent\`)`,
        { path: ['options', 'parent'] },
      );
    }
    base = styleSource(official, ['options', 'parent']);
  }
  const own = Object.keys(locales).length > 0;
  return {
    ...base,
    engines: own ? newEngineCache() : base.engines,
    defaultLocale: defaultLocale ?? base.defaultLocale,
    locales: { ...base.locales, ...locales },
  };
}
