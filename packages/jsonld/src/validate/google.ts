import { deepFreeze } from './freeze.js';

/**
 * Google Search structured-data requirements, kept as data so a change on Google's side is a
 * reviewed edit of one table. Each page carries the URL the rules come from and the date they were
 * last compared with it; bump `version` whenever a rule changes.
 *
 * Version 2 (2026-12-03) follows the property tables of the three pages: Event (required `name`,
 * `startDate`, `location`; a Place needs `location.address`, a VirtualLocation `location.url`),
 * Article (nothing required; `author` a Person or Organization with `author.name`), Organization
 * (nothing required; the full list of recommended administrative properties). Compare again with
 * the live pages before relying on a detail. Rules that cannot be a table (online events,
 * rescheduled events, time-zone offsets) are applied in code and cite the same page.
 *
 * Version 3 (2026-12-03), after a cross-check with an independent implementation of the same
 * rules: an `image` or `logo` ImageObject without `contentUrl` or `url` is no image
 * (`valueNeeds`); a date that is not ISO 8601 is no date (applied in code for every Date or
 * DateTime property the page lists, so an Event whose `startDate` cannot be read is ineligible).
 *
 * Event version 4 (2026-12-03), after Google removed the online event properties (changelog of
 * 2025-06-05; Event page updated 2026-09-08): "Virtual experiences that have no real-world
 * component aren't supported. Events must take place in a physical location", so `location` must
 * include a Place with its `address`. An online-only event (a VirtualLocation alone) is valid
 * schema.org but not eligible, and the verdict says why (applied in code); `eventAttendanceMode`
 * is no longer recommended, and a VirtualLocation has no rule of its own.
 */

// An ImageObject is an image only with the URL of the file: Google's pages give `image` and
// `logo` as "URL or ImageObject", and read the image from the ImageObject's `contentUrl` or `url`.
const IMAGE_URL = ['contentUrl', 'url'] as const;

/**
 * What Google requires and recommends on values of one property, for values of one type
 * (e.g. on an Event's `location` when it is a Place: `address` is required).
 *
 * @example
 * ```ts
 * import { GOOGLE_EVENT, type GoogleNestedRule } from '@track4tip/jsonld/validate';
 * const place: GoogleNestedRule | undefined = GOOGLE_EVENT.nested.find((rule) => rule.type === 'Place');
 * console.log(place?.required); // ["address"]
 * ```
 */
export interface GoogleNestedRule {
  /** The property of the item whose values the rule is about. */
  readonly property: string;
  /** The schema.org type (sub-types included) a value must have for the rule to apply. */
  readonly type: string;
  /** Properties such a value must have, or the item is not eligible. */
  readonly required: readonly string[];
  /** Properties Google recommends on such a value. */
  readonly recommended: readonly string[];
}

/**
 * One Google Search documentation page and the state of our copy of its rules.
 *
 * @example
 * ```ts
 * import { GOOGLE_PAGES, type GooglePage } from '@track4tip/jsonld/validate';
 * const due: GooglePage[] = GOOGLE_PAGES.filter((page) => page.checked < '2027-01-01');
 * ```
 */
export interface GooglePage {
  /** The feature, as Google names it. */
  readonly feature: 'Event' | 'Article' | 'Organization';
  /** The page the rules come from. */
  readonly url: string;
  /** Our version of this rule set; incremented whenever a rule changes. */
  readonly version: number;
  /** The date (UTC, YYYY-MM-DD) the rules were last compared with the page. */
  readonly checked: string;
  /** schema.org types the page applies to (sub-types included). */
  readonly appliesTo: readonly string[];
  /**
   * Which nodes Google reads as this feature: `'any'` (every node of the type, embedded ones
   * included) or `'top-level'` (the nodes of the page's graph only).
   */
  readonly detects: 'any' | 'top-level';
  /** Properties the page marks as required for the rich result. */
  readonly required: readonly string[];
  /** Properties the page marks as recommended. */
  readonly recommended: readonly string[];
  /**
   * The types Google accepts as values of a property (sub-types included; a plain string is not
   * accepted). A required property with no accepted value counts as missing.
   */
  readonly valueTypes: Readonly<Record<string, readonly string[]>>;
  /**
   * Properties whose values, when they are nodes, are used only if they have one of the listed
   * properties (e.g. an `image` ImageObject needs its `contentUrl` or `url`: without either there
   * is no image). A value without them counts as missing.
   */
  readonly valueNeeds: Readonly<Record<string, readonly string[]>>;
  /** Requirements on the values of properties, by the value's type. */
  readonly nested: readonly GoogleNestedRule[];
}

