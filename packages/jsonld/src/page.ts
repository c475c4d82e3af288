import { escapeJson, type ScriptTagOptions, scriptElement } from './embed.js';
import { JsonLdError } from './errors.js';
import type { EntityRef } from './graph.js';
import { normalizeBaseUrl } from './ids.js';
import { PAGE_BASE_URL } from './internal/page-base.js';

/**
 * The JSON-LD of one fixture page, made at build time by `toJsonLd` (English, default detail) and
 * `serialize`, waiting for the site's base URL. Use it with {@link pageJson} or
 * {@link pageScriptTag}; import only the pages you use, so a bundle carries only their data.
 *
 * @example
 * ```ts
 * import { type PrecomputedPage, pageJson, pressReleasePage, webinarPage } from '@track4tip/jsonld';
 * const pages: PrecomputedPage[] = [webinarPage, pressReleasePage];
 * const json = pages.map((page) => pageJson(page, { baseUrl: 'https://www.example.org/' }));
 * ```
 */
export interface PrecomputedPage {
  /** The entity the page is about, as passed to `toJsonLd`'s `include`. */
  readonly entity: EntityRef;
  /** The serialised graph, escaped for HTML, with a placeholder where the base URL goes. */
  readonly template: string;
}

/**
 * Options of {@link pageJson}.
 *
 * @example
 * ```ts
 * import { type PageOptions, pageJson, track4tipPage } from '@track4tip/jsonld';
 * const options: PageOptions = { baseUrl: 'https://www.example.org/' };
 * const json = pageJson(track4tipPage, options);
 * ```
 */
export interface PageOptions {
  /** The site's base URL, checked and normalised as `toJsonLd` does. */
  readonly baseUrl: string;
}

/**
 * The JSON-LD text of a precomputed page for your site: exactly what
 * `serialize(toJsonLd(fixtures, { baseUrl, include: [page.entity] }))` returns, without carrying
 * the fixture data or the serialisers.
 *
 * @param page - A precomputed page, e.g. `webinarPage`.
 * @param options - The site's `baseUrl`.
 * @returns Compact JSON, safe inside an HTML `<script>` element.
 * @throws {@link JsonLdError} with code `INVALID_OPTION` for a bad base URL or something that is
 *   not a precomputed page.
 * @example
 * ```ts
 * import { pageJson, webinarPage } from '@track4tip/jsonld';
 * const json = pageJson(webinarPage, { baseUrl: 'https://www.example.org/' });
 * ```
 */
export function pageJson(page: PrecomputedPage, options: PageOptions): string {
  if (page === null || typeof page !== 'object' || typeof page.template !== 'string') {
    throw new JsonLdError(
      'INVALID_OPTION',
      'expected a precomputed page such as `webinarPage` from @track4tip/jsonld',
      { path: ['page'] },
    );
  }
  if (options === null || typeof options !== 'object') {
    throw new JsonLdError('INVALID_OPTION', 'expected an options object with { baseUrl }', {
      path: ['options'],
    });
  }
  // The base URL as `serialize` writes it inside a JSON string.
  const base = escapeJson(JSON.stringify(normalizeBaseUrl(options.baseUrl)).slice(1, -1));
  return page.template.split(PAGE_BASE_URL).join(base);
}

/**
 * Options of {@link pageScriptTag}.
 *
 * @example
 * ```ts
 * import { type PageScriptTagOptions, pageScriptTag, pressReleasePage } from '@track4tip/jsonld';
 * const options: PageScriptTagOptions = { baseUrl: 'https://www.example.org/', nonce: 'r4nd0mN0nce' };
 * const html = pageScriptTag(pressReleasePage, options);
 * ```
 */
export interface PageScriptTagOptions extends PageOptions, ScriptTagOptions {}

/**
 * The `<script type="application/ld+json">` element of a precomputed page for your site: exactly
 * what `toScriptTag(toJsonLd(fixtures, { baseUrl, include: [page.entity] }), { nonce })` returns.
 *
 * @param page - A precomputed page: `webinarPage`, `pressReleasePage` or `track4tipPage`.
 * @param options - The site's `baseUrl` and an optional CSP `nonce`.
 * @returns The script element as HTML.
 * @throws {@link JsonLdError} with code `INVALID_OPTION` (base URL, page) or `INVALID_NONCE`.
 * @example
 * ```ts no-run
 * // Not run: writes into a browser's `document`.
 * import { pageScriptTag, webinarPage } from '@track4tip/jsonld';
 * document.head.insertAdjacentHTML(
 *   'beforeend',
 *   pageScriptTag(webinarPage, { baseUrl: 'https://www.example.org/' }),
 * );
 * ```
 */
export function pageScriptTag(page: PrecomputedPage, options: PageScriptTagOptions): string {
  return scriptElement(pageJson(page, options), options);
}
