// The webinar's page, complete: the fixtures completed in the browser with what the page's
// publisher knows (the name, page URL, online location, times and image the press release does
// not give), then the page's JSON-LD with its WebPage node, as one script tag.
import { fixtures } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { webinarPage } from './publisher.mjs';

const completed = completeDataset(fixtures, webinarPage.supplement);
document.head.insertAdjacentHTML(
  'beforeend',
  toScriptTag(
    toJsonLd(completed, {
      baseUrl: webinarPage.baseUrl,
      include: [{ type: 'event', id: 'unodc-webinar' }],
      page: webinarPage.page,
    }),
  ),
);
