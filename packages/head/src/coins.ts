import { escapeHtml } from './internal/escape.js';
import type { HeadCitation } from './types.js';

// The Zotero item type of each CSL type, as Zotero's own OpenURL writer and its COinS reader
// (`rft.type` of the Dublin Core format) spell it; a report uses OpenURL's book format.
const ZOTERO_TYPE = {
  document: 'document',
  article: 'document',
  webpage: 'webpage',
  event: 'presentation',
  speech: 'presentation',
} as const;

// encodeURIComponent refuses a lone surrogate: it is written as the U+FFFD a UTF-8 page would show.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encodeValue = (value: string): string =>
  encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));

/**
 * The OpenURL ContextObject (Z39.88-2004, key/encoded-value form) of a citation, as COinS carries
 * it: a report in the book format (`rft.genre=report`), anything else in the Dublin Core format
 * with its Zotero item type in `rft.type`, as Zotero writes it; an institution as `rft.aucorp`
 * (Zotero keeps it as one name), a person as `rft.au`, or in parts (`rft.aulast`, `rft.aufirst`)
 * where the record gives them.
 *
 * @param citation - What to describe, e.g. `headFor(…).citation`.
 * @returns The ContextObject, e.g. `ctx_ver=Z39.88-2004&rft_val_fmt=…`.
 * @example
 * ```ts
 * import { toContextObject } from '@track4tip/head';
 * const kev = toContextObject({
 *   type: 'document',
 *   title: 'Annual report',
 *   authors: [{ name: 'United Nations Office on Drugs and Crime', institution: true }],
 *   date: '2021',
 * });
 * console.log(kev.includes('rft.aucorp=United%20Nations%20Office%20on%20Drugs%20and%20Crime')); // true
 * ```
 */
export function toContextObject(citation: HeadCitation): string {
  const pairs: [string, string | undefined][] = [['ctx_ver', 'Z39.88-2004']];
  if (citation.type === 'report') {
    pairs.push(
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
      ['rft.genre', 'report'],
      ['rft.btitle', citation.title],
    );
  } else {
    pairs.push(
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
      ['rft.type', ZOTERO_TYPE[citation.type]],
      ['rft.title', citation.title],
    );
  }
  for (const author of citation.authors) {
    if (author.family !== undefined) {
      // One creator in parts: `rft.aulast` starts it, `rft.aufirst` completes it.
      pairs.push(['rft.aulast', author.family]);
      if (author.given !== undefined) pairs.push(['rft.aufirst', author.given]);
    } else pairs.push([author.institution ? 'rft.aucorp' : 'rft.au', author.name]);
  }
  pairs.push(
    ['rft.date', citation.date],
    ['rft.pub', citation.publisher],
    ['rft_id', citation.url],
    ['rft.language', citation.language],
  );
  return pairs
    .flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${encodeValue(value)}`]))
    .join('&');
}

/**
 * A COinS element for the citation shown in a page's body: an empty
 * `<span class="Z3988" title="…">` that Zotero's COinS translator reads (and prefers to the
 * page's meta tags), with the attribute escaped.
 *
 * @param citation - What to describe, e.g. `headFor(…).citation`.
 * @returns The span as HTML.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { coinsSpan, headFor } from '@track4tip/head';
 * const { citation } = headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, {
 *   url: 'https://www.example.org/webinar', language: 'en',
 * });
 * const html = citation === undefined ? '' : coinsSpan(citation);
 * ```
 */
export function coinsSpan(citation: HeadCitation): string {
  return `<span class="Z3988" title="${escapeHtml(toContextObject(citation))}"></span>`;
}
