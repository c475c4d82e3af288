/**
 * Ids of the fixture entities. Each list is the single definition of its id union, so a typo in an
 * id, or a reference to an entity that does not exist, is a compile error.
 */

/** Ids of the ten people named in the press release, in the order the text names them. */
export const PERSON_IDS = [
  'andin-bikker',
  'maarten-smidts',
  'jose-vila-del-castillo',
  'carlos-perez',
  'antonio-segovia',
  'marcelo-colombo',
  'lissette-antonieta-reyes',
  'pascale-reinke-schreiber',
  'silke-albert',
  'laura-rundlet',
] as const;
/** Id of a person named in the press release. */
export type PersonId = (typeof PERSON_IDS)[number];

/** Ids of the organisations and organisational units named in the press release. */
export const ORGANIZATION_IDS = [
  'unodc',
  'unodc-tip-som-section',
  'us-department-of-state',
  'us-tip-office',
  'us-department-of-justice',
  'nl-ministry-of-justice-and-security',
  'nl-law-enforcement-department',
  'aiamp',
  'redtram',
  'cl-public-prosecutors-office',
  'cl-international-cooperation-unit',
  'ar-public-prosecutors-office',
  'ar-trafficking-and-exploitation-unit',
] as const;
/** Id of an organisation named in the press release. */
export type OrganizationId = (typeof ORGANIZATION_IDS)[number];

/**
 * Ids of the countries: the ISO 3166-1 alpha-2 code where the country has one, and `netherlands`
 * for the European constituent country of the Kingdom of the Netherlands, which has none
 * (`NL` denotes the Kingdom).
 */
export const COUNTRY_IDS = [
  'EC',
  'PE',
  'BR',
  'CO',
  'DO',
  'TT',
  'CW',
  'AW',
  'SX',
  'NL',
  'netherlands',
] as const;
/** Id of a country in the fixtures. */
export type CountryId = (typeof COUNTRY_IDS)[number];

/** Ids of the two sessions of the series. */
export const EVENT_IDS = ['us-doj-session', 'unodc-webinar'] as const;
/** Id of an event in the fixtures. */
export type EventId = (typeof EVENT_IDS)[number];

/** Id of the two-session series. */
export const EVENT_SERIES_IDS = ['criminal-justice-cooperation-series'] as const;
/** Id of an event series in the fixtures. */
export type EventSeriesId = (typeof EVENT_SERIES_IDS)[number];

/** Id of the TRACK4TIP initiative. */
export const INITIATIVE_IDS = ['track4tip'] as const;
/** Id of an initiative in the fixtures. */
export type InitiativeId = (typeof INITIATIVE_IDS)[number];

/** Ids of the legal instruments named in the press release. */
export const LEGAL_INSTRUMENT_IDS = ['untoc', 'tip-protocol'] as const;
/** Id of a legal instrument in the fixtures. */
export type LegalInstrumentId = (typeof LEGAL_INSTRUMENT_IDS)[number];

/** Id of the award named in the funding statement: its number as printed. */
export const AWARD_IDS = ['SSJTIP19CA0027'] as const;
/** Id of an award in the fixtures. */
export type AwardId = (typeof AWARD_IDS)[number];

/** Id of the press release. */
export const PRESS_RELEASE_IDS = ['unodc-press-release-2021-02-01'] as const;
/** Id of a press release in the fixtures. */
export type PressReleaseId = (typeof PRESS_RELEASE_IDS)[number];

/** Any fixture id. */
export type FixtureId =
  | PersonId
  | OrganizationId
  | CountryId
  | EventId
  | EventSeriesId
  | InitiativeId
  | LegalInstrumentId
  | AwardId
  | PressReleaseId;
