/**
 * Everything a page's `<head>` needs about a TRACK4TIP entity, from the model, in one call
 * (`headFor`; `headForSite` for a page about the site itself): the JSON-LD script, `<title>` and description, canonical and `hreflang` links, Open
 * Graph, the Twitter card, Highwire `citation_*` and Dublin Core tags for citation managers, and
 * the COinS of the citation shown in the body (`coinsSpan`). `renderHead` writes escaped HTML
 * (Astro: `set:html`); `toNextMetadata` and `toNextJsonLd` serve Next.js, `toUnhead` unhead's
 * `useHead`. No framework is imported.
 *
 * @packageDocumentation
 */
export {
  type NextJsonLdProps,
  type NextMetadata,
  toNextJsonLd,
  toNextMetadata,
} from './adapters/next.js';
export { toUnhead, type UnheadInput } from './adapters/unhead.js';
export { coinsSpan, toContextObject } from './coins.js';
export { HeadError, type HeadErrorCode } from './errors.js';
export { headFor } from './head.js';
export { renderHead } from './render.js';
export { headForSite } from './site.js';
export type {
  CitationName,
  HeadCitation,
  HeadOptions,
  HeadSubject,
  HeadTags,
  LinkTag,
  MetaTag,
  PageAlternate,
  PageImage,
  ScriptTag,
} from './types.js';
