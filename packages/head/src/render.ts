import { type ScriptTagOptions, toScriptTag } from '@track4tip/jsonld';
import { escapeHtml } from './internal/escape.js';
import type { HeadTags, LinkTag, MetaTag } from './types.js';

function metaElement(tag: MetaTag): string {
  const key =
    tag.property === undefined
      ? `name="${escapeHtml(tag.name ?? '')}"`
      : `property="${escapeHtml(tag.property)}"`;
  return `<meta ${key} content="${escapeHtml(tag.content)}">`;
}

function linkElement(tag: LinkTag): string {
  const hreflang = tag.hreflang === undefined ? '' : ` hreflang="${escapeHtml(tag.hreflang)}"`;
  return `<link rel="${escapeHtml(tag.rel)}"${hreflang} href="${escapeHtml(tag.href)}">`;
}

/**
 * The tags of {@link headFor} as HTML for a page's `<head>`, one element a line: every value
 * escaped, the JSON-LD written by `toScriptTag` of `@track4tip/jsonld`, so no value of the data can
 * end an element or add one. In Astro: `<Fragment set:html={renderHead(head)} />`.
 *
 * @param head - The tags, from {@link headFor}.
 * @param options - An optional CSP `nonce` for the script element.
 * @returns HTML: `<title>`, `<meta>`, `<link>` and `<script>` elements.
 * @throws `JsonLdError` `INVALID_NONCE` (from `@track4tip/jsonld`) for a nonce that is not base64.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, renderHead } from '@track4tip/head';
 * const html = renderHead(
 *   headFor(fixtures, { type: 'initiative', id: 'track4tip' }, { url: 'https://www.example.org/track4tip', language: 'en' }),
 * );
 * console.log(html.startsWith('<title>TRACK4TIP</title>')); // true
 * ```
 */
export function renderHead(head: HeadTags, options: ScriptTagOptions = {}): string {
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    ...head.meta.map(metaElement),
    ...head.link.map(linkElement),
    ...head.script.map((script) => toScriptTag(script.graph, options)),
  ].join('\n');
}
