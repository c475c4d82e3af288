/**
 * Cross-check of `validate(...).richResults` against an independent implementation of Google's
 * rich-result rules: Adobe's `@adobe/structured-data-validator`, fed exactly as it is meant to be
 * used: our JSON-LD in a `<script>` element of a page, extracted by `@marbec/web-auto-extractor`.
 *
 * The corpus is built by mutation: valid Event, NewsArticle and Organization items and the
 * fixture pages (with supplied values), each changed by one mutation derived from Google's
 * documentation. Every case is checked twice:
 *
 * 1. against Google's documentation: the items it makes ineligible, and why (`ineligible`);
 * 2. against Adobe: every error Adobe reports is a field our item lists as missing, and every item
 *    we call ineligible has an Adobe error. Where the two legitimately differ, the difference is
 *    in `DIFFERENCES` with its reason and doc link; the differences seen must be exactly those.
 */
import Validator, { type Issue } from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { fixtures, formatPath, type IssuePath } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { toJsonLd, toScriptTag } from '../src/index.js';
import { type RichResultItem, type ValidationResult, validate } from '../src/validate.js';

const SITE = 'https://www.example.org/';
const S = 'https://schema.org/';

type Node = Record<string, unknown>;

const place = {
  '@type': 'Place',
  name: 'Example Conference Centre',
  address: {
    '@type': 'PostalAddress',
    streetAddress: '1 Example Street',
    addressLocality: 'Example City',
    addressCountry: 'AT',
  },
};
const virtual = { '@type': 'VirtualLocation', url: `${SITE}join` };

/** An Event with everything Google's Event page requires and recommends. */
const EVENT: Node = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Example conference',
  description: 'A made-up event for the test.',
  startDate: '2021-02-01T15:00:00+01:00',
  endDate: '2021-02-01T17:00:00+01:00',
  eventAttendanceMode: `${S}OfflineEventAttendanceMode`,
  eventStatus: `${S}EventScheduled`,
  location: place,
  image: [`${SITE}event.jpg`],
  organizer: { '@type': 'Organization', name: 'Example Organization', url: SITE },
  performer: { '@type': 'Person', name: 'Jane Doe' },
  offers: {
    '@type': 'Offer',
    price: '0',
    priceCurrency: 'EUR',
    availability: `${S}InStock`,
    url: `${SITE}tickets`,
    validFrom: '2021-01-01T00:00:00+01:00',
  },
};

/** A NewsArticle with everything Google's Article page recommends. */
const ARTICLE: Node = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'An example headline',
  image: [`${SITE}article.jpg`],
  datePublished: '2021-02-01T08:00:00+01:00',
  dateModified: '2021-02-02T09:00:00+01:00',
  author: [{ '@type': 'Person', name: 'Jane Doe', url: `${SITE}jane` }],
};

/** An Organization with the main properties Google's Organization page recommends. */
const ORGANIZATION: Node = {
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Example Organization',
  url: SITE,
  logo: `${SITE}logo.png`,
  description: 'A made-up organization for the test.',
  sameAs: ['https://en.wikipedia.org/wiki/Example'],
};

const drop = (node: Node, key: string): Node => {
  const { [key]: _, ...rest } = node;
  return rest;
};
const set = (node: Node, key: string, value: unknown): Node => ({ ...node, [key]: value });
const online = (node: Node, location: unknown): Node => ({
  ...node,
  eventAttendanceMode: `${S}OnlineEventAttendanceMode`,
  location,
});

interface Case {
  readonly name: string;
  readonly doc: unknown;
  /** What Google's documentation makes of it: `<item path> <missing required fields>` per ineligible item. */
  readonly ineligible: readonly string[];
}

const event = (name: string, doc: Node, ineligible: string[] = []): Case => ({
  name: `Event: ${name}`,
  doc,
  ineligible,
});
const article = (name: string, doc: Node): Case => ({
  name: `Article: ${name}`,
  doc,
  ineligible: [], // https://developers.google.com/search/docs/appearance/structured-data/article: nothing is required
});
const organization = (name: string, doc: Node): Case => ({
  name: `Organization: ${name}`,
  doc,
  ineligible: [], // https://developers.google.com/search/docs/appearance/structured-data/organization: nothing is required
});

