/**
 * Google Search structured-data requirements, kept as data so a change on Google's side is a
 * reviewed edit of one table. Each page carries the URL the rules come from and the date they were
 * last compared with it; bump `version` whenever a rule changes.
 *
 * Version 1 was written on 2026-11-28 from these pages as the authors know them, without network
 * access to re-read them that day: compare again with the live pages before relying on a detail.
 * The Organization list is the subset of Google's recommended properties that this data can fill.
 */

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
  /** Properties the page marks as required for the rich result. */
  readonly required: readonly string[];
  /** Properties the page marks as recommended. */
  readonly recommended: readonly string[];
}

/**
 * Google's Event rules (online events, eventStatus and previousStartDate are checked in code).
 *
 * @example
 * ```ts
 * import { GOOGLE_EVENT } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_EVENT.required); // ["location", "name", "startDate"]
 * ```
 */
export const GOOGLE_EVENT: GooglePage = {
  feature: 'Event',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/event',
  version: 1,
  checked: '2026-11-28',
  appliesTo: ['Event'],
  required: ['location', 'name', 'startDate'],
  recommended: [
    'description',
    'endDate',
    'eventAttendanceMode',
    'eventStatus',
    'image',
    'offers',
    'organizer',
    'performer',
  ],
};

/**
 * Google's Article rules (Article, NewsArticle, BlogPosting): nothing required.
 *
 * @example
 * ```ts
 * import { GOOGLE_ARTICLE } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_ARTICLE.recommended.includes('headline')); // true
 * ```
 */
export const GOOGLE_ARTICLE: GooglePage = {
  feature: 'Article',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  version: 1,
  checked: '2026-11-28',
  appliesTo: ['Article'],
  required: [],
  recommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
};

/**
 * Google's Organization rules: nothing required; add what applies.
 *
 * @example
 * ```ts
 * import { GOOGLE_ORGANIZATION } from '@track4tip/jsonld/validate';
 * console.log(GOOGLE_ORGANIZATION.url, GOOGLE_ORGANIZATION.recommended);
 * ```
 */
export const GOOGLE_ORGANIZATION: GooglePage = {
  feature: 'Organization',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/organization',
  version: 1,
  checked: '2026-11-28',
  appliesTo: ['Organization'],
  required: [],
  recommended: ['name', 'url', 'logo', 'sameAs', 'description'],
};

/**
 * All Google pages whose rules `validate` applies.
 *
 * @example
 * ```ts
 * import { GOOGLE_PAGES } from '@track4tip/jsonld/validate';
 * for (const page of GOOGLE_PAGES) console.log(page.feature, page.url, page.checked);
 * ```
 */
export const GOOGLE_PAGES: readonly GooglePage[] = [
  GOOGLE_EVENT,
  GOOGLE_ARTICLE,
  GOOGLE_ORGANIZATION,
];
