// A user's own in-person event page, built in the browser from the user's records: the event,
// its organiser and the WebPage, as one script tag.
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { ownEvent } from './publisher.mjs';

document.head.insertAdjacentHTML(
  'beforeend',
  toScriptTag(
    toJsonLd(ownEvent.dataset, {
      baseUrl: ownEvent.baseUrl,
      include: [{ type: 'event', id: 'quito-training-2025' }],
      page: ownEvent.page,
    }),
  ),
);