const CORPUS: readonly Case[] = [
  // https://developers.google.com/search/docs/appearance/structured-data/event
  event('complete', EVENT),
  ...['name', 'startDate', 'location'].map((key) =>
    event(`without ${key}`, drop(EVENT, key), [` ${key}`]),
  ),
  event('empty name', set(EVENT, 'name', ''), [' name']),
  event('blank name', set(EVENT, 'name', '   '), [' name']),
  event('name as an empty array', set(EVENT, 'name', []), [' name']),
  event('text location', set(EVENT, 'location', 'Example City'), [' location']),
  event('PostalAddress as location', set(EVENT, 'location', place.address), [' location']),
  event('Place without address', set(EVENT, 'location', drop(place, 'address')), [
    ' location.address',
  ]),
  event('Place with an empty address', set(EVENT, 'location', set(place, 'address', '')), [
    ' location.address',
  ]),
  event('Place with a text address', set(EVENT, 'location', set(place, 'address', '1 Example St'))),
  // Google's Event page (updated 2026-09-08): "Events must take place in a physical location";
  // a VirtualLocation alone is valid schema.org, but the event is not eligible.
  event('online, VirtualLocation with url', online(EVENT, virtual), [' location']),
  event('online, VirtualLocation without url', online(EVENT, drop(virtual, 'url')), [' location']),
  event('online, a Place only', online(EVENT, place)),
  event(
    'mixed, a VirtualLocation only',
    set(online(EVENT, virtual), 'eventAttendanceMode', `${S}MixedEventAttendanceMode`),
    [' location'],
  ),
  event(
    'mixed, a Place and a VirtualLocation',
    set(online(EVENT, [place, virtual]), 'eventAttendanceMode', `${S}MixedEventAttendanceMode`),
  ),
  event(
    'moved online without a VirtualLocation',
    set(EVENT, 'eventStatus', `${S}EventMovedOnline`),
  ),
  event('startDate without UTC offset', set(EVENT, 'startDate', '2021-02-01T15:00:00')),
  event('startDate as a date only', set(EVENT, 'startDate', '2021-02-01')),
  event('startDate not ISO 8601', set(EVENT, 'startDate', '1 February 2021'), [' startDate']),
  event('startDate an impossible date', set(EVENT, 'startDate', '2021-02-30'), [' startDate']),
  event('endDate before startDate', set(EVENT, 'endDate', '2021-01-31T15:00:00+01:00')),
  event('organizer as text', set(EVENT, 'organizer', 'Example Organization')),
  event('organizer without name', set(EVENT, 'organizer', { '@type': 'Organization', url: SITE })),
  event('performer without name', set(EVENT, 'performer', { '@type': 'Person' })),
  event(
    'image as ImageObject with url',
    set(EVENT, 'image', { '@type': 'ImageObject', url: `${SITE}e.jpg` }),
  ),
  event(
    'image as ImageObject without url',
    set(EVENT, 'image', { '@type': 'ImageObject', caption: 'x' }),
  ),
  event('relative image URL', set(EVENT, 'image', 'event.jpg')),
  event('array @type', set(EVENT, '@type', ['Event', 'EducationEvent'])),
  event('sub-type BusinessEvent', set(EVENT, '@type', 'BusinessEvent')),
  event(
    'nested sub-event missing its date and location',
    set(EVENT, 'subEvent', [{ '@type': 'Event', name: 'Session one' }]),
    ['subEvent[0] location startDate'],
  ),
  event(
    'nested sub-event with a nameless organizer',
    set(EVENT, 'subEvent', { ...drop(EVENT, '@context'), organizer: { '@type': 'Organization' } }),
  ),
  event(
    'location by reference, without address',
    {
      '@context': 'https://schema.org',
      '@graph': [
        { ...drop(EVENT, '@context'), '@id': `${SITE}#e`, location: { '@id': `${SITE}#p` } },
        { ...drop(place, 'address'), '@id': `${SITE}#p` },
      ],
    },
    [`${SITE}#e location.address`],
  ),
  // https://developers.google.com/search/docs/appearance/structured-data/article
  article('complete', ARTICLE),
  ...['headline', 'image', 'datePublished', 'author'].map((key) =>
    article(`without ${key}`, drop(ARTICLE, key)),
  ),
  article('blank headline', set(ARTICLE, 'headline', ' ')),
  article('author as text', set(ARTICLE, 'author', 'Jane Doe')),
  article('author a WebPage', set(ARTICLE, 'author', { '@type': 'WebPage', name: 'Jane' })),
  article('author a Person without name', set(ARTICLE, 'author', { '@type': 'Person', url: SITE })),
  article(
    'author an Organization without name',
    set(ARTICLE, 'author', { '@type': 'Organization' }),
  ),
  article(
    'second author without name',
    set(ARTICLE, 'author', [
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', url: `${SITE}john` },
    ]),
  ),
  article('datePublished without UTC offset', set(ARTICLE, 'datePublished', '2021-02-01T08:00:00')),
  article('datePublished not ISO 8601', set(ARTICLE, 'datePublished', 'yesterday')),
  article('dateModified before datePublished', set(ARTICLE, 'dateModified', '2021-01-01')),
  article('relative image URL', set(ARTICLE, 'image', '/article.jpg')),
  article('image as ImageObject without url', set(ARTICLE, 'image', { '@type': 'ImageObject' })),
  article('type BlogPosting', set(ARTICLE, '@type', 'BlogPosting')),
  // https://developers.google.com/search/docs/appearance/structured-data/organization
  organization('complete', ORGANIZATION),
  organization('without name', drop(ORGANIZATION, 'name')),
  organization('empty name', set(ORGANIZATION, 'name', '')),
  organization('blank name', set(ORGANIZATION, 'name', '  ')),
  organization('NGO without name', set(drop(ORGANIZATION, 'name'), '@type', 'NGO')),
  organization('relative url', set(ORGANIZATION, 'url', '/')),
  organization(
    'logo as ImageObject with url',
    set(ORGANIZATION, 'logo', { '@type': 'ImageObject', url: `${SITE}l.png` }),
  ),
  organization(
    'logo as ImageObject without url',
    set(ORGANIZATION, 'logo', { '@type': 'ImageObject' }),
  ),
  // @context forms
  ...[
    'http://schema.org',
    'https://schema.org/',
    ['https://schema.org', { '@language': 'en' }],
  ].map((context) => event(`@context ${JSON.stringify(context)}`, set(EVENT, '@context', context))),
  // Not schema.org: Google reads none of it, so there is no item at all.
  ...['https://example.org/vocab/', ['https://schema.org', 'https://example.org/context']].map(
    (context): Case => ({
      name: `not schema.org: @context ${JSON.stringify(context)}`,
      doc: set(drop(ORGANIZATION, 'name'), '@context', context),
      ineligible: [],
    }),
  ),
  {
    name: 'not schema.org: no @context',
    doc: drop(drop(ORGANIZATION, 'name'), '@context'),
    ineligible: [],
  },
];

