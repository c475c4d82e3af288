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

export type { DeepReadonly } from './internal/freeze.js';

/** A person (frozen). */
export type Person = DeepReadonly<PersonData>;
/** An organisation or organisational unit (frozen). */
export type Organization = DeepReadonly<OrganizationData>;
/** A country (frozen). */
export type Country = DeepReadonly<CountryData>;
/** A legal instrument (frozen). */
export type LegalInstrument = DeepReadonly<LegalInstrumentData>;
/** An initiative (frozen). */
export type Initiative = DeepReadonly<InitiativeData>;
/** An event (frozen). */
export type Event = DeepReadonly<EventData>;
/** An event series (frozen). */
export type EventSeries = DeepReadonly<EventSeriesData>;
/** A participation in an event's programme (frozen). */
export type Participation = DeepReadonly<ParticipationData>;
/** An award (frozen). */
export type Award = DeepReadonly<AwardData>;
/** A press release (frozen). */
export type PressRelease = DeepReadonly<PressReleaseData>;

/**
 * `T` with the fields named in `R` replaced by the types in `R`: how the fixture types narrow
 * their references from `string` to literal fixture ids.
 */
export type WithRefs<T, R> = Omit<T, keyof R> & { readonly [K in keyof R]: R[K] };

/** A person of the fixtures: its references are typed fixture ids. */
export type PersonFixture = WithRefs<Person, { id: PersonId; affiliation?: OrganizationId }>;
/** An organisation of the fixtures. */
export type OrganizationFixture = WithRefs<
  Organization,
  { id: OrganizationId; parent?: OrganizationId }
>;
/** A country of the fixtures. */
export type CountryFixture = WithRefs<Country, { id: CountryId; partOf?: CountryId }>;
/** A legal instrument of the fixtures. */
export type LegalInstrumentFixture = WithRefs<
  LegalInstrument,
  { id: LegalInstrumentId; supplements?: LegalInstrumentId }
>;
/** The initiative of the fixtures. */
export type InitiativeFixture = WithRefs<
  Initiative,
  {
    id: InitiativeId;
    implementedBy: readonly OrganizationId[];
    supportedBy?: readonly OrganizationId[];
    beneficiaryCountries: readonly CountryId[];
  }
>;
/** An event of the fixtures. */
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
/** The event series of the fixtures. */
export type EventSeriesFixture = WithRefs<
  EventSeries,
  { id: EventSeriesId; sessions: readonly EventId[] }
>;
/** A participation of the fixtures. */
export type ParticipationFixture = WithRefs<
  Participation,
  {
    event: EventId;
    person: PersonId;
    onBehalfOf?: OrganizationId;
    about?: readonly (LegalInstrumentId | InitiativeId | OrganizationId)[];
  }
>;
/** The award of the fixtures. */
export type AwardFixture = WithRefs<
  Award,
  { id: AwardId; funder: OrganizationId; supports?: readonly PressReleaseId[] }
>;
/** The press release of the fixtures. */
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
