import type { EntityCollection, Event } from '@track4tip/core';
import type { ItemAvailability, OfferLeaf, PlaceLeaf, PostalAddressLeaf } from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { defined } from '../internal/graph.js';
import { isAbsoluteUrl } from '../internal/url.js';

/**
 * A street address, in the parts schema.org's `PostalAddress` has.
 *
 * @example
 * ```ts
 * import type { SuppliedAddress } from '@track4tip/jsonld';
 * const address: SuppliedAddress = { streetAddress: 'Wagramer Strasse 5', addressLocality: 'Vienna', postalCode: '1400', addressCountry: 'AT' };
 * ```
 */
export interface SuppliedAddress {
  readonly streetAddress?: string;
  readonly addressLocality?: string;
  readonly addressRegion?: string;
  readonly postalCode?: string;
  /** ISO 3166-1 alpha-2 code, e.g. `AT`. */
  readonly addressCountry?: string;
}

/**
 * A physical venue: written as a schema.org `Place` with a `PostalAddress`.
 *
 * @example
 * ```ts
 * import type { SuppliedPlace } from '@track4tip/jsonld';
 * const venue: SuppliedPlace = { name: 'Vienna International Centre', address: { addressLocality: 'Vienna', addressCountry: 'AT' } };
 * ```
 */
export interface SuppliedPlace {
  readonly name?: string;
  /** The address, as one line of text or in parts (Google requires an address for a Place). */
  readonly address: string | SuppliedAddress;
}

/**
 * How a ticket or registration is available (schema.org `ItemAvailability`).
 *
 * @example
 * ```ts
 * import type { OfferAvailability } from '@track4tip/jsonld';
 * const availability: OfferAvailability = 'in-stock';
 * ```
 */
export type OfferAvailability = 'in-stock' | 'sold-out' | 'pre-order';

/**
 * A ticket or registration offer for an event (schema.org `Offer`).
 *
 * @example
 * ```ts
 * import type { SuppliedOffer } from '@track4tip/jsonld';
 * const free: SuppliedOffer = { url: 'https://www.example.org/register', price: 0, priceCurrency: 'USD', availability: 'in-stock' };
 * ```
 */
export interface SuppliedOffer {
  /** Where to register or buy. */
  readonly url?: string;
  /** The price, 0 for a free event. */
  readonly price?: number;
  /** ISO 4217 currency code, e.g. `USD`. */
  readonly priceCurrency?: string;
  readonly availability?: OfferAvailability;
  /** When the offer opens: a date-time with offset, e.g. `2021-01-15T09:00:00-05:00`. */
  readonly validFrom?: string;
}

/**
 * Values the caller supplies for an event or a series where the data has none (never invented
 * by the SDK). A value the data already has cannot be replaced (that is an `INVALID_OPTION`),
 * except a start or end date-time that refines the data's calendar date.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedEvent, toJsonLd } from '@track4tip/jsonld';
 * const webinar: SuppliedEvent = { url: 'https://www.example.org/events/webinar', image: 'https://www.example.org/webinar.jpg' };
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', events: { 'unodc-webinar': webinar } });
 * ```
 */
export interface SuppliedEvent {
  /** The event's official name, if you know it (Google requires `name`). */
  readonly name?: string;
  /** The event's page. */
  readonly url?: string;
  /** Where the online event is (or was) attended: `location.url` of its VirtualLocation. */
  readonly locationUrl?: string;
  /** Where the event takes place in person: a `Place` with its address. */
  readonly place?: SuppliedPlace;
  /** Start, as a date-time with offset, e.g. `2021-02-01T10:00:00-05:00` (Google requires it). */
  readonly startDate?: string;
  /** End, as a date-time with offset. */
  readonly endDate?: string;
  /** Whether it took place as scheduled. */
  readonly eventStatus?: NonNullable<Event['status']>;
  /** Registration or tickets. */
  readonly offers?: readonly SuppliedOffer[];
  /** Images of the event (Google recommends `image`), absolute URLs. */
  readonly image?: string | readonly string[];
}

