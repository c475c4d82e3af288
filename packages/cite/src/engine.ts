/**
 * Runtime citation rendering with citeproc-js and the official CSL styles and locales, for your
 * own entities: `renderCitation`, `renderCslItem` and `renderBibliography`, asynchronous (unlike the
 * precomputed, synchronous `formatCitation` of `@track4tip/cite`). Load this entry point lazily
 * (`await import('@track4tip/cite/engine')`): the engine is large and slow to build, so one engine
 * per style and locale is built on first use and reused. citeproc-js (npm `citeproc`, CPAL-1.0 OR
 * AGPL-3.0-or-later) is an optional peer dependency of this entry point: install it yourself
 * (`npm install citeproc`); without it every call rejects with a `CiteError` of code
 * `MISSING_PEER_DEPENDENCY`.
 *
 * @packageDocumentation
 */
import { assertOptions, itemOptions, resolveOutput } from './citation/options.js';
import type { FormatCitationOptions, FormattedCitation } from './citation/types.js';
import { type CitableEntity, resolveTitle, toCsl } from './csl/to-csl.js';
import type { CslData } from './csl/types.js';
import { CiteError } from './errors.js';
import { CSL_LOCALE_TAGS, localeLoaders } from './generated/csl/loaders.js';
import { type Citeproc, type CslRenderer, createRenderer } from './internal/render.js';
import {
  assertLocale,
  CITATION_KINDS,
  CITATION_STYLES,
  type CitationKind,
  type CitationLocale,
  type CitationStyle,
  type OutputFormat,
} from './styles/catalog.js';
import {
  type CslStyle,
  clearEngines,
  engineCount,
  type LoadStyleOptions,
  type OfficialStyleId,
  officialStyleId,
  readStyle,
  type StyleSource,
  styleSource,
} from './styles/official.js';

/**
 * Options of {@link renderCitation} and of the precomputed `formatCitation` of `@track4tip/cite`.
 *
 * @example
 * ```ts
 * import { type FormatCitationOptions, renderCitation } from '@track4tip/cite/engine';
 * import { getEvent } from '@track4tip/core';
 * const options: FormatCitationOptions = { style: 'ieee', locale: 'en-GB', title: 'International cooperation in trafficking cases' };
 * const { value } = await renderCitation(getEvent('unodc-webinar'), options);
 * ```
 */
export type { FormatCitationOptions } from './citation/types.js';
/**
 * Stable codes carried by every {@link CiteError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { type CiteErrorCode, renderBibliography } from '@track4tip/cite/engine';
 * const item = { id: 'report', type: 'document', title: 'Annual report' } as const;
 * const code = await renderBibliography([item, item], { style: 'apa' }).then(
 *   () => undefined,
 *   (error: { code?: CiteErrorCode }) => error.code,
 * ); // "INVALID_INPUT"
 * ```
 */
export type { CiteErrorCode } from './errors.js';

/**
 * The one error class of `@track4tip/cite`; its message says what is wrong, where and how to fix it.
 *
 * @example
 * ```ts
 * import { type CiteError, renderBibliography } from '@track4tip/cite/engine';
 * const item = { id: 'report', type: 'document', title: 'Annual report' } as const;
 * try {
 *   await renderBibliography([item, item], { style: 'apa' });
 * } catch (error) {
 *   const { code, path } = error as CiteError; // "INVALID_INPUT", ["items", 1, "id"]
 * }
 * ```
 */
export { CiteError } from './errors.js';
/**
 * A formatted citation and what it was made from.
 *
 * @example
 * ```ts
 * import { type FormattedCitation, renderCitation } from '@track4tip/cite/engine';
 * import { getEvent } from '@track4tip/core';
 * const citation: FormattedCitation = await renderCitation(getEvent('unodc-webinar'), { style: 'apa', title: 'International cooperation in trafficking cases' });
 * console.log(citation.title.source); // "caller"
 * ```
 */
export type { FormattedCitation };

/**
 * A style the engine formats with: a name of {@link CITATION_STYLES} (`'apa'`), the CSL id of an
 * official style this package ships (`'modern-language-association'`, also written
 * `http://www.zotero.org/styles/modern-language-association`), or any CSL style read from its XML
 * by {@link loadStyle}.
 *
 * @example
 * ```ts
 * import { type EngineStyle, renderCslItem } from '@track4tip/cite/engine';
 * const styles: EngineStyle[] = ['apa', 'chicago-notes-bibliography', 'http://www.zotero.org/styles/ieee'];
 * for (const style of styles) console.log(await renderCslItem({ id: 'x', type: 'report', title: 'Annual report' }, { style }));
 * ```
 */
