/**
 * Runtime citation formatting with citeproc-js and the official CSL styles and locales, for your
 * own entities. Load this entry point lazily (`await import('@track4tip/cite/engine')`): the engine
 * is large and slow to build, so one engine per style and locale is built on first use and reused.
 * citeproc-js (npm `citeproc`, CPAL-1.0 OR AGPL-3.0-or-later) is an optional peer dependency of this
 * entry point: install it yourself (`npm install citeproc`); without it every call rejects with a
 * `CiteError` of code `MISSING_PEER_DEPENDENCY`.
 *
 * @packageDocumentation
 */
import { itemOptions, resolveOptions } from './citation/options.js';
import type { FormatCitationOptions, FormattedCitation } from './citation/types.js';
import { type CitableEntity, resolveTitle, toCsl } from './csl/to-csl.js';
import type { CslItem } from './csl/types.js';
import { CiteError } from './errors.js';
import { localeLoaders, styleLoaders } from './generated/csl/loaders.js';
import type { CompactCslNode } from './internal/csl-node.js';
import { type Citeproc, type CslRenderer, createRenderer } from './internal/render.js';
import {
  assertLocale,
  assertStyle,
  CITATION_STYLES,
  type CitationLocale,
  type CitationStyle,
} from './styles/catalog.js';

/**
 * Options of `formatCitation` (both the precomputed one and the engine's).
 *
 * @example
 * ```ts
 * import { formatCitation, type FormatCitationOptions } from '@track4tip/cite/engine';
 * import { getEvent } from '@track4tip/core';
 * const options: FormatCitationOptions = { style: 'ieee', locale: 'en-GB', title: 'International cooperation in trafficking cases' };
 * const { value } = await formatCitation(getEvent('unodc-webinar'), options);
 * ```
 */
export type { FormatCitationOptions } from './citation/types.js';
/**
 * Stable codes carried by every {@link CiteError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { type CiteErrorCode, formatBibliography } from '@track4tip/cite/engine';
 * const item = { id: 'report', type: 'document', title: 'Annual report' } as const;
 * const code = await formatBibliography([item, item], { style: 'apa' }).then(
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
 * import { type CiteError, formatBibliography } from '@track4tip/cite/engine';
 * const item = { id: 'report', type: 'document', title: 'Annual report' } as const;
 * try {
 *   await formatBibliography([item, item], { style: 'apa' });
 * } catch (error) {
 *   const { code, path } = error as CiteError; // "INVALID_INPUT", "items.1.id"
 * }
 * ```
 */
export { CiteError } from './errors.js';
/**
 * A formatted citation and what it was made from.
 *
 * @example
 * ```ts
 * import { formatCitation, type FormattedCitation } from '@track4tip/cite/engine';
 * import { getEvent } from '@track4tip/core';
 * const citation: FormattedCitation = await formatCitation(getEvent('unodc-webinar'), { style: 'apa', title: 'International cooperation in trafficking cases' });
 * console.log(citation.title.source); // "caller"
 * ```
 */
export type { FormattedCitation };

const engines = new Map<string, Promise<CslRenderer>>();

const INSTALL_CITEPROC =
  'citeproc-js is an optional peer dependency of @track4tip/cite/engine and is not installed; install it with `npm install citeproc` (or `pnpm add citeproc`), or use the precomputed citations of `@track4tip/cite`';

// citeproc (CPAL-1.0 OR AGPL-3.0-or-later) is an optional peer: users of the precomputed
// citations never install it, so it is loaded only when an engine is first built.
async function loadCiteproc(): Promise<Citeproc> {
  try {
    const module = (await import('citeproc')) as { default?: Citeproc } & Citeproc;
    return module.default ?? module;
  } catch (error) {
    throw new CiteError('MISSING_PEER_DEPENDENCY', '', INSTALL_CITEPROC, error);
  }
}

async function loadLocale(tag: string): Promise<CompactCslNode> {
  const load = localeLoaders[tag];
  if (load === undefined) throw new Error(`no CSL locale module for ${tag}`);
  return load();
}

function engineFor(style: CitationStyle, locale: CitationLocale): Promise<CslRenderer> {
  const key = `${style}|${locale}`;
  let engine = engines.get(key);
  if (engine === undefined) {
    const { cslId } = CITATION_STYLES[style];
    const loadStyle = styleLoaders[cslId];
    if (loadStyle === undefined) throw new Error(`no CSL style module for ${cslId}`);
    engine = Promise.all([
      loadCiteproc(),
      loadStyle(),
      loadLocale('en-US'),
      loadLocale(locale),
    ]).then(([CSL, styleNode, english, localised]) =>
      createRenderer(CSL, styleNode, { 'en-US': english, [locale]: localised }, locale),
    );
    // A failed build is not cached, so a later call can try again.
    engine.catch(() => engines.delete(key));
    engines.set(key, engine);
  }
  return engine;
}

