// The caller's `SuppliedPage` (`toJsonLd`'s `page` option: the page the graph is embedded in, not
// a dataset entity) as a schema.org `WebPage`.

import { isHttpUrl, isSingleLine } from '@track4tip/core';
import { JsonLdError } from '../errors.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode, JsonLdReference } from '../types.js';

/**
 * The web page the graph is embedded in: written as a `WebPage` whose `mainEntity` is what the
 * page is about, which in turn names the page as `mainEntityOfPage`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedPage, toJsonLd } from '@track4tip/jsonld';
 * const page: SuppliedPage = { url: 'https://www.example.org/events/webinar', name: 'The webinar' };
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'unodc-webinar' }], page });
 * ```
 */
export interface SuppliedPage {
  /** The page's absolute URL; also its `@id`. */
  readonly url: string;
  /** Its title. */
  readonly name?: string;
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Checks the `page` option with core's rules for URLs and one-line text. */
export function checkPage(
  page: unknown,
  path: readonly (string | number)[],
): asserts page is SuppliedPage {
  if (page === null || typeof page !== 'object' || Array.isArray(page)) {
    throw new JsonLdError('INVALID_OPTION', `expected { url, name? }; got ${show(page)}`, { path });
  }
  for (const key of Object.keys(page)) {
    if (key !== 'url' && key !== 'name') {
      throw new JsonLdError(
        'INVALID_OPTION',
        `unknown page field ${show(key)}; a page has its url and, if known, its name (its title)`,
        { path: [...path, key] },
      );
    }
  }
  const { url, name } = page as Record<string, unknown>;
  if (!isHttpUrl(url)) {
    throw new JsonLdError(
      'INVALID_OPTION',
      `expected the page's absolute http(s) URL such as "https://www.example.org/page"; got ${show(url)}`,
      { path: [...path, 'url'] },
    );
  }
  if (name !== undefined && !(isSingleLine(name) && name.trim() !== '' && name.trim() === name)) {
    throw new JsonLdError(
      'INVALID_OPTION',
      "expected the page's title as one line of text without surrounding spaces; leave it out if unknown",
      { path: [...path, 'name'] },
    );
  }
}

/** The `WebPage` node of the page, naming what it is about as `mainEntity`. */
export function suppliedPageNode(
  page: SuppliedPage,
  locale: string | undefined,
  mainEntity: readonly JsonLdReference[],
): JsonLdNode {
  return asNode(
    defined({
      '@type': 'WebPage',
      '@id': page.url,
      inLanguage: locale,
      mainEntity: [...mainEntity],
      name: page.name,
      url: page.url,
    }),
  );
}