/**
 * A reference to an author in the dataset, by type and id.
 *
 * @example
 * ```ts
 * import type { SuppliedAuthor } from '@track4tip/jsonld';
 * const author: SuppliedAuthor = { type: 'organization', id: 'unodc' };
 * ```
 */
export interface SuppliedAuthor {
  readonly type: 'organization' | 'person';
  readonly id: string;
}

/**
 * Values the caller supplies for a press release.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedArticle, toJsonLd } from '@track4tip/jsonld';
 * const article: SuppliedArticle = { image: 'https://www.example.org/press-release.jpg' };
 * const graph = toJsonLd(fixtures, {
 *   baseUrl: 'https://www.example.org/',
 *   pressReleases: { 'unodc-press-release-2021-02-01': article },
 * });
 * ```
 */
export interface SuppliedArticle {
  /** The headline as published (the data has none). */
  readonly headline?: string;
  /** Images of the article, absolute URLs. */
  readonly image?: string | readonly string[];
  /** Its authors: organisations or people of the dataset. */
  readonly author?: readonly SuppliedAuthor[];
  /** When it was last changed: a calendar date or a date-time with offset. */
  readonly dateModified?: string;
}

/**
 * Values the caller supplies for an organisation.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedOrganization, toJsonLd } from '@track4tip/jsonld';
 * const unodc: SuppliedOrganization = { logo: 'https://www.example.org/unodc-logo.png' };
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', organizations: { unodc } });
 * ```
 */
export interface SuppliedOrganization {
  /** Its website, where the data has none. */
  readonly url?: string;
  /** Its logo (Google recommends `logo`). */
  readonly logo?: string;
  /** Other pages about it (added to the data's own `sameAs`). */
  readonly sameAs?: readonly string[];
}

/**
 * The web page the graph is embedded in: written as a `WebPage` whose `mainEntity` is what the
 * page is about, which in turn names the page as `mainEntityOfPage`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedPage, toJsonLd } from '@track4tip/jsonld';
 * const page: SuppliedPage = { url: 'https://www.example.org/events/webinar', name: 'The webinar' };
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'unodc-webinar' }], page });
 * ```
 */
export interface SuppliedPage {
  /** The page's absolute URL; also its `@id`. */
  readonly url: string;
  /** Its title. */
  readonly name?: string;
}

type EventStatus = NonNullable<Event['status']>;

const SCHEMA = 'https://schema.org/';

const AVAILABILITY: Readonly<Record<OfferAvailability, string>> = {
  'in-stock': `${SCHEMA}InStock`,
  'sold-out': `${SCHEMA}SoldOut`,
  'pre-order': `${SCHEMA}PreOrder`,
};

/** The data's event statuses as schema.org `EventStatusType` members (for the data and supplied values). */
export const EVENT_STATUS = {
  scheduled: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  rescheduled: `${SCHEMA}EventRescheduled`,
  'moved-online': `${SCHEMA}EventMovedOnline`,
} as const satisfies Readonly<Record<EventStatus, string>>;

const invalid = (path: string, message: string): JsonLdError =>
  new JsonLdError('INVALID_OPTION', path, message);

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Refuses anything but an absolute http(s) URL. */
export function checkUrl(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!isAbsoluteUrl(value)) {
    throw invalid(
      path,
      `expected an absolute http(s) URL such as "https://www.example.org/page"; got ${show(value)}`,
    );
  }
}

function checkText(value: unknown, path: string, what: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(path, `expected ${what} as a non-empty string; leave it out if unknown`);
  }
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  return !Number.isNaN(Date.parse(DATE.test(value) ? `${value}T00:00:00Z` : value));
}

/** Refuses a date-time without an offset (a time Google cannot place). */
function checkDateTime(value: unknown, path: string, allowDate = false): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'string' &&
    (DATE_TIME.test(value) || (allowDate && DATE.test(value))) &&
    validDate(value);
  if (!ok) {
    throw invalid(
      path,
      `expected a date-time with its UTC offset such as "2021-02-01T10:00:00-05:00"${allowDate ? ' or a date such as "2021-02-01"' : ''}; got ${show(value)}`,
    );
  }
}