const WEBINAR = 'unodc-webinar';
const PRESS_RELEASE = 'unodc-press-release-2021-02-01';
const id = (path: string) => `${SITE}#/schema/${path}`;
/** What the source lacks for the webinar series (no title, no join URL, no date of the first session). */
const UNSTATED = [
  `${id('event/unodc-webinar')} location name`,
  `${id('event-series/criminal-justice-cooperation-series')} location name startDate`,
  `${id('event/us-doj-session')} location name startDate`,
];

/** Our own pages, built with `toJsonLd`, with and without the values the source does not give. */
const PAGES: readonly Case[] = [
  {
    name: 'fixtures: every entity',
    doc: toJsonLd(fixtures, { baseUrl: SITE }),
    ineligible: UNSTATED,
  },
  {
    name: 'fixtures: the webinar page, with a supplied name and join URL',
    doc: toJsonLd(
      completeDataset(fixtures, {
        events: {
          [WEBINAR]: {
            title: 'Supplied name',
            url: `${SITE}webinar`,
            location: { virtualLocation: { url: `${SITE}join` } },
            image: `${SITE}w.jpg`,
          },
        },
      }),
      { baseUrl: SITE, include: [{ type: 'event', id: WEBINAR }] },
    ),
    // A page carries only the Event items that can be complete: the series and the other session
    // are linked by @id. The webinar itself was online only: valid, but Google lists only events
    // in a physical location.
    ineligible: [`${id('event/unodc-webinar')} location`],
  },
  {
    name: 'fixtures: the press-release page, with a supplied headline and image',
    doc: toJsonLd(
      completeDataset(fixtures, {
        pressReleases: {
          [PRESS_RELEASE]: { headline: 'Supplied headline', image: `${SITE}p.jpg` },
        },
      }),
      { baseUrl: SITE, include: [{ type: 'press-release', id: PRESS_RELEASE }], detail: 'full' },
    ),
    // The article links the events it is about by @id (their own pages carry them).
    ineligible: [],
  },
];