export type EngineStyle = CitationStyle | OfficialStyleId | (string & {}) | CslStyle;

/**
 * Options of the engine's {@link renderCslItem}, {@link renderBibliography} and
 * {@link preloadEngine}: any style the engine can use, and any locale it has.
 *
 * @example
 * ```ts
 * import { type EngineRenderOptions, renderCslItem } from '@track4tip/cite/engine';
 * const options: EngineRenderOptions = { style: 'modern-language-association', locale: 'pt-PT', format: 'html' };
 * const entry = await renderCslItem({ id: 'x', type: 'report', title: 'Relatório anual' }, options);
 * ```
 */
export interface EngineRenderOptions {
  /** The style; see {@link EngineStyle}. */
  readonly style: EngineStyle;
  /**
   * The locale of the style's terms and dates: one this package ships (`CSL_LOCALE_TAGS`) or one
   * given to {@link loadStyle} with the style. Default: the style's `default-locale`, else en-US.
   */
  readonly locale?: CitationLocale | (string & {});
  /** `'text'` (default), `'html'` (escaped) or `'markdown'` (escaped). */
  readonly format?: OutputFormat;
  /** `'bibliography'` (default) or `'citation'`. */
  readonly kind?: CitationKind;
}

/**
 * Options of the engine's {@link renderCitation} with any style: those of
 * {@link FormatCitationOptions}, the style widened to {@link EngineStyle}. The locale stays one of
 * `CITATION_LOCALES`, in which the SDK writes an entity's own words (genre, country names).
 *
 * @example
 * ```ts
 * import { type EngineCitationOptions, renderCitation } from '@track4tip/cite/engine';
 * import { getPressRelease } from '@track4tip/core';
 * const options: EngineCitationOptions = { style: 'http://www.zotero.org/styles/ieee', locale: 'es-ES' };
 * const { value } = await renderCitation(getPressRelease(), options);
 * ```
 */
export interface EngineCitationOptions extends Omit<FormatCitationOptions, 'style'> {
  /** The style; see {@link EngineStyle}. */
  readonly style: EngineStyle;
}

/**
 * A citation made with any style: a {@link FormattedCitation} whose `style` is the style as
 * given (a name or CSL id) or, for a style from {@link loadStyle}, its `<id>`.
 *
 * @example
 * ```ts
 * import { type EngineCitation, renderCitation } from '@track4tip/cite/engine';
 * import { getPressRelease } from '@track4tip/core';
 * const citation: EngineCitation = await renderCitation(getPressRelease(), { style: 'ieee' as string });
 * console.log(citation.style); // "ieee"
 * ```
 */
export interface EngineCitation extends Omit<FormattedCitation, 'style'> {
  /** The style used: as given, or a loaded style's `<id>`. */
  readonly style: string;
}

export { CSL_LOCALE_TAGS, CSL_STYLE_IDS } from './generated/csl/loaders.js';
export type { CslStyle, LoadStyleOptions, OfficialStyleId } from './styles/official.js';

const INSTALL_CITEPROC =
  'citeproc-js is an optional peer dependency of @track4tip/cite/engine and is not installed; install it with `npm install citeproc` (or `pnpm add citeproc`), or use the precomputed citations of `@track4tip/cite`';

// citeproc (CPAL-1.0 OR AGPL-3.0-or-later) is an optional peer: users of the precomputed
// citations never install it, so it is loaded only when an engine is first built.
async function loadCiteproc(): Promise<Citeproc> {
  try {
    const module = (await import('citeproc')) as { default?: Citeproc } & Citeproc;
    return module.default ?? module;
  } catch (error) {
    throw new CiteError('MISSING_PEER_DEPENDENCY', INSTALL_CITEPROC, { cause: error });
  }
}

/** Whether the style's engine can have the locale: given with the style, or shipped. */
const hasLocale = (source: StyleSource, locale: unknown): locale is string =>
  typeof locale === 'string' &&
  (Object.hasOwn(source.locales, locale) || Object.hasOwn(localeLoaders, locale));

