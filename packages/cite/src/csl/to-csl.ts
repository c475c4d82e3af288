import {
  type Event,
  type Initiative,
  isKnownPublicationKind,
  isSingleLine,
  type Organization,
  type Person,
  type PressRelease,
  type Publication,
} from '@track4tip/core';
import { CiteError } from '../errors.js';
import { accessDay } from '../internal/access-date.js';
import { findOrganization } from '../internal/organizations.js';
import {
  assertLocale,
  assertStyle,
  type CitationLocale,
  type CitationStyle,
} from '../styles/catalog.js';
import { calendarDate, eventDate, eventPlace } from './dates-places.js';
import {
  publicationAuthors,
  publicationType,
  publishedDate,
  publisherName,
} from './publication.js';
import { eventGenre, ITEM_TERMS } from './terms.js';
import type { CslDate, CslItem, CslName } from './types.js';

/**
 * What can be cited: a press release, an event (such as the webinar), an initiative (the
 * programme) or another publication (a report, a web page, an article).
 *
 * @example
 * ```ts
 * import { type CitableEntity, toCsl } from '@track4tip/cite';
 * import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
 * const entities: CitableEntity[] = [getPressRelease(), getEvent('unodc-webinar'), getInitiative('track4tip')];
 * const items = entities.map((entity) => toCsl(entity));
 * ```
 */
export type CitableEntity = PressRelease | Event | Initiative | Publication;

/**
 * Options of {@link toCsl}.
 *
 * @example
 * ```ts
 * import { toCsl, type ToCslOptions } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * const options: ToCslOptions = { locale: 'pt-BR', title: 'International cooperation in trafficking cases' };
 * const item = toCsl(getEvent('unodc-webinar'), options);
 * ```
 */
export interface ToCslOptions {
  /**
   * Locale of the item data we supply: the genre word and the country of an event's place.
   * Default `'en-US'`.
   */
  readonly locale?: CitationLocale;
  /**
   * Title to cite the entity by (one line, at most 500 characters). The source gives no headline
   * for the press release and no title for the webinar: without this option they are cited as
   * untitled works, by a description (their descriptive label), never dressed as a title.
   */
  readonly title?: string;
  /**
   * The style the item is made for. An untitled work is described the way that style's manual
   * asks (APA: `[Description]`, not italic; MLA: a plain description; Chicago: a plain
   * description; Harvard, IEEE, Vancouver: a description in square brackets). Without it, the
   * item is style-neutral: the description, in square brackets, is its `title`.
   */
  readonly style?: CitationStyle;
  /** The date you accessed the work online, `YYYY-MM-DD` (CSL `accessed`; Harvard, IEEE and Vancouver print it). */
  readonly accessed?: string;
  /**
   * Organisations referenced by your own entities (by `id`); the fixtures' organisations are
   * always known.
   */
  readonly organizations?: readonly Organization[];
  /** People your publications name as authors (by `id`), e.g. `data.people` of your dataset. */
  readonly people?: readonly Person[];
}

/**
 * Where the title of a citation comes from.
 *
 * @example
 * ```ts
 * import { formatCitation, type TitleSource } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * const source: TitleSource = formatCitation(getEvent('unodc-webinar'), { style: 'apa' }).title.source;
 * console.log(source); // "descriptive-label"
 * ```
 */
export type TitleSource = 'headline' | 'title' | 'name' | 'caller' | 'descriptive-label';

/**
 * The title a citation uses, and whether it is the entity's official title.
 *
 * @example
 * ```ts
 * import { type CitationTitle, formatCitation } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const title: CitationTitle = formatCitation(getPressRelease(), { style: 'apa' }).title;
 * if (!title.official) console.log(`cited by its descriptive label: ${title.value}`);
 * ```
 */
export interface CitationTitle {
  /**
   * The title as cited; for an untitled work (`source: 'descriptive-label'`), the description it
   * is cited by: its descriptive label without a date the citation prints already.
   */
  readonly value: string;
  /**
   * `true` only when the title is the entity's own headline, title or name. A descriptive label
   * (our wording) or a title you passed is never reported as official.
   */
  readonly official: boolean;
  /** Where it comes from. */
  readonly source: TitleSource;
}

