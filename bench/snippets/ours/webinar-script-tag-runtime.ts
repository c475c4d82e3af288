// The webinar page's structured data built in the browser from the fixtures: what a page pays
// for `toJsonLd` and `toScriptTag` instead of the precomputed page.
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
