/**
 * Ids of the fixture entities. Each list is the single definition of its id union, so a typo in an
 * id, or a reference to an entity that does not exist, is a compile error.
 */

/**
 * Ids of the ten people named in the press release, in the order the text names them.
 *
 * @example
 * ```ts
 * import { getPerson, PERSON_IDS } from '@track4tip/core';
 * console.log(PERSON_IDS.length, getPerson(PERSON_IDS[0]).name); // 10 "Andin Bikker"
 * ```
 */
export const PERSON_IDS = /* @__PURE__ */ Object.freeze([
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
] as const);
/**
 * Id of a person named in the press release.
 *
 * @example
 * ```ts
 * import { getPerson, type PersonId } from '@track4tip/core';
 * const closing: PersonId[] = ['silke-albert', 'laura-rundlet'];
 * console.log(closing.map((id) => getPerson(id).honorific)); // ["Ms.", "Ms."]
 * ```
 */
export type PersonId = (typeof PERSON_IDS)[number];

/**
 * Ids of the organisations and organisational units named in the press release.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_IDS } from '@track4tip/core';
 * console.log(ORGANIZATION_IDS.length, ORGANIZATION_IDS.includes('aiamp')); // 13 true
 * ```
 */
export const ORGANIZATION_IDS = /* @__PURE__ */ Object.freeze([
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
] as const);
/**
 * Id of an organisation named in the press release.
 *
 * @example
 * ```ts
 * import { getOrganization, type OrganizationId } from '@track4tip/core';
 * const network: OrganizationId = 'redtram';
 * console.log(getOrganization(network).acronym); // "REDTRAM"
 * ```
 */
export type OrganizationId = (typeof ORGANIZATION_IDS)[number];

/**
 * Ids of the countries: the ISO 3166-1 alpha-2 code where the country has one, and `netherlands`
 * for the European constituent country of the Kingdom of the Netherlands, which has none
 * (`NL` denotes the Kingdom).
 *
 * @example
 * ```ts
 * import { COUNTRY_IDS, getCountry } from '@track4tip/core';
 * console.log(COUNTRY_IDS.filter((id) => getCountry(id).partOf === 'NL')); // ["CW", "AW", "SX", "netherlands"]
 * ```
 */
export const COUNTRY_IDS = /* @__PURE__ */ Object.freeze([
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
] as const);
/**
 * Id of a country in the fixtures.
 *
 * @example
 * ```ts
 * import { type CountryId, getCountry } from '@track4tip/core';
 * const european: CountryId = 'netherlands';
 * console.log(getCountry(european).iso3166); // undefined: it has no ISO code of its own
 * ```
 */
export type CountryId = (typeof COUNTRY_IDS)[number];

/**
 * Ids of the two sessions of the series.
 *
 * @example
 * ```ts
 * import { EVENT_IDS, getEvent } from '@track4tip/core';
 * console.log(EVENT_IDS.map((id) => getEvent(id).kind)); // ["session", "webinar"]
 * ```
 */
export const EVENT_IDS = /* @__PURE__ */ Object.freeze([
  'us-doj-session',
  'unodc-webinar',
] as const);
/**
 * Id of an event in the fixtures.
 *
 * @example
 * ```ts
 * import { type EventId, getProgramme } from '@track4tip/core';
 * const webinar: EventId = 'unodc-webinar';
 * console.log(getProgramme(webinar).length); // 10
 * ```
 */
export type EventId = (typeof EVENT_IDS)[number];

/**
 * Id of the two-session series.
 *
 * @example
 * ```ts
 * import { EVENT_SERIES_IDS, getEventSeries } from '@track4tip/core';
 * console.log(getEventSeries(EVENT_SERIES_IDS[0]).sessions); // ["us-doj-session", "unodc-webinar"]
 * ```
 */
export const EVENT_SERIES_IDS = /* @__PURE__ */ Object.freeze([
  'criminal-justice-cooperation-series',
] as const);
/**
 * Id of an event series in the fixtures.
 *
 * @example
 * ```ts
 * import { type EventSeriesId, getEventSeries } from '@track4tip/core';
 * const series: EventSeriesId = 'criminal-justice-cooperation-series';
 * console.log(getEventSeries(series).sessions[0]); // "us-doj-session"
 * ```
 */
