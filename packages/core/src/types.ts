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
import type { DeepReadonly } from './internal/freeze.js';
import type { AwardData } from './schemas/award.js';
import type { CountryData } from './schemas/country.js';
import type { EventData } from './schemas/event.js';
import type { EventSeriesData } from './schemas/event-series.js';
import type { InitiativeData } from './schemas/initiative.js';
import type { LegalInstrumentData } from './schemas/legal-instrument.js';
import type { OrganizationData } from './schemas/organization.js';
import type { ParticipationData } from './schemas/participation.js';
import type { PersonData } from './schemas/person.js';
import type { PressReleaseData } from './schemas/press-release.js';
import type { PublicationData } from './schemas/publication.js';

export type { DeepReadonly } from './internal/freeze.js';

/**
 * A person (frozen).
 *
 * @example
 * ```ts
 * import { getPerson, type Person } from '@track4tip/core';
 * const speaker: Person = getPerson('marcelo-colombo');
 * console.log(speaker.affiliation); // "ar-trafficking-and-exploitation-unit"
 * ```
 */
export type Person = DeepReadonly<PersonData>;
/**
 * An organisation or organisational unit (frozen).
 *
 * @example
 * ```ts
 * import { getOrganization, type Organization } from '@track4tip/core';
 * const office: Organization = getOrganization('us-tip-office');
 * console.log(office.acronym); // "TIP Office"
 * ```
 */
export type Organization = DeepReadonly<OrganizationData>;
/**
 * A country (frozen).
 *
 * @example
 * ```ts
 * import { type Country, getCountry } from '@track4tip/core';
 * const country: Country = getCountry('DO');
 * console.log(country.name); // "Dominican Republic"
 * ```
 */
export type Country = DeepReadonly<CountryData>;
/**
 * A legal instrument (frozen).
 *
 * @example
 * ```ts
 * import { getLegalInstrument, type LegalInstrument } from '@track4tip/core';
 * const protocol: LegalInstrument = getLegalInstrument('tip-protocol');
 * console.log(protocol.adoptedBy); // "A/RES/55/25"
 * ```
 */
export type LegalInstrument = DeepReadonly<LegalInstrumentData>;
/**
 * An initiative (frozen).
 *
 * @example
 * ```ts
 * import { getInitiative, type Initiative } from '@track4tip/core';
 * const initiative: Initiative = getInitiative('track4tip');
 * console.log(initiative.durationYears); // 3
 * ```
 */
export type Initiative = DeepReadonly<InitiativeData>;
/**
 * An event (frozen).
 *
 * @example
 * ```ts
 * import { type Event, getEvent } from '@track4tip/core';
 * const webinar: Event = getEvent('unodc-webinar');
 * console.log(webinar.attendanceMode); // "online"
 * ```
 */
export type Event = DeepReadonly<EventData>;
/**
 * An event series (frozen).
 *
 * @example
 * ```ts
 * import { type EventSeries, getEventSeries } from '@track4tip/core';
 * const series: EventSeries = getEventSeries('criminal-justice-cooperation-series');
 * console.log(series.title); // undefined: the source gives the series no title
 * ```
 */
export type EventSeries = DeepReadonly<EventSeriesData>;
/**
 * A participation in an event's programme (frozen).
 *
 * @example
 * ```ts
 * import { getProgramme, type Participation } from '@track4tip/core';
 * const opening: Participation | undefined = getProgramme('unodc-webinar')[0];
 * console.log(opening?.person, opening?.role); // "andin-bikker" "opening"
 * ```
 */
export type Participation = DeepReadonly<ParticipationData>;
/**
 * An award (frozen).
 *
 * @example
 * ```ts
 * import { type Award, getAward } from '@track4tip/core';
 * const award: Award = getAward('SSJTIP19CA0027');
 * console.log(award.number); // "SSJTIP19CA0027"
 * ```
 */
export type Award = DeepReadonly<AwardData>;
/**
 * A press release (frozen).
 *
 * @example
 * ```ts
 * import { getPressRelease, type PressRelease } from '@track4tip/core';
 * const release: PressRelease = getPressRelease();
 * console.log(release.publisher, release.dateline); // "unodc" "2021-02-01"
 * ```
 */
export type PressRelease = DeepReadonly<PressReleaseData>;

/**
 * A publication other than a press release: a report, a web page, an article (frozen).
 *
 * @example
 * ```ts
 * import type { Publication } from '@track4tip/core';
 * import { definePublication } from '@track4tip/core/schemas';
 * const report: Publication = definePublication({ id: 'r', kind: 'report', descriptiveLabel: 'A report' });
 * ```
 */
export type Publication = DeepReadonly<PublicationData>;

/**
 * `T` with the fields named in `R` replaced by the types in `R`: how the fixture types narrow
 * their references from `string` to literal fixture ids.
 *
 * @example
 * ```ts
 * import { type Person, type WithRefs } from '@track4tip/core';
 * type TeamMember = WithRefs<Person, { id: 'jane-doe' | 'john-roe' }>;
 * const jane: TeamMember = { id: 'jane-doe', name: 'Jane Doe' };
 * // const typo: TeamMember = { id: 'jane-do', name: 'Jane Doe' }; // compile error
 * ```
 */
export type WithRefs<T, R> = Omit<T, keyof R> & { readonly [K in keyof R]: R[K] };