/** `<@id or path> <missing required fields>` for each item we call ineligible, sorted. */
const ineligible = (items: readonly RichResultItem[]) =>
  items
    .filter((item) => !item.eligible)
    .map((item) => `${item.id ?? formatPath(item.path)} ${item.missingRequired.join(' ')}`)
    .sort();

describe('validate(...).richResults on a corpus of mutated graphs', () => {
  it.each([...CORPUS, ...PAGES].map((c) => [c.name, c] as const))(
    "agrees with Google's documentation: %s",
    (_, c) => {
      expect(ineligible(validate(c.doc).richResults)).toEqual([...c.ineligible].sort());
    },
  );
});

/**
 * Where Adobe's validator and Google's documentation (which `validate` follows) legitimately
 * differ. `keys` lists exactly the differences the corpus shows for each reason.
 */
const DIFFERENCES = [
  {
    reason:
      'Adobe requires "name" on every Person and Organization node (src/types/Person.js, Organization.js); Google requires no property on an Organization and lists author.name, organizer.name and performer.name as recommended',
    docs: [
      'https://developers.google.com/search/docs/appearance/structured-data/organization',
      'https://developers.google.com/search/docs/appearance/structured-data/article',
      'https://developers.google.com/search/docs/appearance/structured-data/event',
    ],
    keys: [
      'Article author.name',
      'Event organizer.name',
      'Event performer.name',
      'Organization name',
    ],
  },
  {
    reason:
      'Adobe requires contentUrl or url on every ImageObject (src/types/ImageObject.js); Google lists image and logo as recommended, so the item stays eligible (we report the image as missing)',
    docs: [
      'https://developers.google.com/search/docs/appearance/structured-data/article',
      'https://developers.google.com/search/docs/appearance/structured-data/organization',
    ],
    keys: [
      'Article image.contentUrl|url',
      'Event image.contentUrl|url',
      'Organization logo.contentUrl|url',
    ],
  },
  {
    reason:
      'Adobe reads every @type whatever the @context (web-auto-extractor groups items by @type); Google reads schema.org types only, so a document whose @context is not schema.org has no rich-result item (validate: INVALID_DOCUMENT)',
    docs: [
      'https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data',
    ],
    keys: ['not schema.org: Organization name'],
  },
  {
    reason:
      'Adobe 1.7.1 has no Event rules (no Event handler in src/validator.js), so it is silent where Google requires name, startDate and location',
    docs: ['https://developers.google.com/search/docs/appearance/structured-data/event'],
    keys: ['Event: ineligible, Adobe silent'],
  },
] as const;

/** How Adobe's verdict on one case differs from ours; throws on a disagreement no reason explains. */
function compare(c: Case, result: ValidationResult, adobe: readonly AdobeError[]): string[] {
  const ours = result.richResults;
  const differences: string[] = [];
  const schemaOrg = !result.diagnostics.some((d) => d.code === 'INVALID_DOCUMENT');
  const explained = new Set<RichResultItem>();
  for (const error of adobe) {
    const item = ours
      .filter((i) => i.path.every((step, index) => error.at[index] === step))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (item === undefined && !schemaOrg) {
      differences.push(`not schema.org: ${error.rootType} ${error.fields.join('|')}`);
      continue;
    }
    if (item === undefined)
      throw new Error(
        `${c.name}: Adobe "${error.message}" at ${formatPath(error.at)} is on no item of ours`,
      );
    const rest = error.at
      .slice(item.path.length)
      .filter((step) => typeof step === 'string')
      .join('.');
    const fields = error.fields.map((field) => (rest === '' ? field : `${rest}.${field}`));
    const listed = (list: readonly string[]) =>
      fields.some((field) => list.includes(field)) || (rest !== '' && list.includes(rest));
    if (listed(item.missingRequired)) {
      explained.add(item);
      continue;
    }
    const label = `${item.feature} ${rest === '' ? '' : `${rest}.`}${error.fields.join('|')}`;
    if (!listed(item.missingRecommended))
      throw new Error(
        `${c.name}: Adobe "${error.message}" at ${formatPath(error.at)}; we do not list ${label}`,
      );
    differences.push(label);
  }
  for (const item of ours)
    if (!item.eligible && !explained.has(item))
      differences.push(`${item.feature}: ineligible, Adobe silent`);
  return differences;
}