export type EventSeriesId = (typeof EVENT_SERIES_IDS)[number];

/**
 * Id of the TRACK4TIP initiative.
 *
 * @example
 * ```ts
 * import { getInitiative, INITIATIVE_IDS } from '@track4tip/core';
 * console.log(getInitiative(INITIATIVE_IDS[0]).name); // "TRACK4TIP"
 * ```
 */
export const INITIATIVE_IDS = /* @__PURE__ */ Object.freeze(['track4tip'] as const);
/**
 * Id of an initiative in the fixtures.
 *
 * @example
 * ```ts
 * import { getInitiative, type InitiativeId } from '@track4tip/core';
 * const initiative: InitiativeId = 'track4tip';
 * console.log(getInitiative(initiative).startYear, getInitiative(initiative).endYear); // 2019 2022
 * ```
 */
export type InitiativeId = (typeof INITIATIVE_IDS)[number];

/**
 * Ids of the legal instruments named in the press release.
 *
 * @example
 * ```ts
 * import { getLegalInstrument, LEGAL_INSTRUMENT_IDS } from '@track4tip/core';
 * console.log(LEGAL_INSTRUMENT_IDS.map((id) => getLegalInstrument(id).entryIntoForce)); // ["2003-09-29", "2003-12-25"]
 * ```
 */
export const LEGAL_INSTRUMENT_IDS = /* @__PURE__ */ Object.freeze([
  'untoc',
  'tip-protocol',
] as const);
/**
 * Id of a legal instrument in the fixtures.
 *
 * @example
 * ```ts
 * import { getLegalInstrument, type LegalInstrumentId } from '@track4tip/core';
 * const protocol: LegalInstrumentId = 'tip-protocol';
 * console.log(getLegalInstrument(protocol).supplements); // "untoc"
 * ```
 */
export type LegalInstrumentId = (typeof LEGAL_INSTRUMENT_IDS)[number];

/**
 * Id of the award named in the funding statement: its number as printed.
 *
 * @example
 * ```ts
 * import { AWARD_IDS, getAward } from '@track4tip/core';
 * console.log(getAward(AWARD_IDS[0]).number); // "SSJTIP19CA0027"
 * ```
 */
export const AWARD_IDS = /* @__PURE__ */ Object.freeze(['SSJTIP19CA0027'] as const);
/**
 * Id of an award in the fixtures.
 *
 * @example
 * ```ts
 * import { type AwardId, getAward } from '@track4tip/core';
 * const award: AwardId = 'SSJTIP19CA0027';
 * console.log(getAward(award).supports); // ["unodc-press-release-2021-02-01"]
 * ```
 */
export type AwardId = (typeof AWARD_IDS)[number];

/**
 * Id of the press release.
 *
 * @example
 * ```ts
 * import { getPressRelease, PRESS_RELEASE_IDS } from '@track4tip/core';
 * console.log(getPressRelease(PRESS_RELEASE_IDS[0]).inLanguage); // "en"
 * ```
 */
export const PRESS_RELEASE_IDS = /* @__PURE__ */ Object.freeze([
  'unodc-press-release-2021-02-01',
] as const);
/**
 * Id of a press release in the fixtures.
 *
 * @example
 * ```ts
 * import { getPressRelease, type PressReleaseId } from '@track4tip/core';
 * const release: PressReleaseId = 'unodc-press-release-2021-02-01';
 * console.log(getPressRelease(release).about); // "unodc-webinar"
 * ```
 */
export type PressReleaseId = (typeof PRESS_RELEASE_IDS)[number];

/**
 * Any fixture id.
 *
 * @example
 * ```ts
 * import { type FixtureId, getPressRelease } from '@track4tip/core';
 * const mentioned: readonly FixtureId[] = getPressRelease().mentions ?? [];
 * console.log(mentioned.includes('track4tip'), mentioned.length); // true 38
 * ```
 */
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
