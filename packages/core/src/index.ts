/**
 * Typed, validated, deep-frozen data about the UNODC webinar of 1 February 2021 on criminal justice
 * cooperation against trafficking in persons, the TRACK4TIP initiative and its countries, and
 * lookups over it. This entry point carries no validator: builders and schemas for your own data
 * live in `@track4tip/core/schemas`.
 *
 * @packageDocumentation
 */

export { countryName, isSupportedLocale, localCountryName } from './country-names.js';
export type { Dataset, EntityCollection, EntityType } from './dataset.js';
export { ENTITY_COLLECTIONS, ENTITY_TYPES, REFERENCE_FIELDS } from './dataset.js';
export {
  CoreError,
  type CoreErrorCode,
  type ErrorDetails,
  formatPath,
  type Issue,
  type IssueCode,
  type IssuePath,
  isWithinPath,
  Track4tipError,
} from './errors.js';
export { awards } from './fixtures/award.js';
export { countries } from './fixtures/countries.js';
export { eventSeries, events } from './fixtures/events.js';
export { fixtures } from './fixtures/index.js';
export { initiatives } from './fixtures/initiatives.js';
export { legalInstruments } from './fixtures/legal-instruments.js';
export { organizations } from './fixtures/organizations.js';
export { participations } from './fixtures/participations.js';
export { people } from './fixtures/people.js';
export { pressReleases } from './fixtures/press-release.js';
export { PRESS_RELEASE_TEXT } from './fixtures/press-release-text.js';
export * from './ids.js';
export { deepFreeze } from './internal/freeze.js';
export {
  getAward,
  getCountry,
  getEvent,
  getEventSeries,
  getInitiative,
  getLegalInstrument,
  getOrganization,
  getPerson,
  getPressRelease,
  getProgramme,
  getSeriesOf,
} from './lookups.js';
export { sourceOf, statedFields } from './provenance.js';
export {
  attendanceModeOf,
  dayOf,
  endsAfterStart,
  isCalendarDate,
  isCountryCode,
  isCurrencyCode,
  isDateOrDateTime,
  isDateTime,
  isHttpUrl,
  isSingleLine,
  modeOfLocation,
} from './rules.js';
/**
 * A country's ISO 3166-1 codes (`Iso3166`) and a UN M49 area (`M49Area`), as the country fixtures carry them.
 *
 * @example
 * ```ts
 * import { getCountry, type Iso3166, type M49Area } from '@track4tip/core';
 * const codes: Iso3166 | undefined = getCountry('AW').iso3166;
 * const area: M49Area | undefined = getCountry('AW').m49?.intermediateRegion;
 * console.log(codes?.alpha3, area?.name); // "ABW" "Caribbean"
 * ```
 */
export type { Iso3166, M49Area } from './schemas/country.js';
/**
 * Who an event was directed to.
 *
 * @example
 * ```ts
 * import { type Audience, type DeepReadonly, getEvent } from '@track4tip/core';
 * const audience: DeepReadonly<Audience> | undefined = getEvent('us-doj-session').audience;
 * console.log(audience?.description); // "police units, prosecutors and judges"
 * ```
 */
export type { AttendanceMode, Audience } from './schemas/event.js';
export type {
  EventLocation,
  Place,
  PostalAddress,
} from './schemas/location.js';
export type { Offer } from './schemas/offer.js';
/**
 * What kind of body an organisation is.
 *
 * @example
 * ```ts
 * import { getOrganization, type OrganizationKind } from '@track4tip/core';
 * const kind: OrganizationKind = getOrganization('aiamp').kind;
 * console.log(kind); // "association"
 * ```
 */
export type { OrganizationKind } from './schemas/organization.js';
/**
 * A person's part in an event's programme.
 *
 * @example
 * ```ts
 * import { getProgramme, type ParticipationRole } from '@track4tip/core';
 * const role: ParticipationRole | undefined = getProgramme('unodc-webinar')[8]?.role;
 * console.log(role); // "closing"
 * ```
 */
export type { ParticipationRole } from './schemas/participation.js';
/**
 * Where facts come from: a `Provenance` lists `ProvenanceEntry` items, each naming the `Source` of some top-level fields.
 *
 * @example
 * ```ts
 * import { getLegalInstrument, type Provenance, type ProvenanceEntry, type Source, sourceOf } from '@track4tip/core';
 * const provenance: Provenance = [{ source: { kind: 'press-release' }, fields: ['name', 'acronym'] }];
 * const entry: ProvenanceEntry | undefined = provenance[0];
 * const source: Source | undefined = sourceOf(getLegalInstrument('untoc'), 'entryIntoForce');
 * console.log(entry?.fields, source?.kind); // ["name", "acronym"] "external"
 * ```
 */
export type { Provenance, ProvenanceEntry, Source } from './schemas/provenance.js';
export { suggestId } from './suggest.js';
export type * from './types.js';
export {
  EVENT_KINDS,
  isKnownEventKind,
  isKnownPublicationKind,
  isKnownRole,
  type KnownEventKind,
  type KnownParticipationRole,
  type KnownPublicationKind,
  PARTICIPATION_ROLES,
  PUBLICATION_KINDS,
  ROLE_NAME_LANGUAGES,
  roleName,
} from './vocabulary.js';