/** Which kind of entity a value is, told apart by the fields each model requires. */
export function entityKind(
  entity: CitableEntity,
): 'press-release' | 'event' | 'initiative' | 'publication' {
  const value = entity as unknown as Record<string, unknown>;
  if (value === null || typeof value !== 'object') {
    throw new CiteError(
      'INVALID_INPUT',
      'expected a press release, an event, a publication or an initiative from @track4tip/core',
      { path: ['entity'] },
    );
  }
  if ('dateline' in value && 'publisher' in value) return 'press-release';
  if ('implementedBy' in value && 'startYear' in value) return 'initiative';
  // A publication and an event both have a kind and a label: a publication is told by a kind of
  // PUBLICATION_KINDS or a field only publications have.
  if (
    'kind' in value &&
    'descriptiveLabel' in value &&
    ((typeof value.kind === 'string' && isKnownPublicationKind(value.kind)) ||
      'datePublished' in value ||
      'headline' in value ||
      'publisher' in value ||
      'author' in value)
  ) {
    return 'publication';
  }
  if ('kind' in value && 'descriptiveLabel' in value) return 'event';
  if ('sessions' in value) {
    throw new CiteError(
      'INVALID_INPUT',
      'an event series is not cited as such: cite its sessions, the events its `sessions` name',
      { path: ['entity'] },
    );
  }
  throw new CiteError(
    'INVALID_INPUT',
    'expected a press release (with `dateline` and `publisher`), an event (with `kind` and `descriptiveLabel`), a publication (with `kind`, `descriptiveLabel` and a kind of PUBLICATION_KINDS or `datePublished`, `headline`, `publisher` or `author`) or an initiative (with `implementedBy` and `startYear`); build your own with the define* functions of @track4tip/core/schemas',
    { path: ['entity'] },
  );
}

/** Longest title accepted, as for a one-line field of the core models. */
const MAX_TITLE_LENGTH = 500;

function checkTitle(title: unknown): asserts title is string {
  const problem =
    typeof title !== 'string' || title.trim() === ''
      ? 'expected a non-empty title'
      : !isSingleLine(title)
        ? 'expected one line without control characters (no line breaks)'
        : title.trim() !== title
          ? 'expected no white space at the start or end'
          : title.length > MAX_TITLE_LENGTH
            ? `expected at most ${MAX_TITLE_LENGTH} characters, got ${title.length}`
            : undefined;
  if (problem !== undefined) {
    throw new CiteError(
      'INVALID_OPTION',
      `${problem}; pass the title as printed on the work, or omit the option to use the entity’s own title or description`,
      { path: ['options', 'title'] },
    );
  }
}

// A label such as "… (1 February 2021)" carries the date, which the citation prints already.
function withoutDate(label: string, date: string | undefined): string {
  const year = date === undefined ? undefined : /^\d{4}/.exec(date)?.[0];
  if (year === undefined) return label;
  const match = /\s*\(([^()]*)\)$/.exec(label);
  return match !== null && (match[1] as string).includes(year)
    ? label.slice(0, match.index)
    : label;
}

/**
 * The title a citation of `entity` uses: the caller's `title`, else the entity's official
 * headline, title or name, else a description made from its descriptive label (without a date it
 * repeats), flagged as not official.
 */
export function resolveTitle(entity: CitableEntity, title?: string): CitationTitle {
  if (title !== undefined) {
    checkTitle(title);
    return { value: title, official: false, source: 'caller' };
  }
  const value = entity as unknown as Record<string, unknown>;
  if (typeof value.headline === 'string')
    return { value: value.headline, official: true, source: 'headline' };
  if (typeof value.title === 'string')
    return { value: value.title, official: true, source: 'title' };
  if (typeof value.name === 'string') return { value: value.name, official: true, source: 'name' };
  if (typeof value.descriptiveLabel === 'string') {
    const date = typeof value.startDate === 'string' ? value.startDate : undefined;
    return {
      value: withoutDate(value.descriptiveLabel, date),
      official: false,
      source: 'descriptive-label',
    };
  }
  throw new CiteError(
    'INVALID_INPUT',
    'the entity has no title, name or descriptive label; pass `title` in the options',
    { path: ['entity', 'descriptiveLabel'] },
  );
}

/**
 * How each style's manual cites a work without a title, by a description of it:
 * - `genre`: no title; the description is the CSL `genre`, which APA prints in square brackets
 *   and not italic (APA 7 §9.22), and MLA (9th edition: "a description … not italicized or
 *   enclosed in quotation marks") and Chicago print plain, as a descriptive phrase.
 * - `bracketed`: `[Description]` in place of the title (Citing Medicine, Cite Them Right), no genre.
 */
