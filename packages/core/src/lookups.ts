import { CoreError } from './errors.js';
import { awards } from './fixtures/award.js';
import { countries } from './fixtures/countries.js';
import { eventSeries, events } from './fixtures/events.js';
import { initiatives } from './fixtures/initiatives.js';
import { legalInstruments } from './fixtures/legal-instruments.js';
import { organizations } from './fixtures/organizations.js';
import { participations } from './fixtures/participations.js';
import { people } from './fixtures/people.js';
import { pressReleases } from './fixtures/press-release.js';
import type {
  AwardId,
  CountryId,
  EventId,
  EventSeriesId,
  InitiativeId,
  LegalInstrumentId,
  OrganizationId,
  PersonId,
  PressReleaseId,
} from './ids.js';
import type {
  AwardFixture,
  CountryFixture,
  EventFixture,
  EventSeriesFixture,
  InitiativeFixture,
  LegalInstrumentFixture,
  OrganizationFixture,
  ParticipationFixture,
  PersonFixture,
  PressReleaseFixture,
} from './types.js';

function lookup<T extends object, K extends keyof T & string>(table: T, what: string, id: K): T[K] {
  if (typeof id !== 'string' || !Object.hasOwn(table, id)) {
    const known = Object.keys(table)
      .map((key) => `"${key}"`)
      .join(', ');
    throw new CoreError(
      'UNKNOWN_ID',
      `there is no ${what} with id ${JSON.stringify(id)}; use one of ${known}`,
      { path: ['id'] },
    );
  }
  return table[id];
}

/**
 * Returns a person of the fixtures.
 *
 * @param id - The person's id; a typo is a compile error (and a `CoreError` `UNKNOWN_ID` at run time).
 * @returns The frozen person.
 * @example
 * ```ts
 * import { getPerson } from '@track4tip/core';
 * getPerson('silke-albert').honorific; // "Ms."
 * ```
 */
export function getPerson<K extends PersonId>(id: K): PersonFixture & { readonly id: K } {
  return lookup(people, 'person', id);
}

/**
 * Returns an organisation of the fixtures.
 *
 * @param id - The organisation's id.
 * @returns The frozen organisation.
 * @example
 * ```ts
 * import { getOrganization } from '@track4tip/core';
 * getOrganization('unodc').acronym; // "UNODC"
 * ```
 */
export function getOrganization<K extends OrganizationId>(
  id: K,
): OrganizationFixture & { readonly id: K } {
  return lookup(organizations, 'organization', id);
}

/**
 * Returns a country of the fixtures.
 *
 * @param id - An ISO 3166-1 alpha-2 code such as `CW`, or `netherlands` for the European
 *   constituent country of the Kingdom of the Netherlands.
 * @returns The frozen country.
 * @example
 * ```ts
 * import { getCountry } from '@track4tip/core';
 * getCountry('CW').iso3166?.alpha3; // "CUW"
 * ```
 */
export function getCountry<K extends CountryId>(id: K): CountryFixture & { readonly id: K } {
  return lookup(countries, 'country', id);
}

/**
 * Returns an event of the fixtures.
 *
 * @param id - `unodc-webinar` or `us-doj-session`.
 * @returns The frozen event.
 * @example
 * ```ts
 * import { getEvent } from '@track4tip/core';
 * getEvent('unodc-webinar').startDate; // "2021-02-01"
 * ```
 */
export function getEvent<K extends EventId>(id: K): EventFixture & { readonly id: K } {
  return lookup(events, 'event', id);
}

/**
 * Returns an event series of the fixtures.
 *
 * @param id - The series id.
 * @returns The frozen series.
 * @example
 * ```ts
 * import { getEventSeries } from '@track4tip/core';
 * getEventSeries('criminal-justice-cooperation-series').sessions.length; // 2
 * ```
 */
export function getEventSeries<K extends EventSeriesId>(
  id: K,
): EventSeriesFixture & { readonly id: K } {
  return lookup(eventSeries, 'event series', id);
}

/**
 * Returns the series an event of the fixtures belongs to, with the event's position in it (from 1).
 *
 * @param id - The event's id.
 * @returns The series and position, or `undefined` when the event belongs to no series.
 * @example
 * ```ts
 * import { getSeriesOf } from '@track4tip/core';
 * getSeriesOf('unodc-webinar')?.position; // 2
 * ```
 */
export function getSeriesOf(
  id: EventId,
): { readonly series: EventSeriesFixture; readonly position: number } | undefined {
  lookup(events, 'event', id);
  for (const series of Object.values(eventSeries)) {
    const index = series.sessions.indexOf(id);
    if (index >= 0) return { series, position: index + 1 };
  }
  return undefined;
}

/**
 * Returns the initiative of the fixtures.
 *
 * @param id - `track4tip`.
 * @returns The frozen initiative.
 * @example
 * ```ts
 * import { getInitiative } from '@track4tip/core';
 * getInitiative('track4tip').beneficiaryCountries; // ["EC", "PE", "BR", "CO", "DO", "TT", "CW", "AW"]
 * ```
 */
export function getInitiative<K extends InitiativeId>(
  id: K,
): InitiativeFixture & { readonly id: K } {
  return lookup(initiatives, 'initiative', id);
}

/**
 * Returns a legal instrument of the fixtures.
 *
 * @param id - `untoc` or `tip-protocol`.
 * @returns The frozen instrument.
 * @example
 * ```ts
 * import { getLegalInstrument } from '@track4tip/core';
 * getLegalInstrument('untoc').acronym; // "UNTOC"
 * ```
 */
export function getLegalInstrument<K extends LegalInstrumentId>(
  id: K,
): LegalInstrumentFixture & { readonly id: K } {
  return lookup(legalInstruments, 'legal instrument', id);
}

/**
 * Returns the award of the fixtures.
 *
 * @param id - The award number, `SSJTIP19CA0027`.
 * @returns The frozen award.
 * @example
 * ```ts
 * import { getAward } from '@track4tip/core';
 * getAward('SSJTIP19CA0027').funder; // "us-department-of-state"
 * ```
 */
export function getAward<K extends AwardId>(id: K): AwardFixture & { readonly id: K } {
  return lookup(awards, 'award', id);
}

/**
 * Returns the press release of the fixtures.
 *
 * @param id - Its id; there is one, so it may be left out.
 * @returns The frozen press release.
 * @example
 * ```ts
 * import { getPressRelease } from '@track4tip/core';
 * getPressRelease().award; // "SSJTIP19CA0027"
 * ```
 */
export function getPressRelease<K extends PressReleaseId = 'unodc-press-release-2021-02-01'>(
  id: K = 'unodc-press-release-2021-02-01' as K,
): PressReleaseFixture & { readonly id: K } {
  return lookup(pressReleases, 'press release', id);
}

/**
 * Returns an event's programme: its participations in programme order.
 *
 * @param id - The event's id.
 * @returns The participations, ordered by `order` (empty when the programme is not stated).
 * @example
 * ```ts
 * import { getProgramme } from '@track4tip/core';
 * getProgramme('unodc-webinar').map((p) => p.person)[0]; // "andin-bikker"
 * ```
 */
export function getProgramme(id: EventId): readonly ParticipationFixture[] {
  lookup(events, 'event', id);
  return Object.freeze(
    participations
      .filter((participation) => participation.event === id)
      .sort((a, b) => a.order - b.order),
  );
}