/**
 * Google's Event rules (events without a physical location, rescheduled events and time-zone
 * offsets are checked in code).
 *
 * @example
 * ```ts
 * import { GOOGLE_EVENT } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_EVENT.required); // ["location", "name", "startDate"]
 * ```
 */
export const GOOGLE_EVENT: GooglePage = /* @__PURE__ */ deepFreeze({
  feature: 'Event',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/event',
  version: 4,
  checked: '2026-12-03',
  appliesTo: ['Event'],
  detects: 'any',
  required: ['location', 'name', 'startDate'],
  recommended: [
    'description',
    'endDate',
    'eventStatus',
    'image',
    'offers',
    'organizer',
    'performer',
  ],
  valueTypes: {
    location: ['Place', 'VirtualLocation'],
    organizer: ['Organization', 'Person'],
    performer: ['Organization', 'Person'],
    offers: ['Offer'],
  },
  valueNeeds: { image: IMAGE_URL },
  nested: [
    { property: 'location', type: 'Place', required: ['address'], recommended: ['name'] },
    {
      property: 'offers',
      type: 'Offer',
      required: [],
      recommended: ['availability', 'price', 'priceCurrency', 'url', 'validFrom'],
    },
    { property: 'organizer', type: 'Thing', required: [], recommended: ['name', 'url'] },
    { property: 'performer', type: 'Thing', required: [], recommended: ['name'] },
  ],
} as const);

/**
 * Google's Article rules (Article, NewsArticle, BlogPosting and other Article types): nothing
 * required; an `author` must be a Person or an Organization, with a name.
 *
 * @example
 * ```ts
 * import { GOOGLE_ARTICLE } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_ARTICLE.recommended.includes('headline')); // true
 * ```
 */
export const GOOGLE_ARTICLE: GooglePage = /* @__PURE__ */ deepFreeze({
  feature: 'Article',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  version: 3,
  checked: '2026-12-03',
  appliesTo: ['Article'],
  detects: 'any',
  required: [],
  recommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
  valueTypes: { author: ['Organization', 'Person'] },
  valueNeeds: { image: IMAGE_URL },
  nested: [{ property: 'author', type: 'Thing', required: [], recommended: ['name', 'url'] }],
} as const);

/**
 * Google's Organization rules: nothing required; add the recommended properties that apply.
 *
 * @example
 * ```ts
 * import { GOOGLE_ORGANIZATION } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_ORGANIZATION.url, GOOGLE_ORGANIZATION.recommended);
 * ```
 */
export const GOOGLE_ORGANIZATION: GooglePage = /* @__PURE__ */ deepFreeze({
  feature: 'Organization',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/organization',
  version: 3,
  checked: '2026-12-03',
  appliesTo: ['Organization'],
  detects: 'top-level',
  required: [],
  recommended: [
    'address',
    'alternateName',
    'contactPoint',
    'description',
    'duns',
    'email',
    'foundingDate',
    'globalLocationNumber',
    'iso6523Code',
    'legalName',
    'leiCode',
    'logo',
    'naics',
    'name',
    'numberOfEmployees',
    'sameAs',
    'taxID',
    'telephone',
    'url',
    'vatID',
  ],
  valueTypes: {},
  valueNeeds: { logo: IMAGE_URL },
  nested: [],
} as const);

/**
 * All Google pages whose rules `validate` applies.
 *
 * @example
 * ```ts
 * import { GOOGLE_PAGES } from '@track4tip/jsonld/validate';
 * for (const page of GOOGLE_PAGES) console.log(page.feature, page.url, page.checked);
 * ```
 */
export const GOOGLE_PAGES: readonly GooglePage[] = /* @__PURE__ */ deepFreeze([
  GOOGLE_EVENT,
  GOOGLE_ARTICLE,
  GOOGLE_ORGANIZATION,
]);