const UNTITLED: Readonly<Record<CitationStyle, 'genre' | 'bracketed'>> = {
  apa: 'genre',
  mla: 'genre',
  'chicago-author-date': 'genre',
  'chicago-notes-bibliography': 'genre',
  harvard: 'bracketed',
  ieee: 'bracketed',
  vancouver: 'bracketed',
};

/**
 * How each style reads an event's dates. MLA 9 and Chicago 18th print the event's date, then its
 * place, then the date of issue: the days are printed once, with the place, when the item made for
 * them gives them as `event-date` alone. Chicago's author-date style also needs the year as
 * `issued`, after the author, where a list adds its letter (2025a, 2025b). The other styles read
 * only `issued`; a style-neutral item carries both.
 */
const EVENT_DATES: Readonly<Record<CitationStyle, 'both' | 'event-date' | 'year-and-event-date'>> =
  {
    apa: 'both',
    mla: 'event-date',
    'chicago-author-date': 'year-and-event-date',
    'chicago-notes-bibliography': 'event-date',
    harvard: 'both',
    ieee: 'both',
    vancouver: 'both',
  };

function eventDates(
  date: CslDate,
  style: CitationStyle | undefined,
): { issued?: CslDate; 'event-date': CslDate } {
  const form = style === undefined ? 'both' : EVENT_DATES[style];
  if (form === 'event-date') return { 'event-date': date };
  const year = date['date-parts'][0]?.[0];
  return form === 'year-and-event-date' && year !== undefined
    ? { issued: { 'date-parts': [[year]] }, 'event-date': date }
    : { issued: date, 'event-date': date };
}

function titleFields(
  title: CitationTitle,
  genre: string | undefined,
  style: CitationStyle | undefined,
): { title?: string; genre?: string } {
  const withGenre = genre === undefined ? {} : { genre };
  if (title.source !== 'descriptive-label') return { title: title.value, ...withGenre };
  const form = style === undefined ? undefined : UNTITLED[style];
  // CSL rich text: `nocase` keeps the description as written.
  if (form === 'genre') return { genre: title.value };
  if (form === 'bracketed') return { title: `<span class="nocase">[${title.value}]</span>` };
  return { title: `[${title.value}]`, ...withGenre };
}

function organizationNames(
  ids: readonly string[] | undefined,
  options: ToCslOptions,
  path: readonly (string | number)[],
): CslName[] {
  return (ids ?? []).map((id, index) => {
    const organization = findOrganization(
      id,
      options.organizations,
      [...path, index],
      'options.organizations',
    );
    // An institution is one literal name: styles must not invert or initialise it.
    return { literal: organization.name };
  });
}

/**
 * Converts a press release, an event, an initiative or a publication to one CSL-JSON item. A
 * publication is a `report`, a `webpage` or an `article` by its kind (a kind of your own: a
 * `document` with that genre), by its authors (organisations, or people from `options.people`,
 * named as printed) with its publisher, or by its publisher alone. The press release is a
 * `document` with genre "Press release" (translated), the initiative a `document` with genre
 * "Programme", the event an `event`: its genre is our word for its kind in the citation's locale
 * (a kind of core's `EVENT_KINDS`) or its own free-text kind exactly as written; `issued` and
 * `event-date` are its day, or its first and last day when it ends on a later day (each the day in
 * the value's own offset, so the item is the same in every time zone; an item made for MLA or
 * Chicago's notes style has `event-date` alone, which those styles print with the place, and one
 * made for Chicago's author-date style the year alone as `issued`); `event-place` is the town
 * (or region) of its venue and its country's name in the locale ("Quito, Ecuador"), and is absent
 * for an online-only event. Institutional authors are literal names, and no publisher repeats the
 * author. An entity without a title is an untitled work: by default its description, in square
 * brackets, is the `title`; with `style`, it is described as that style's manual asks. Works for
 * the fixtures and for entities built with the `define*` functions of `@track4tip/core/schemas`.
 *
 * @param entity - The entity to cite.
 * @param options - Locale of the genre word and the country name, a title, the style, an access
 *   date, and the organisations and people your entities refer to.
 * @returns The CSL-JSON item (its `id` is the entity's id).
 * @throws {@link CiteError} `INVALID_INPUT` (with the path) or `UNKNOWN_LOCALE`.
 * @example
 * ```ts
 * import { toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * import { defineEvent } from '@track4tip/core/schemas';
 * const item = toCsl(getPressRelease(), { locale: 'es-ES' });
 * console.log(item.genre); // "Comunicado de prensa"
 * console.log(toCsl(getPressRelease(), { style: 'apa' }).genre); // the description: APA prints "[…]"
 * const training = defineEvent({
 *   id: 'quito-training-2025',
 *   kind: 'training',
 *   title: 'Taller regional sobre cooperación judicial',
 *   descriptiveLabel: 'Two-day training in Quito',
 *   startDate: '2025-03-10',
 *   endDate: '2025-03-11',
 *   location: { place: { name: 'Hotel Quito', address: { addressLocality: 'Quito', addressCountry: 'EC' } } },
 *   ledBy: ['unodc'],
 * });
 * const event = toCsl(training, { locale: 'es-ES' });
 * console.log(event.genre, event['event-place']); // "Capacitación" "Quito, Ecuador"
 * console.log(event['event-date']); // { 'date-parts': [[2025, 3, 10], [2025, 3, 11]] }
 * ```
 */