function checkList<T>(value: unknown, path: string, each: (item: T, path: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw invalid(path, `expected a list; got ${show(value)}`);
  value.forEach((item, index) => {
    each(item as T, `${path}.${index}`);
  });
}

function checkImages(value: unknown, path: string): void {
  if (Array.isArray(value)) checkList<string>(value, path, checkUrl);
  else checkUrl(value, path);
}

function checkRecord(value: unknown, path: string): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return;
  throw invalid(path, `expected an object; got ${show(value)}`);
}

/** Checks every value of a supplied event or series; paths start at `path`. */
export function checkSuppliedEvent(event: SuppliedEvent, path: string): void {
  checkRecord(event, path);
  checkText(event.name, `${path}.name`, "the event's real name");
  checkUrl(event.url, `${path}.url`);
  checkUrl(event.locationUrl, `${path}.locationUrl`);
  checkImages(event.image, `${path}.image`);
  checkDateTime(event.startDate, `${path}.startDate`);
  checkDateTime(event.endDate, `${path}.endDate`);
  if (
    event.startDate !== undefined &&
    event.endDate !== undefined &&
    Date.parse(event.endDate) < Date.parse(event.startDate)
  ) {
    throw invalid(`${path}.endDate`, 'the end is before the start; check both date-times');
  }
  if (event.eventStatus !== undefined && !Object.hasOwn(EVENT_STATUS, event.eventStatus)) {
    throw invalid(
      `${path}.eventStatus`,
      `expected one of ${Object.keys(EVENT_STATUS)
        .map((s) => `"${s}"`)
        .join(', ')}; got ${show(event.eventStatus)}`,
    );
  }
  if (event.place !== undefined) {
    checkRecord(event.place, `${path}.place`);
    checkText(event.place.name, `${path}.place.name`, "the venue's name");
    const { address } = event.place;
    if (typeof address === 'string') checkText(address, `${path}.place.address`, 'the address');
    else {
      checkRecord(address, `${path}.place.address`);
      const parts = Object.entries(address);
      if (parts.length === 0) {
        throw invalid(`${path}.place.address`, 'give at least one part of the address');
      }
      for (const [key, part] of parts) {
        if (
          ![
            'streetAddress',
            'addressLocality',
            'addressRegion',
            'postalCode',
            'addressCountry',
          ].includes(key)
        ) {
          throw invalid(
            `${path}.place.address.${key}`,
            'expected streetAddress, addressLocality, addressRegion, postalCode or addressCountry',
          );
        }
        checkText(part, `${path}.place.address.${key}`, 'this part of the address');
      }
    }
  }
  checkList<SuppliedOffer>(event.offers, `${path}.offers`, (offer, at) => {
    checkRecord(offer, at);
    checkUrl(offer.url, `${at}.url`);
    checkDateTime(offer.validFrom, `${at}.validFrom`);
    if (
      offer.price !== undefined &&
      (typeof offer.price !== 'number' || !Number.isFinite(offer.price) || offer.price < 0)
    ) {
      throw invalid(
        `${at}.price`,
        `expected a number, 0 or more (0 for free); got ${show(offer.price)}`,
      );
    }
    if (offer.priceCurrency !== undefined && !/^[A-Z]{3}$/.test(String(offer.priceCurrency))) {
      throw invalid(
        `${at}.priceCurrency`,
        `expected an ISO 4217 code in capitals such as "USD"; got ${show(offer.priceCurrency)}`,
      );
    }
    if (offer.availability !== undefined && !Object.hasOwn(AVAILABILITY, offer.availability)) {
      throw invalid(
        `${at}.availability`,
        `expected "in-stock", "sold-out" or "pre-order"; got ${show(offer.availability)}`,
      );
    }
  });
}

