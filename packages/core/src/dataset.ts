import { deepFreeze } from './internal/freeze.js';
import type {
  Award,
  Country,
  Event,
  EventSeries,
  Initiative,
  LegalInstrument,
  Organization,
  Participation,
  Person,
  PressRelease,
  Publication,
} from './types.js';

/**
 * A set of entities of every model, as arrays. The fixtures form one; users can build their own.
 *
 * @example
 * ```ts
 * import { type Dataset, getCountry, getPerson } from '@track4tip/core';
 * const mine: Dataset = { people: [getPerson('silke-albert')], countries: [getCountry('CW')] };
 * console.log(mine.people?.[0]?.name); // "Silke Albert"
 * ```
 */
export interface Dataset {
  /** People. */
  readonly people?: readonly Person[];
  /** Organisations and organisational units. */
  readonly organizations?: readonly Organization[];
  /** Countries. */
  readonly countries?: readonly Country[];
  /** Legal instruments. */
  readonly legalInstruments?: readonly LegalInstrument[];
  /** Initiatives. */
  readonly initiatives?: readonly Initiative[];
  /** Events. */
  readonly events?: readonly Event[];
  /** Event series. */
  readonly eventSeries?: readonly EventSeries[];
  /** Participations in events' programmes. */
  readonly participations?: readonly Participation[];
  /** Awards. */
  readonly awards?: readonly Award[];
  /** Press releases. */
  readonly pressReleases?: readonly PressRelease[];
  /** Publications other than press releases: reports, web pages, articles. */
  readonly publications?: readonly Publication[];
}

/**
 * The collections of a {@link Dataset} whose entities carry an `id`.
 *
 * @example
 * ```ts
 * import { type EntityCollection, fixtures } from '@track4tip/core';
 * const collection: EntityCollection = 'organizations';
 * console.log(fixtures[collection]?.length); // 13
 * ```
 */
export type EntityCollection = Exclude<keyof Dataset, 'participations'>;

/**
 * Every collection of a {@link Dataset} whose entities carry an `id`, in a fixed order.
 *
 * @example
 * ```ts
 * import { ENTITY_COLLECTIONS, fixtures } from '@track4tip/core';
 * const ids = ENTITY_COLLECTIONS.flatMap((collection) => (fixtures[collection] ?? []).map((entity) => entity.id));
 * console.log(ENTITY_COLLECTIONS[0], ids.length); // "people" 42
 * ```
 */
export const ENTITY_COLLECTIONS: readonly EntityCollection[] = /* @__PURE__ */ deepFreeze([
  'people',
  'organizations',
  'countries',
  'legalInstruments',
  'initiatives',
  'events',
  'eventSeries',
  'awards',
  'pressReleases',
  'publications',
] as EntityCollection[]);

/**
 * The kinds of entity, one per collection: how references name a collection in one word (the
 * `type` of an `include` entry in `@track4tip/jsonld`, the namespace of its `@id`s, the CLI's
 * `--type`).
 *
 * @example
 * ```ts
 * import type { EntityType } from '@track4tip/core';
 * const type: EntityType = 'initiative';
 * ```
 */
export type EntityType =
  | 'event'
  | 'event-series'
  | 'person'
  | 'organization'
  | 'country'
  | 'initiative'
  | 'legal-instrument'
  | 'award'
  | 'press-release'
  | 'publication';

/**
 * The entity type of each collection of a {@link Dataset}.
 *
 * @example
 * ```ts
 * import { ENTITY_TYPES } from '@track4tip/core';
 * ENTITY_TYPES.legalInstruments; // "legal-instrument"
 * ```
 */
export const ENTITY_TYPES: Readonly<Record<EntityCollection, EntityType>> =
  /* @__PURE__ */ deepFreeze({
    people: 'person',
    organizations: 'organization',
    countries: 'country',
    legalInstruments: 'legal-instrument',
    initiatives: 'initiative',
    events: 'event',
    eventSeries: 'event-series',
    awards: 'award',
    pressReleases: 'press-release',
    publications: 'publication',
  } as const);

const ANY: readonly EntityCollection[] = ENTITY_COLLECTIONS;

/**
 * For each collection: its reference fields (dot paths) and the collections they may point to.
 *
 * @example
 * ```ts
 * import { REFERENCE_FIELDS } from '@track4tip/core';
 * console.log(REFERENCE_FIELDS.people); // { affiliation: ["organizations"] }
 * console.log(REFERENCE_FIELDS.events['audience.countries']); // ["countries"]
 * ```
 */
export const REFERENCE_FIELDS: {
  readonly [C in keyof Dataset]-?: Readonly<Record<string, readonly EntityCollection[]>>;
} = /* @__PURE__ */ deepFreeze({
  people: { affiliation: ['organizations'] },
  organizations: { parent: ['organizations'] },
  countries: { partOf: ['countries'] },
  legalInstruments: { supplements: ['legalInstruments'] },
  initiatives: {
    implementedBy: ['organizations'],
    supportedBy: ['organizations'],
    beneficiaryCountries: ['countries'],
  },
  events: {
    ledBy: ['organizations'],
    givenBy: ['organizations'],
    underAuspicesOf: ['organizations'],
    inCoordinationWith: ['organizations', 'countries'],
    underInitiative: ['initiatives'],
    'audience.countries': ['countries'],
  },
  eventSeries: { sessions: ['events'] },
  participations: {
    event: ['events'],
    person: ['people'],
    onBehalfOf: ['organizations'],
    about: ANY,
  },
  awards: { funder: ['organizations'], supports: ANY },
  pressReleases: {
    publisher: ['organizations'],
    about: ['events'],
    award: ['awards'],
    mentions: ANY,
    author: ['organizations', 'people'],
  },
  publications: {
    publisher: ['organizations'],
    author: ['organizations', 'people'],
    about: ANY,
  },
});