export function toCsl(entity: CitableEntity, options: ToCslOptions = {}): CslItem {
  const locale = options.locale ?? 'en-US';
  assertLocale(locale, ['options', 'locale']);
  if (options.style !== undefined) assertStyle(options.style, ['options', 'style']);
  const terms = ITEM_TERMS[locale];
  const kind = entityKind(entity);
  const title = resolveTitle(entity, options.title);
  const accessed =
    options.accessed === undefined
      ? {}
      : { accessed: { 'date-parts': [[...accessDay(options.accessed)]] } };
  if (kind === 'press-release') {
    const release = entity as PressRelease;
    const author = organizationNames([release.publisher], options, ['entity', 'publisher']);
    return {
      id: release.id,
      type: 'document',
      ...titleFields(title, terms.pressRelease, options.style),
      author,
      issued: calendarDate(release.dateline, ['entity', 'dateline']),
      ...(release.url === undefined ? {} : { URL: release.url }),
      ...accessed,
      language: release.inLanguage,
    };
  }
  if (kind === 'event') {
    const event = entity as Event;
    const organisers = event.ledBy ?? event.givenBy;
    const path = event.ledBy === undefined ? ['entity', 'givenBy'] : ['entity', 'ledBy'];
    const date = eventDate(event);
    const place = eventPlace(event, locale);
    const language = event.inLanguage?.[0];
    return {
      id: event.id,
      type: 'event',
      ...titleFields(title, eventGenre(event.kind, locale), options.style),
      ...(organisers === undefined ? {} : { author: organizationNames(organisers, options, path) }),
      ...(date === undefined ? {} : eventDates(date, options.style)),
      ...(place === undefined ? {} : { 'event-place': place }),
      ...(event.url === undefined ? {} : { URL: event.url }),
      ...accessed,
      ...(language === undefined ? {} : { language }),
    };
  }
  if (kind === 'publication') {
    const publication = entity as Publication;
    const { type, genre } = publicationType(publication);
    const author = publicationAuthors(publication, options.organizations, options.people);
    const publisher = publisherName(publication, options.organizations);
    const issued = publishedDate(publication);
    return {
      id: publication.id,
      type,
      ...titleFields(title, genre, options.style),
      ...(author === undefined ? {} : { author }),
      ...(publisher === undefined ? {} : { publisher }),
      ...(issued === undefined ? {} : { issued }),
      ...(publication.url === undefined ? {} : { URL: publication.url }),
      ...accessed,
      ...(publication.inLanguage === undefined ? {} : { language: publication.inLanguage }),
    };
  }
  const initiative = entity as Initiative;
  const years =
    initiative.endYear === initiative.startYear
      ? [[initiative.startYear]]
      : [[initiative.startYear], [initiative.endYear]];
  return {
    id: initiative.id,
    type: 'document',
    ...titleFields(title, terms.programme, options.style),
    author: organizationNames(initiative.implementedBy, options, ['entity', 'implementedBy']),
    issued: { 'date-parts': years },
    ...(initiative.url === undefined ? {} : { URL: initiative.url }),
    ...accessed,
  };
}