/** Checks a supplied article; `authors` tells whether an author id is in the data. */
export function checkSuppliedArticle(
  article: SuppliedArticle,
  path: string,
  known: (collection: EntityCollection, id: string, path: string) => void,
): void {
  checkRecord(article, path);
  checkText(article.headline, `${path}.headline`, 'the headline as published');
  checkImages(article.image, `${path}.image`);
  checkDateTime(article.dateModified, `${path}.dateModified`, true);
  checkList<SuppliedAuthor>(article.author, `${path}.author`, (author, at) => {
    checkRecord(author, at);
    if (author.type !== 'organization' && author.type !== 'person') {
      throw invalid(`${at}.type`, `expected "organization" or "person"; got ${show(author.type)}`);
    }
    known(author.type === 'person' ? 'people' : 'organizations', author.id, `${at}.id`);
  });
}

/** Checks a supplied organisation. */
export function checkSuppliedOrganization(org: SuppliedOrganization, path: string): void {
  checkRecord(org, path);
  checkUrl(org.url, `${path}.url`);
  checkUrl(org.logo, `${path}.logo`);
  checkList<string>(org.sameAs, `${path}.sameAs`, checkUrl);
}

/** Checks the supplied page. */
export function checkSuppliedPage(page: SuppliedPage, path: string): void {
  checkRecord(page, path);
  if (page.url === undefined) throw invalid(`${path}.url`, "give the page's absolute URL");
  checkUrl(page.url, `${path}.url`);
  checkText(page.name, `${path}.name`, "the page's title");
}

/** A supplied value, unless the data has its own (a different one is refused, never replaced). */
export function fill<T>(data: T | undefined, supplied: T | undefined, path: string): T | undefined {
  if (data === undefined || supplied === undefined || supplied === data) return data ?? supplied;
  throw invalid(
    path,
    `the data already has ${show(data)}; leave this out, or change the data if it is wrong`,
  );
}

/**
 * A supplied start or end date-time, which may refine the data's calendar date but not contradict
 * it (its date, in its own offset, must be the data's date).
 */
export function refineDate(
  data: string | undefined,
  supplied: string | undefined,
  path: string,
): string | undefined {
  if (data === undefined || supplied === undefined || data === supplied) return supplied ?? data;
  if (DATE.test(data) && supplied.slice(0, 10) === data) return supplied;
  throw invalid(
    path,
    `the data says ${show(data)}; a supplied date-time must fall on that day in its own offset`,
  );
}

/** A list of image URLs, or `undefined`. */
export function images(
  value: string | readonly string[] | undefined,
): string | string[] | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : [...value];
}

function address(value: string | SuppliedAddress): string | PostalAddressLeaf {
  if (typeof value === 'string') return value;
  return defined({
    '@type': 'PostalAddress',
    addressCountry: value.addressCountry,
    addressLocality: value.addressLocality,
    addressRegion: value.addressRegion,
    postalCode: value.postalCode,
    streetAddress: value.streetAddress,
  } as const) satisfies PostalAddressLeaf;
}

/** The physical venue as a `Place`. */
export function placeNode(place: SuppliedPlace): PlaceLeaf {
  return defined({
    '@type': 'Place',
    address: address(place.address),
    name: place.name,
  } as const) satisfies PlaceLeaf;
}

/** The offers as `Offer` nodes. */
export function offerNodes(offers: readonly SuppliedOffer[] | undefined): OfferLeaf[] | undefined {
  return offers?.map(
    (offer) =>
      defined({
        '@type': 'Offer',
        availability:
          offer.availability === undefined
            ? undefined
            : (AVAILABILITY[offer.availability] as ItemAvailability),
        price: offer.price,
        priceCurrency: offer.priceCurrency,
        url: offer.url,
        validFrom: offer.validFrom,
      } as const) satisfies OfferLeaf,
  );
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** ` Did you mean "x"?` for the closest known id, when it is close; otherwise empty. */
export function didYouMean(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    // Ids far apart in length cannot be close: skip them without the quadratic comparison.
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}
