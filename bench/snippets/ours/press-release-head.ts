// The press release page's <head>: JSON-LD, meta and link tags, Highwire and Dublin Core tags, and
// the COinS span for Zotero, from the fixtures. No citation engine, no zod, no schema-dts.
import { fixtures } from '@track4tip/core';
import { coinsSpan, headFor, renderHead } from '@track4tip/head';

const head = headFor(
  fixtures,
  { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
  { url: 'https://www.example.org/en/press-release.html', language: 'en' },
);
export const html = renderHead(head) + coinsSpan(head.citation);
