// The webinar page's structured data: the event and the nodes it links to, as one
// <script type="application/ld+json">, precomputed at build time (only the base URL is filled in).
import { pageScriptTag, webinarPage } from '@track4tip/jsonld';

document.head.insertAdjacentHTML(
  'beforeend',
  pageScriptTag(webinarPage, { baseUrl: 'https://www.unodc.org/' }),
);
