/**
 * Typed, validated, deep-frozen data about the UNODC webinar of 1 February 2021 on criminal justice
 * cooperation against trafficking in persons, the TRACK4TIP initiative and its countries, and
 * lookups over it. This entry point carries no validator: builders and schemas for your own data
 * live in `@track4tip/core/schemas`.
 *
 * @packageDocumentation
 */

export { countryName } from './country-names.js';
export type { Dataset, EntityCollection } from './dataset.js';
export { ENTITY_COLLECTIONS, REFERENCE_FIELDS } from './dataset.js';
export { CoreError, type CoreErrorCode, type CoreIssue } from './errors.js';
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
export type { Iso3166, M49Area } from './schemas/country.js';
export type { Audience } from './schemas/event.js';
export type { OrganizationKind } from './schemas/organization.js';
export type { ParticipationRole } from './schemas/participation.js';
export type { Provenance, ProvenanceEntry, Source } from './schemas/provenance.js';
export type * from './types.js';
