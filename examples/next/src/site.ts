/**
 * What the page says, computed with the SDK's public API at build time (a server component runs
 * it; nothing of it is sent to the browser as JavaScript).
 */
import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import { fixtures, getAward, getEvent } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import { type HeadTags, headFor } from '@track4tip/head';

/** The site's public address: every JSON-LD `@id` starts with it (`SITE_URL` overrides it). */
export const SITE_URL = process.env.SITE_URL ?? 'https://www.example.org/';

/**
 * The webinar's official name, if you have one: the press release gives none, so by default the
 * page uses the library's descriptive label and the JSON-LD has no `name`.
 */
export const EVENT_NAME = process.env.TRACK4TIP_EVENT_NAME || undefined;

/** The page's summary (its meta description and first paragraph). */
export const DESCRIPTION =
  'Held online on 1 February 2021, led by UNODC under the TRACK4TIP initiative.';

/**
 * Everything the page's head says about the webinar, from `headFor`: JSON-LD, title,
 * description, canonical link, Open Graph, Twitter card, Highwire and Dublin Core tags.
 */
export function webinarHead(eventName?: string): HeadTags {
  // A name the press release does not give is the publisher's: it completes the record.
  const data =
    eventName === undefined
      ? fixtures
      : completeDataset(fixtures, { events: { 'unodc-webinar': { title: eventName } } });
  return headFor(
    data,
    { type: 'event', id: 'unodc-webinar' },
    {
      url: SITE_URL,
      language: 'en',
      locale: 'en-US',
      siteName: 'TRACK4TIP webinar, 1 February 2021',
      description: DESCRIPTION,
    },
  );
}

/** The page's JSON-LD graph: the webinar and the nodes it links to. */
export const webinarGraph = (eventName?: string) => webinarHead(eventName).script[0]?.graph;

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