/**
 * A person of the fixtures: its references are typed fixture ids.
 *
 * @example
 * ```ts
 * import { getPerson, type PersonFixture } from '@track4tip/core';
 * const speaker: PersonFixture = getPerson('silke-albert');
 * console.log(speaker.affiliation); // "unodc"
 * ```
 */
export type PersonFixture = WithRefs<Person, { id: PersonId; affiliation?: OrganizationId }>;
/**
 * An organisation of the fixtures.
 *
 * @example
 * ```ts
 * import { getOrganization, type OrganizationFixture } from '@track4tip/core';
 * const unit: OrganizationFixture = getOrganization('cl-international-cooperation-unit');
 * console.log(unit.parent); // "cl-public-prosecutors-office"
 * ```
 */
export type OrganizationFixture = WithRefs<
  Organization,
  { id: OrganizationId; parent?: OrganizationId }
>;
/**
 * A country of the fixtures.
 *
 * @example
 * ```ts
 * import { type CountryFixture, getCountry } from '@track4tip/core';
 * const aruba: CountryFixture = getCountry('AW');
 * console.log(aruba.partOf, aruba.officialLanguages); // "NL" ["nl", "pap"]
 * ```
 */
export type CountryFixture = WithRefs<Country, { id: CountryId; partOf?: CountryId }>;
/**
 * A legal instrument of the fixtures.
 *
 * @example
 * ```ts
 * import { getLegalInstrument, type LegalInstrumentFixture } from '@track4tip/core';
 * const convention: LegalInstrumentFixture = getLegalInstrument('untoc');
 * console.log(convention.officialTitle); // "United Nations Convention against Transnational Organized Crime"
 * ```
 */
export type LegalInstrumentFixture = WithRefs<
  LegalInstrument,
  { id: LegalInstrumentId; supplements?: LegalInstrumentId }
>;
/**
 * The initiative of the fixtures.
 *
 * @example
 * ```ts
 * import { getInitiative, type InitiativeFixture } from '@track4tip/core';
 * const track4tip: InitiativeFixture = getInitiative('track4tip');
 * console.log(track4tip.implementedBy, track4tip.supportedBy); // ["unodc"] ["us-tip-office"]
 * ```
 */
export type InitiativeFixture = WithRefs<
  Initiative,
  {
    id: InitiativeId;
    implementedBy: readonly OrganizationId[];
    supportedBy?: readonly OrganizationId[];
    beneficiaryCountries: readonly CountryId[];
  }
>;
/**
 * An event of the fixtures.
 *
 * @example
 * ```ts
 * import { type EventFixture, getEvent } from '@track4tip/core';
 * const session: EventFixture = getEvent('us-doj-session');
 * console.log(session.audience?.countries); // ["netherlands", "AW", "CW", "SX"]
 * ```
 */
export type EventFixture = WithRefs<
  Event,
  {
    id: EventId;
    ledBy?: readonly OrganizationId[];
    givenBy?: readonly OrganizationId[];
    underAuspicesOf?: readonly OrganizationId[];
    inCoordinationWith?: readonly (OrganizationId | CountryId)[];
    underInitiative?: InitiativeId;
    audience?: WithRefs<NonNullable<Event['audience']>, { countries?: readonly CountryId[] }>;
  }
>;
/**
 * The event series of the fixtures.
 *
 * @example
 * ```ts
 * import { type EventSeriesFixture, getEventSeries } from '@track4tip/core';
 * const series: EventSeriesFixture = getEventSeries('criminal-justice-cooperation-series');
 * console.log(series.sessions[1]); // "unodc-webinar"
 * ```
 */
export type EventSeriesFixture = WithRefs<
  EventSeries,
  { id: EventSeriesId; sessions: readonly EventId[] }
>;
/**
 * A participation of the fixtures.
 *
 * @example
 * ```ts
 * import { getProgramme, type ParticipationFixture } from '@track4tip/core';
 * const segovia: ParticipationFixture | undefined = getProgramme('unodc-webinar').find(
 *   (participation) => participation.person === 'antonio-segovia',
 * );
 * console.log(segovia?.onBehalfOf, segovia?.order); // "aiamp" 5
 * ```
 */
export type ParticipationFixture = WithRefs<
  Participation,
  {
    event: EventId;
    person: PersonId;
    onBehalfOf?: OrganizationId;
    about?: readonly (LegalInstrumentId | InitiativeId | OrganizationId)[];
  }
>;
/**
 * The award of the fixtures.
 *
 * @example
 * ```ts
 * import { type AwardFixture, getAward } from '@track4tip/core';
 * const award: AwardFixture = getAward('SSJTIP19CA0027');
 * console.log(award.funder); // "us-department-of-state"
 * ```
 */
export type AwardFixture = WithRefs<
  Award,
  { id: AwardId; funder: OrganizationId; supports?: readonly PressReleaseId[] }
>;
/**
 * The press release of the fixtures.
 *
 * @example
 * ```ts
 * import { getPressRelease, type PressReleaseFixture } from '@track4tip/core';
 * const release: PressReleaseFixture = getPressRelease();
 * console.log(release.about, release.award); // "unodc-webinar" "SSJTIP19CA0027"
 * ```
 */
export type PressReleaseFixture = WithRefs<
  PressRelease,
  {
    id: PressReleaseId;
    publisher: OrganizationId;
    about: EventId;
    award?: AwardId;
    mentions?: readonly (
      | PersonId
      | OrganizationId
      | CountryId
      | LegalInstrumentId
      | InitiativeId
      | EventId
    )[];
  }
>;
