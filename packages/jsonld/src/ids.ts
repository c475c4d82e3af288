import type { EntityType } from '@track4tip/core';
import { JsonLdError } from './errors.js';

/**
 * Checks and normalises a site's base URL: absolute `http(s)`, no credentials, query or fragment,
 * and a path that ends in `/` (so `https://example.org/sdk` and `https://example.org/sdk/` give the
 * same ids).
 *
 * @param baseUrl - The caller's base URL.
 * @param path - Where the value came from, for the error message.
 * @returns The normalised URL.
 * @throws {@link JsonLdError} with code `INVALID_OPTION` for anything else.
 * @example
 * ```ts
 * import { normalizeBaseUrl } from '@track4tip/jsonld';
 * normalizeBaseUrl('https://Example.org/sdk'); // 'https://example.org/sdk/'
 * ```
 */
export function normalizeBaseUrl(
  baseUrl: string,
  path: readonly (string | number)[] = ['options', 'baseUrl'],
): string {
  // A site passes the same base URL on every call: parse it once (a pure function of the string).
  if (baseUrl === lastBaseUrl && typeof baseUrl === 'string') return lastNormalized;
  const normalized = parseBaseUrl(baseUrl, path);
  lastBaseUrl = baseUrl;
  lastNormalized = normalized;
  return normalized;
}

let lastBaseUrl: string | undefined;
let lastNormalized = '';

function parseBaseUrl(baseUrl: string, path: readonly (string | number)[]): string {
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    !/^https?:\/\//i.test(baseUrl)
  ) {
    throw new JsonLdError(
      'INVALID_OPTION',
      `expected an absolute http(s) URL without credentials, query or fragment, e.g. "https://www.example.org/"; got ${JSON.stringify(baseUrl)}`,
      { path },
    );
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

// Characters encodeURIComponent leaves as they are (a subset: the rest go through it).
const SAFE_ID = /^[\w.~-]*$/;

/**
 * The stable `@id` of an entity: the same on every page and in every language, because it depends
 * only on the site's base URL, the entity's type and its id.
 *
 * @param baseUrl - A base URL as returned by {@link normalizeBaseUrl}.
 * @param type - The entity's type.
 * @param id - The entity's id, e.g. `unodc-webinar`.
 * @returns An absolute IRI such as `https://example.org/#/schema/event/unodc-webinar`.
 * @example
 * ```ts
 * import { entityId, normalizeBaseUrl } from '@track4tip/jsonld';
 * entityId(normalizeBaseUrl('https://example.org'), 'country', 'CW');
 * // 'https://example.org/#/schema/country/CW'
 * ```
 */
export function entityId(baseUrl: string, type: EntityType, id: string): string {
  // Most ids are already URL-safe (and encodeURIComponent leaves them as they are): skip the copy.
  return `${baseUrl}#/schema/${type}/${SAFE_ID.test(id) ? id : encodeURIComponent(id)}`;
}
