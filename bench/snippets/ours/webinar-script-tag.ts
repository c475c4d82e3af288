// The webinar page's structured data: the event and the nodes it links to, as one
// <script type="application/ld+json"> built from the fixtures.
import { fixtures } from '@track4tip/core';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';

document.head.insertAdjacentHTML(
  'beforeend',
  toScriptTag(
    toJsonLd(fixtures, {
      baseUrl: 'https://www.unodc.org/',
      include: [{ type: 'event', id: 'unodc-webinar' }],
    }),
  ),
);