/** Throws `UNKNOWN_LOCALE`, naming the locale, unless the style's engine can have it. */
function assertEngineLocale(
  source: StyleSource,
  locale: unknown,
  path: readonly (string | number)[],
): string {
  if (hasLocale(source, locale)) return locale;
  throw new CiteError(
    'UNKNOWN_LOCALE',
    `no CSL locale ${JSON.stringify(locale)}: this package ships ${CSL_LOCALE_TAGS.join(', ')}; for another, pass its official XML (locales-<tag>.xml) to loadStyle(xml, { locales: { [tag]: localeXml } })`,
    { path },
  );
}

function engineFor(source: StyleSource, lang: string): Promise<CslRenderer> {
  const { engines } = source;
  let engine = engines.get(lang);
  if (engine === undefined) {
    engine = Promise.all([loadCiteproc(), source.node()]).then(async ([CSL, style]) => {
      // The locales citeproc-js asks for: the language, its base (es-ES for es-MX, pt-PT for
      // pt-BR), and en-US; each from those given with the style, else those this package ships.
      const tags = new Set([lang, CSL.localeResolve(lang).base, 'en-US']);
      const entries = await Promise.all(
        [...tags].map(async (tag) => {
          const locale = source.locales[tag] ?? (await localeLoaders[tag]?.());
          return locale === undefined ? [] : [[tag, locale] as const];
        }),
      );
      return createRenderer(CSL, style, Object.fromEntries(entries.flat()), lang);
    });
    // A failed build is not cached, so a later call can try again.
    engine.catch(() => engines.delete(lang));
    engines.set(lang, engine);
  }
  return engine;
}

/** The engine options with every default filled in, validated. */
interface EngineCall {
  readonly source: StyleSource;
  readonly style: string;
  readonly locale: string;
  readonly format: OutputFormat;
  readonly kind: CitationKind;
}

/** The name in `CITATION_STYLES` of a style given by name or by CSL id, if it is one. */
function catalogName(style: EngineStyle): CitationStyle | undefined {
  if (typeof style !== 'string') return undefined;
  const id = officialStyleId(style);
  return (Object.keys(CITATION_STYLES) as CitationStyle[]).find(
    (name) => CITATION_STYLES[name].cslId === id,
  );
}

function resolveEngineOptions(options: EngineRenderOptions | undefined): EngineCall {
  assertOptions(options);
  const { style } = options;
  const source = styleSource(style, ['options', 'style']);
  const locale = assertEngineLocale(source, options.locale ?? source.defaultLocale ?? 'en-US', [
    'options',
    'locale',
  ]);
  const { format, kind } = resolveOutput(options);
  if (kind === 'bibliography' && !source.hasBibliography) {
    throw new CiteError(
      'INVALID_OPTION',
      'the style defines no bibliography; use kind "citation"',
      {
        path: ['options', 'kind'],
      },
    );
  }
  return {
    source,
    style: typeof style === 'string' ? style : style.id,
    locale,
    format,
    kind,
  };
}

/**
 * Reads a CSL style from its XML (any official style from the CSL styles repository, or your
 * own), checks it and builds its engine, so that it can be used as the `style` of every engine
 * call. The style must be CSL 1.0 in the CSL namespace with an `<id>`, a `<title>`, a class and a
 * `<citation>`, and define every macro it calls; a dependent style (one that only links to its
 * `independent-parent`) uses its parent's rules in its own `default-locale`: the parent must be a
 * style this package ships or be passed, loaded, as `parent`. citeproc-js then builds the style
 * and formats probe items with it (one alone, and two as a list, which builds its sort keys too):
 * whatever it rejects (an unknown element, an attribute value it cannot use) is reported here.
 * citeproc-js's XML reader is lenient: what it can read past (an unclosed element, an unknown
 * attribute) is not reported.
 *
 * Calls without a `locale` use the style's `default-locale`, else en-US; a call that needs a
 * locale this package does not ship and that was not given with the style is `UNKNOWN_LOCALE`.
 *
 * @param xml - The style's XML (the contents of a `.csl` file).
 * @param options - Locales (XML by tag) and, for a dependent style, its loaded parent.
 * @returns The style, frozen, to pass as `style`.
 * @throws {@link CiteError} `INVALID_STYLE` (with what is wrong), `INVALID_LOCALE`, `UNKNOWN_STYLE` (a dependent style's parent is missing), `INVALID_INPUT`, or `MISSING_PEER_DEPENDENCY`.
 * @example
 * ```ts
 * import { loadStyle, renderCslItem } from '@track4tip/cite/engine';
 * const style = await loadStyle(`<?xml version="1.0" encoding="utf-8"?>
 * <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
 *   <info><id>https://example.org/styles/short</id><title>Short</title><updated>2026-01-01T00:00:00+00:00</updated></info>
 *   <citation><layout><text variable="title" font-style="italic"/></layout></citation>
 * </style>`);
 * const note = await renderCslItem({ id: 'x', type: 'report', title: 'Annual report' }, { style, kind: 'citation' });
 * console.log(note); // "Annual report"
 * ```
 */