/**
 * Builds (or reuses) the engine for a style and locale, so that a later citation is fast.
 *
 * @param style - The citation style.
 * @param locale - The locale. Default `'en-US'`.
 * @returns A promise that settles when the engine is ready.
 * @throws {@link CiteError} `UNKNOWN_STYLE` or `UNKNOWN_LOCALE`, or `MISSING_PEER_DEPENDENCY` when citeproc is not installed (the promise rejects).
 * @example
 * ```ts
 * import { preloadEngine } from '@track4tip/cite/engine';
 * await preloadEngine('chicago-notes-bibliography', 'es-MX');
 * ```
 */
export async function preloadEngine(
  style: CitationStyle,
  locale: CitationLocale = 'en-US',
): Promise<void> {
  assertStyle(style);
  assertLocale(locale);
  await engineFor(style, locale);
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
  engines.clear();
}

/**
 * How many engines (one per style and locale) are built or being built.
 *
 * @returns The number of cached engines.
 * @example
 * ```ts
 * import { engineCacheSize } from '@track4tip/cite/engine';
 * console.log(engineCacheSize()); // 0 before the first citation
 * ```
 */
export function engineCacheSize(): number {
  return engines.size;
}

/**
 * Formats one entity (a fixture, or your own from the `define*` functions of
 * `@track4tip/core/schemas`) with citeproc-js. Each call formats the entity alone, so citing many
 * entities one by one stays fast (no year suffixes accumulate across calls).
 *
 * @param entity - A press release, an event or an initiative.
 * @param options - Style, locale, format, kind, and optionally a title and organisations.
 * @returns The citation and its title metadata.
 * @throws {@link CiteError} `UNKNOWN_STYLE`, `UNKNOWN_LOCALE`, `UNKNOWN_FORMAT`, `UNKNOWN_KIND`, `INVALID_INPUT`, or `MISSING_PEER_DEPENDENCY` when citeproc is not installed.
 * @example
 * ```ts
 * import { formatCitation } from '@track4tip/cite/engine';
 * import { defineEvent } from '@track4tip/core/schemas';
 * const event = defineEvent({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'Our webinar', startDate: '2024-05-02', ledBy: ['unodc'] });
 * const { value } = await formatCitation(event, { style: 'apa', title: 'Cooperation in practice' });
 * ```
 */
export async function formatCitation(
  entity: CitableEntity,
  options: FormatCitationOptions,
): Promise<FormattedCitation> {
  const resolved = resolveOptions(options);
  const item = toCsl(entity, itemOptions(options, resolved.locale, resolved.style));
  const value = await formatCslItem(item, resolved);
  return { value, ...resolved, title: resolveTitle(entity, options.title) };
}

/**
 * Formats one CSL-JSON item as it is (for items you build yourself).
 *
 * @param item - A CSL-JSON item.
 * @param options - Style, locale, format and kind.
 * @returns The citation.
 * @throws {@link CiteError} `UNKNOWN_STYLE`, `UNKNOWN_LOCALE`, `UNKNOWN_FORMAT`, `UNKNOWN_KIND`, or `MISSING_PEER_DEPENDENCY`.
 * @example
 * ```ts
 * import { formatCslItem } from '@track4tip/cite/engine';
 * const text = await formatCslItem(
 *   { id: 'x', type: 'document', title: 'Annual report', author: [{ literal: 'UNODC' }], issued: { 'date-parts': [[2020]] } },
 *   { style: 'harvard', kind: 'citation' },
 * ); // "(UNODC, 2020)"
 * ```
 */
export async function formatCslItem(
  item: CslItem,
  options: Omit<FormatCitationOptions, 'title' | 'organizations' | 'accessed'>,
): Promise<string> {
  const { style, locale, format, kind } = resolveOptions(options);
  const engine = await engineFor(style, locale);
  return engine.render(item, kind, format);
}

/**
 * Formats many items together, as one reference list: the style's disambiguation applies (e.g.
 * APA's "2021a", "2021b" for one author and year), in the style's order for sorted styles.
 * Disambiguation makes this slower per item than single citations (about 2 s for 400 items of one
 * institution and year in APA); format items one by one with {@link formatCslItem} when they are
 * not one list.
 *
 * @param items - CSL-JSON items with distinct ids.
 * @param options - Style, locale, format and kind.
 * @returns One string per item: bibliography entries in the style's order, or citations in the given order.
 * @throws {@link CiteError} `INVALID_INPUT` for duplicate ids, or an unknown option.
 * @example
 * ```ts
 * import { formatBibliography } from '@track4tip/cite/engine';
 * import { getEvent, getPressRelease } from '@track4tip/core';
 * import { toCsl } from '@track4tip/cite';
 * const entries = await formatBibliography([toCsl(getPressRelease()), toCsl(getEvent('unodc-webinar'))], { style: 'apa' });
 * ```
 */
export async function formatBibliography(
  items: readonly CslItem[],
  options: Omit<FormatCitationOptions, 'title' | 'organizations' | 'accessed'>,
): Promise<string[]> {
  const { style, locale, format, kind } = resolveOptions(options);
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new CiteError(
        'INVALID_INPUT',
        `items.${index}.id`,
        `duplicate item id ${JSON.stringify(item.id)}; give each item its own id`,
      );
    }
    seen.add(item.id);
  });
  const engine = await engineFor(style, locale);
  return engine.renderList(items, kind, format);
}
