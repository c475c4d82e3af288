/**
 * What the page says, computed with the SDK's public API at build time (a server component runs
 * it; nothing of it is sent to the browser as JavaScript).
 */
import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import { fixtures, getAward, getEvent } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import { toJsonLd } from '@track4tip/jsonld';

/** The site's public address: every JSON-LD `@id` starts with it (`SITE_URL` overrides it). */
export const SITE_URL = process.env.SITE_URL ?? 'https://www.example.org/';

/**
 * The webinar's official name, if you have one: the press release gives none, so by default the
 * page uses the library's descriptive label and the JSON-LD has no `name`.
 */
export const EVENT_NAME = process.env.TRACK4TIP_EVENT_NAME || undefined;

/** The JSON-LD graph of the page: the webinar and the nodes it links to. */
export function webinarGraph(eventName?: string) {
  // A name the press release does not give is the publisher's: it completes the record.
  const data =
    eventName === undefined
      ? fixtures
      : completeDataset(fixtures, { events: { 'unodc-webinar': { title: eventName } } });
  return toJsonLd(data, {
    baseUrl: SITE_URL,
    include: [{ type: 'event', id: 'unodc-webinar' }],
  });
}

/** The webinar's APA citation, as HTML (to show) and plain text (to copy). */
export function webinarCitation() {
  const event = getEvent('unodc-webinar');
  return {
    html: formatCitation(event, { style: 'apa', locale: 'en-US', format: 'html' }).value,
    text: formatCitation(event, { style: 'apa', locale: 'en-US', format: 'text' }).value,
  };
}

/** The press release's funding statement, in its website wording, as HTML. */
export function fundingDisclaimer(): string {
  return formatDisclaimer({
    award: getAward('SSJTIP19CA0027'),
    medium: 'website',
    locale: 'en-US',
    format: 'html',
  }).value;
}

/** The page's heading: the name you supplied, else the library's descriptive label. */
export const heading = (eventName?: string): string =>
  eventName ?? getEvent('unodc-webinar').descriptiveLabel;