export async function loadStyle(xml: string, options: LoadStyleOptions = {}): Promise<CslStyle> {
  const CSL = await loadCiteproc();
  const { style, source } = readStyle(CSL, xml, options);
  // Checked in its default locale when it can be; a call that needs a missing one names it.
  const fallback = source.defaultLocale ?? 'en-US';
  const lang = hasLocale(source, fallback) ? fallback : 'en-US';
  try {
    const engine = await engineFor(source, lang);
    // One item (the one-item engine) and a list of two (the engine with the style's sort keys).
    const probes: CslData[] = ['a', 'b'].map((id, index) => ({
      id,
      type: 'report',
      title: `Title ${id}`,
      author: [{ family: 'Author', given: 'A.' }],
      issued: { 'date-parts': [[2020, index + 1]] },
    }));
    for (const kind of source.hasBibliography ? CITATION_KINDS : (['citation'] as const)) {
      engine.render(probes[0] as CslData, kind, 'text');
      engine.renderList(probes, kind, 'text');
    }
  } catch (error) {
    if (error instanceof CiteError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    source.engines.delete(lang);
    throw new CiteError(
      'INVALID_STYLE',
      `${style.id}: citeproc-js cannot use the style: ${reason}`,
      { path: ['xml'], cause: error },
    );
  }
  return style;
}

/**
 * Builds (or reuses) the engine for a style and locale, so that a later citation is fast.
 *
 * @param style - A style name, the CSL id of a style this package ships, or a style from {@link loadStyle}.
 * @param locale - The locale. Default: the style's `default-locale`, else `'en-US'`.
 * @returns A promise that settles when the engine is ready.
 * @throws {@link CiteError} `UNKNOWN_STYLE` or `UNKNOWN_LOCALE`, or `MISSING_PEER_DEPENDENCY` when citeproc is not installed (the promise rejects).
 * @example
 * ```ts
 * import { preloadEngine } from '@track4tip/cite/engine';
 * await preloadEngine('chicago-notes-bibliography', 'es-MX');
 * ```
 */
export async function preloadEngine(
  style: EngineStyle,
  locale?: CitationLocale | (string & {}),
): Promise<void> {
  const call = resolveEngineOptions(locale === undefined ? { style } : { style, locale });
  await engineFor(call.source, call.locale);
}

/**
 * Forgets every engine built so far (to measure a cold start, or to free memory).
 *
 * @returns Nothing.
 * @example
 * ```ts
 * import { clearEngineCache } from '@track4tip/cite/engine';
 * clearEngineCache();
 * ```
 */
export function clearEngineCache(): void {
  clearEngines();
}

/**
 * How many engines (one per style and locale) are built or being built. A style from
 * {@link loadStyle} keeps its engines while the style object is in use, and lets them go with it.
 *
 * @returns The number of cached engines.
 * @example
 * ```ts
 * import { engineCacheSize } from '@track4tip/cite/engine';
 * console.log(engineCacheSize()); // 0 before the first citation
 * ```
 */
export function engineCacheSize(): number {
  return engineCount();
}

/**
 * Renders one entity (a fixture, or your own from the `define*` functions of
 * `@track4tip/core/schemas`) with citeproc-js: the asynchronous counterpart of the precomputed
 * `formatCitation` of `@track4tip/cite`, for any entity and style. Each call renders the entity
 * alone, so citing many entities one by one stays fast (no year suffixes accumulate across calls).
 *
 * @param entity - A press release, an event or an initiative.
 * @param options - Style, locale, format, kind, and optionally a title and organisations.
 * @returns The citation and its title metadata.
 * @throws {@link CiteError} `UNKNOWN_STYLE`, `UNKNOWN_LOCALE`, `UNKNOWN_FORMAT`, `UNKNOWN_KIND`, `INVALID_INPUT`, or `MISSING_PEER_DEPENDENCY` when citeproc is not installed.
 * @example
 * ```ts
 * import { renderCitation } from '@track4tip/cite/engine';
 * import { defineEvent } from '@track4tip/core/schemas';
 * const event = defineEvent({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'Our webinar', startDate: '2024-05-02', ledBy: ['unodc'] });
 * const { value } = await renderCitation(event, { style: 'apa', title: 'Cooperation in practice' });
 * ```
 */
export async function renderCitation(
  entity: CitableEntity,
  options: FormatCitationOptions,
): Promise<FormattedCitation>;
export async function renderCitation(
  entity: CitableEntity,
  options: EngineCitationOptions,
): Promise<EngineCitation>;
export async function renderCitation(
  entity: CitableEntity,
  options: EngineCitationOptions,
): Promise<EngineCitation> {
  const call = resolveEngineOptions(options);
  // The item's own words (genre, country names) exist in the package's citation locales only.
  assertLocale(call.locale, ['options', 'locale']);
  // A shipped style, by name or CSL id, gets the item made for it; any other a neutral one.
  const item = toCsl(entity, itemOptions(options, call.locale, catalogName(options.style)));
  const engine = await engineFor(call.source, call.locale);
  const value = engine.render(item, call.kind, call.format);
  const { style, locale, format, kind } = call;
  return { value, style, locale, format, kind, title: resolveTitle(entity, options.title) };
}

/**
 * Renders one CSL-JSON item as it is (for items you build yourself).
 *
 * @param item - A CSL-JSON item.
 * @param options - Style, locale, format and kind.
 * @returns The citation.
 * @throws {@link CiteError} `UNKNOWN_STYLE`, `UNKNOWN_LOCALE`, `UNKNOWN_FORMAT`, `UNKNOWN_KIND`, or `MISSING_PEER_DEPENDENCY`.
 * @example
 * ```ts
 * import { renderCslItem } from '@track4tip/cite/engine';
 * const text = await renderCslItem(
 *   { id: 'x', type: 'document', title: 'Annual report', author: [{ literal: 'UNODC' }], issued: { 'date-parts': [[2020]] } },
 *   { style: 'harvard', kind: 'citation' },
 * ); // "(UNODC, 2020)"
 * ```
 */
export async function renderCslItem(item: CslData, options: EngineRenderOptions): Promise<string> {
  const { source, locale, format, kind } = resolveEngineOptions(options);
  const engine = await engineFor(source, locale);
  return engine.render(item, kind, format);
}

/**
 * Renders many items together, as one reference list: the style's disambiguation applies (e.g.
 * APA's "2021a", "2021b" for one author and year), in the style's order for sorted styles.
 * Disambiguation makes this slower per item than single citations (about 2 s for 400 items of one
 * institution and year in APA); render items one by one with {@link renderCslItem} when they are
 * not one list.
 *
 * @param items - CSL-JSON items with distinct ids.
 * @param options - Style, locale, format and kind.
 * @returns One string per item: bibliography entries in the style's order, or citations in the given order.
 * @throws {@link CiteError} `INVALID_INPUT` for duplicate ids, or an unknown option.
 * @example
 * ```ts
 * import { renderBibliography } from '@track4tip/cite/engine';
 * import { getEvent, getPressRelease } from '@track4tip/core';
 * import { toCsl } from '@track4tip/cite';
 * const entries = await renderBibliography([toCsl(getPressRelease()), toCsl(getEvent('unodc-webinar'))], { style: 'apa' });
 * ```
 */
export async function renderBibliography(
  items: readonly CslData[],
  options: EngineRenderOptions,
): Promise<string[]> {
  const { source, locale, format, kind } = resolveEngineOptions(options);
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new CiteError(
        'INVALID_INPUT',
        `duplicate item id ${JSON.stringify(item.id)}; give each item its own id`,
        { path: ['items', index, 'id'] },
      );
    }
    seen.add(item.id);
  });
  const engine = await engineFor(source, locale);
  return engine.renderList(items, kind, format);
}
