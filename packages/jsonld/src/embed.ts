import { JsonLdError } from './errors.js';
import type { JsonLdGraph } from './types.js';

// `<`, `>` and `&` can start a tag, a comment or a character reference in HTML; U+2028/U+2029 are
// line terminators in older JavaScript. As `\u` escapes inside JSON strings they are inert, and
// `JSON.parse` restores them exactly. JSON.stringify already escapes C0 controls and lone
// surrogates, and these characters never occur outside strings.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialises a graph as JSON that is safe to place inside an HTML `<script>` element.
 *
 * @param graph - The graph to serialise, e.g. from `toJsonLd`.
 * @returns Compact JSON in which `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes;
 *   `JSON.parse` of it gives back the same data.
 * @example
 * ```ts
 * import { serialize } from '@track4tip/jsonld';
 * serialize({ '@context': 'https://schema.org', '@graph': [] });
 * // '{"@context":"https://schema.org","@graph":[]}'
 * ```
 */
export function serialize(graph: JsonLdGraph): string {
  return escapeJson(JSON.stringify(graph));
}

/** JSON text with the characters HTML could act on written as `\u` escapes (internal). */
export function escapeJson(json: string): string {
  // Five native substring searches are far cheaper than one regular-expression pass, and most
  // graphs contain none of these characters.
  if (
    !json.includes('<') &&
    !json.includes('>') &&
    !json.includes('&') &&
    !json.includes('\u2028') &&
    !json.includes('\u2029')
  ) {
    return json;
  }
  return json.replace(UNSAFE, (character) => ESCAPES[character] ?? character);
}

// A CSP nonce is a base64 or base64url value (CSP3 `nonce-source`); anything else is refused
// rather than escaped into something the browser would not match.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Options of {@link toScriptTag}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type ScriptTagOptions, toJsonLd, toScriptTag } from '@track4tip/jsonld';
 * const options: ScriptTagOptions = { nonce: 'r4nd0mN0nce' };
 * const html = toScriptTag(toJsonLd(fixtures, { baseUrl: 'https://www.example.org/' }), options);
 * ```
 */
export interface ScriptTagOptions {
  /** A Content-Security-Policy nonce (base64 or base64url), written as the `nonce` attribute. */
  readonly nonce?: string;
}

/**
 * Wraps a graph in a `<script type="application/ld+json">` element that no HTML parser can leave
 * early.
 *
 * @param graph - The graph to embed, e.g. from `toJsonLd`.
 * @param options - An optional CSP `nonce`.
 * @returns The script element as HTML.
 * @throws {@link JsonLdError} with code `INVALID_NONCE` when the nonce is not base64/base64url.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
 * const html = toScriptTag(
 *   toJsonLd(fixtures, {
 *     baseUrl: 'https://example.org/',
 *     include: [{ type: 'event', id: 'unodc-webinar' }],
 *   }),
 *   { nonce: 'rAnd0m123' },
 * );
 * ```
 */
export function toScriptTag(graph: JsonLdGraph, options: ScriptTagOptions = {}): string {
  return scriptElement(serialize(graph), options);
}

/** The script element around JSON text already escaped by {@link escapeJson} (internal). */
export function scriptElement(json: string, options: ScriptTagOptions): string {
  const { nonce } = options;
  let attributes = ' type="application/ld+json"';
  if (nonce !== undefined) {
    if (typeof nonce !== 'string' || nonce.length > 1024 || !NONCE.test(nonce)) {
      throw new JsonLdError(
        'INVALID_NONCE',
        'expected a base64 or base64url CSP nonce (letters, digits, + / _ -, up to two trailing =); pass the same value as in your Content-Security-Policy header',
        { path: ['options', 'nonce'] },
      );
    }
    attributes += ` nonce="${nonce}"`;
  }
  return `<script${attributes}>${json}</script>`;
}