describe('cross-check with @adobe/structured-data-validator (through @marbec/web-auto-extractor)', () => {
  it('reports no error we miss, and differs only for the documented reasons', async () => {
    const seen = new Map<string, string[]>();
    for (const c of [...CORPUS, ...PAGES]) {
      const differences = compare(c, validate(c.doc), await adobeErrors(c.doc));
      for (const key of differences) seen.set(key, [...(seen.get(key) ?? []), c.name]);
    }
    expect([...seen.keys()].sort()).toEqual(DIFFERENCES.flatMap((d) => d.keys).sort());
    // Every case Google's documentation makes ineligible is an Event Adobe does not check.
    const silent = seen.get('Event: ineligible, Adobe silent') ?? [];
    const expected = [...CORPUS, ...PAGES]
      .filter((c) => c.ineligible.length > 0)
      .map((c) => c.name);
    expect([...new Set(silent)]).toEqual(expected);
  });

  it('sees the errors it is known for (the harness reads its answers)', async () => {
    expect(await adobeErrors(drop(ORGANIZATION, 'name'))).toEqual([
      expect.objectContaining({ at: [], fields: ['name'] }),
    ]);
    const nested = set(EVENT, 'subEvent', [{ '@type': 'Event', organizer: { '@type': 'Person' } }]);
    expect(await adobeErrors(nested)).toEqual([
      expect.objectContaining({ at: ['subEvent', 0, 'organizer'], fields: ['name'] }),
    ]);
    expect(await adobeErrors(EVENT)).toEqual([]);
  });
});

/** The top-level nodes of a document, with their paths as `validate` writes them. */
function topLevel(doc: unknown): { node: unknown; path: IssuePath }[] {
  if (Array.isArray(doc)) return doc.map((node, index) => ({ node, path: [index] }));
  const graph = (doc as Node)['@graph'];
  if (Array.isArray(graph)) return graph.map((node, index) => ({ node, path: ['@graph', index] }));
  return [{ node: doc, path: [] }];
}

const strip = (value: unknown) => {
  const { '@context': _, '@location': __, ...rest } = value as Node;
  return JSON.stringify(rest);
};

interface AdobeError {
  /** Concrete path of the node the error is on, as `validate` writes paths. */
  readonly at: IssuePath;
  /** The node's root path. */
  readonly root: IssuePath;
  /** The `@type` of the root item, as the extractor groups it. */
  readonly rootType: string;
  readonly fields: readonly string[];
  readonly message: string;
}

/** Adobe's errors for a document embedded in a page as `toScriptTag` writes it. */
async function adobeErrors(doc: unknown): Promise<AdobeError[]> {
  const html = `<!doctype html><html><head>${toScriptTag(doc as never)}</head><body></body></html>`;
  const extracted = new WebAutoExtractor({
    addLocation: true,
    embedSource: ['rdfa', 'microdata'],
  }).parse(html);
  const roots = topLevel(doc);
  const issues: Issue[] = await new Validator().validate(extracted);
  const out: AdobeError[] = [];
  for (const issue of issues) {
    if (issue.severity !== 'ERROR') continue;
    const [first, ...steps] = issue.path ?? [];
    const item = extracted.jsonld?.[issue.rootType]?.[first?.index ?? -1];
    const root = roots.find((r) => item !== undefined && strip(r.node) === strip(item));
    if (root === undefined) throw new Error(`cannot place ${issue.issueMessage} ${issue.rootType}`);
    const at = [...root.path];
    for (const step of steps) {
      at.push(String(step.property));
      if (step.length !== undefined && step.index !== undefined) at.push(step.index);
    }
    out.push({
      at,
      root: root.path,
      rootType: issue.rootType,
      fields: issue.fieldNames ?? [],
      message: issue.issueMessage,
    });
  }
  return out;
}
