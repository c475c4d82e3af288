import type { Event, Initiative, Organization, PressRelease } from '@track4tip/core';
import { CiteError } from '../errors.js';
import { findOrganization } from '../internal/organizations.js';
import { assertLocale, type CitationLocale } from '../styles/catalog.js';
import { type EventKind, ITEM_TERMS } from './terms.js';
import type { CslDate, CslItem, CslName } from './types.js';

/**
 * What can be cited: a press release, an event (such as the webinar) or an initiative (the programme).
 *
 * @example
 * ```ts
 * import { type CitableEntity, toCsl } from '@track4tip/cite';
 * import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
 * const entities: CitableEntity[] = [getPressRelease(), getEvent('unodc-webinar'), getInitiative('track4tip')];
 * const items = entities.map((entity) => toCsl(entity));
 * ```
 */
export type CitableEntity = PressRelease | Event | Initiative;

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
  /** Locale of the item data we supply (the genre word). Default `'en-US'`. */
  readonly locale?: CitationLocale;
  /**
   * Title to cite the entity by. The source gives no headline for the press release and no title
   * for the webinar: without this option their descriptive label is used, and marked as such.
   */
  readonly title?: string;
  /**
   * Organisations referenced by your own entities (by `id`); the fixtures' organisations are
   * always known.
   */
  readonly organizations?: readonly Organization[];
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
  /** The title as cited. */
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
export function entityKind(entity: CitableEntity): 'press-release' | 'event' | 'initiative' {
  const value = entity as unknown as Record<string, unknown>;
  if (value === null || typeof value !== 'object') {
    throw new CiteError(
      'INVALID_INPUT',
      'entity',
      'expected a press release, an event or an initiative from @track4tip/core',
    );
  }
  if ('dateline' in value && 'publisher' in value) return 'press-release';
  if ('implementedBy' in value && 'startYear' in value) return 'initiative';
  if ('kind' in value && 'descriptiveLabel' in value) return 'event';
  throw new CiteError(
    'INVALID_INPUT',
    'entity',
    'expected a press release (with `dateline` and `publisher`), an event (with `kind` and `descriptiveLabel`) or an initiative (with `implementedBy` and `startYear`); build your own with the define* functions of @track4tip/core/schemas',
  );
}

/**
 * The title a citation of `entity` uses: the caller's `title`, else the entity's official
 * headline, title or name, else its descriptive label (flagged as not official).
 */
export function resolveTitle(entity: CitableEntity, title?: string): CitationTitle {
  if (title !== undefined) {
    if (typeof title !== 'string' || title.trim() === '') {
      throw new CiteError(
        'INVALID_INPUT',
        'options.title',
        'expected a non-empty title; omit the option to use the entity’s own title or label',
      );
    }
    return { value: title, official: false, source: 'caller' };
  }
  const value = entity as unknown as Record<string, unknown>;
  if (typeof value.headline === 'string')
    return { value: value.headline, official: true, source: 'headline' };
  if (typeof value.title === 'string')
    return { value: value.title, official: true, source: 'title' };
  if (typeof value.name === 'string') return { value: value.name, official: true, source: 'name' };
  if (typeof value.descriptiveLabel === 'string') {
    return { value: value.descriptiveLabel, official: false, source: 'descriptive-label' };
  }
  throw new CiteError(
    'INVALID_INPUT',
    'entity.descriptiveLabel',
    'the entity has no title, name or descriptive label; pass `title` in the options',
  );
}

function calendarDate(value: unknown, path: string): CslDate {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (match === null) {
    throw new CiteError(
      'INVALID_INPUT',
      path,
      `expected a date written YYYY-MM-DD (or a date-time starting with one), got ${JSON.stringify(value)}`,
    );
  }
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

function organizationNames(
  ids: readonly string[] | undefined,
  options: ToCslOptions,
  path: string,
): CslName[] {
  return (ids ?? []).map((id, index) => {
    const organization = findOrganization(
      id,
      options.organizations,
      `${path}.${index}`,
      'options.organizations',
    );
    // An institution is one literal name: styles must not invert or initialise it.
    return { literal: organization.name };
  });
}

/**
 * Converts a press release, an event or an initiative to one CSL-JSON item. The press release is a
 * `document` with genre "Press release" (translated), the event an `event`, the initiative a
 * `document` with genre "Programme"; institutional authors are literal names, and no publisher
 * repeats the author. Works for the fixtures and for entities built with the `define*` functions
 * of `@track4tip/core/schemas`.
 *
 * @param entity - The entity to cite.
 * @param options - Locale of the genre word, a title, and organisations your entities refer to.
 * @returns The CSL-JSON item (its `id` is the entity's id).
 * @throws {@link CiteError} `INVALID_INPUT` (with the path) or `UNKNOWN_LOCALE`.
 * @example
 * ```ts
 * import { toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const item = toCsl(getPressRelease(), { locale: 'es-ES' });
 * console.log(item.genre); // "Comunicado de prensa"
 * ```
 */
export function toCsl(entity: CitableEntity, options: ToCslOptions = {}): CslItem {
  const locale = options.locale ?? 'en-US';
  assertLocale(locale, 'options.locale');
  const terms = ITEM_TERMS[locale];
  const kind = entityKind(entity);
  const title = resolveTitle(entity, options.title).value;
  if (kind === 'press-release') {
    const release = entity as PressRelease;
    const author = organizationNames([release.publisher], options, 'entity.publisher');
    return {
      id: release.id,
      type: 'document',
      title,
      genre: terms.pressRelease,
      author,
      issued: calendarDate(release.dateline, 'entity.dateline'),
      ...(release.url === undefined ? {} : { URL: release.url }),
      language: release.inLanguage,
    };
  }
  if (kind === 'event') {
    const event = entity as Event;
    const organisers = event.ledBy ?? event.givenBy;
    const path = event.ledBy === undefined ? 'entity.givenBy' : 'entity.ledBy';
    const date =
      event.startDate === undefined ? undefined : calendarDate(event.startDate, 'entity.startDate');
    const genre = terms.event[event.kind as EventKind];
    return {
      id: event.id,
      type: 'event',
      title,
      ...(genre === undefined ? {} : { genre }),
      ...(organisers === undefined ? {} : { author: organizationNames(organisers, options, path) }),
      ...(date === undefined ? {} : { issued: date, 'event-date': date }),
      ...(event.url === undefined ? {} : { URL: event.url }),
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
    title,
    genre: terms.programme,
    author: organizationNames(initiative.implementedBy, options, 'entity.implementedBy'),
    issued: { 'date-parts': years },
    ...(initiative.url === undefined ? {} : { URL: initiative.url }),
  };
}
