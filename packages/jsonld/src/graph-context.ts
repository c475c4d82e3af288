// What `toJsonLd` shares with the node builders in `nodes/` while it builds one graph: the
// dataset's index (`indexDataset`), lookups derived from it once, and the context (`NodeContext`)
// that turns ids into `@id`s and resolves references, reporting each one it follows.

import {
  type Award,
  type Dataset,
  ENTITY_COLLECTIONS,
  ENTITY_TYPES,
  type EntityCollection,
  type Event,
  type EventSeries,
  type Participation,
  REFERENCE_FIELDS,
} from '@track4tip/core';
import { JsonLdError } from './errors.js';
import { entityId } from './ids.js';
import type { JsonLdReference } from './types.js';

type Entity<C extends EntityCollection> = NonNullable<Dataset[C]>[number];

/** Lookups derived once per build from the whole dataset, so no builder scans a collection. */
export interface DerivedIndex {
  /** Each event's programme in order (ties keep the dataset's order), by event id. */
  readonly programme: ReadonlyMap<
    string,
    readonly { participation: Participation; index: number }[]
  >;
  /** The series each event is a session of, by event id. */
  readonly seriesOf: ReadonlyMap<string, readonly EventSeries[]>;
  /** The events held under each initiative, by initiative id. */
  readonly eventsUnder: ReadonlyMap<string, readonly Event[]>;
  /** Ids of everything some event was held in coordination with. */
  readonly coordinating: ReadonlySet<string>;
  /** The awards that support each entity (an award's `supports`), by the entity's id. */
  readonly fundedBy: ReadonlyMap<string, readonly Award[]>;
}

/** Everything a node builder needs: ids, lookups and the page's locale. */
export interface NodeContext {
  readonly baseUrl: string;
  readonly locale: string | undefined;
  readonly data: Dataset;
  /** Reverse lookups over the dataset, built on first use. */
  readonly derived: () => DerivedIndex;
  /** The `@id` of an entity of the dataset. */
  idOf(collection: EntityCollection, id: string): string;
  /**
   * A reference to an entity of a known collection; hands it to the walk. The path of the
   * reference in the data, for messages, is `path`, then `key` and `index` when given (joined
   * only when a message needs it).
   */
  ref(
    collection: EntityCollection,
    id: string,
    path: readonly (string | number)[],
    key?: string | number,
    index?: string | number,
  ): JsonLdReference;
  /** A reference to an entity in one of several collections (e.g. `mentions`). */
  refAny(
    collections: readonly EntityCollection[],
    id: string,
    path: readonly (string | number)[],
    key?: string | number,
    index?: string | number,
  ): JsonLdReference;
  /** Finds an entity; `undefined` when absent. */
  find<C extends EntityCollection>(collection: C, id: string): Entity<C> | undefined;
}

/**
 * An entity of the dataset: its position in its collection (for paths in messages) and its slot,
 * the index of what one build learns about it (its distance from the page's entities, whether the
 * walk reached it) in that build's {@link WalkState}.
 */
export interface Indexed {
  readonly collection: EntityCollection;
  readonly id: string;
  readonly entity: unknown;
  readonly position: number;
  readonly slot: number;
}

/**
 * The dataset by collection and id; `any` finds an id in whichever collection has it (an id names
 * one entity); `size` is the number of slots. Reused by every build of the same frozen dataset,
 * so it holds nothing one build learns (see {@link WalkState}) but the `@id`s of the last base URL.
 */
export type DatasetIndex = Readonly<Record<EntityCollection, ReadonlyMap<string, Indexed>>> & {
  readonly any: ReadonlyMap<string, Indexed>;
  readonly size: number;
  /** The `@id` of each slot under `irisBase` (internal cache, filled on use). */
  iris: (string | undefined)[];
  irisBase: string | undefined;
};

/** What one build learns about each slot of a {@link DatasetIndex}. */
export interface WalkState {
  /** -1 until the walk queues the entity on a path of written nodes. */
  readonly distance: Int32Array;
  /** 1 once the walk has queued it at all. */
  readonly reached: Uint8Array;
}

/** A fresh walk state for one build. */
export function walkState(index: DatasetIndex): WalkState {
  return { distance: new Int32Array(index.size).fill(-1), reached: new Uint8Array(index.size) };
}

// Indexes of frozen datasets without shared ids: the same data always gives the same index.
const INDEXES = new WeakMap<Dataset, DatasetIndex>();

/** Whether the dataset, its collections and their entities are frozen (so their ids cannot change). */
function frozen(data: Dataset): boolean {
  if (!Object.isFrozen(data)) return false;
  for (const collection of ENTITY_COLLECTIONS) {
    const list = data[collection];
    if (list === undefined) continue;
    if (!Object.isFrozen(list)) return false;
    for (const entity of list) if (!Object.isFrozen(entity)) return false;
  }
  return true;
}

/**
 * Builds the lookups over a dataset, refusing two different entities under one id. Comparing two
 * entities (a JSON fingerprint) is paid only when two share an id.
 */
export function indexDataset(data: Dataset): DatasetIndex {
  const cached = INDEXES.get(data);
  if (cached !== undefined) return cached;
  const any = new Map<string, Indexed>();
  const index = { any } as Record<EntityCollection, Map<string, Indexed>> & {
    any: Map<string, Indexed>;
    size: number;
    iris: (string | undefined)[];
    irisBase: string | undefined;
  };
  let slot = 0;
  // Two entities under one id: compared now, and the index is not kept (their contents may change).
  let shared = false;
  for (const collection of ENTITY_COLLECTIONS) {
    const entries = new Map<string, Indexed>();
    const list: readonly { readonly id: string }[] = data[collection] ?? [];
    for (let position = 0; position < list.length; position += 1) {
      const entity = list[position] as { readonly id: string };
      const existing = entries.get(entity.id)?.entity;
      if (existing !== undefined) {
        shared = true;
        if (existing !== entity && JSON.stringify(existing) !== JSON.stringify(entity)) {
          throw new JsonLdError(
            'DUPLICATE_ID',
            `two different ${collection} share the id "${entity.id}" and would be written with one @id (${entityId('', ENTITY_TYPES[collection], entity.id)}); give your entity its own id`,
            { path: ['data', collection, position] },
          );
        }
      } else {
        const entry: Indexed = { collection, id: entity.id, entity, position, slot };
        slot += 1;
        entries.set(entity.id, entry);
        const other = any.get(entity.id);
        if (other !== undefined) {
          // Core's rule (defineDataset's DUPLICATE_ID): an id names one entity in the dataset.
          throw new JsonLdError(
            'DUPLICATE_ID',
            `id "${entity.id}" is already used by an entity in data.${other.collection}; an id names one entity in the whole dataset, so give this one its own id`,
            { path: ['data', collection, position, 'id'] },
          );
        }
        any.set(entity.id, entry);
      }
    }
    index[collection] = entries;
  }
  index.size = slot;
  index.iris = [];
  index.irisBase = undefined;
  if (!shared && frozen(data)) INDEXES.set(data, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

/** One pass over the events, series and participations. */
function deriveIndex(data: Dataset): DerivedIndex {
  const programme = new Map<string, { participation: Participation; index: number }[]>();
  (data.participations ?? []).forEach((participation, index) => {
    push(programme, participation.event, { participation, index });
  });
  for (const entries of programme.values()) {
    entries.sort((a, b) => a.participation.order - b.participation.order || a.index - b.index);
  }
  const seriesOf = new Map<string, EventSeries[]>();
  for (const series of data.eventSeries ?? []) {
    for (const session of new Set(series.sessions)) push(seriesOf, session, series);
  }
  const eventsUnder = new Map<string, Event[]>();
  const coordinating = new Set<string>();
  for (const event of data.events ?? []) {
    if (event.underInitiative !== undefined) push(eventsUnder, event.underInitiative, event);
    for (const id of event.inCoordinationWith ?? []) coordinating.add(id);
  }
  const fundedBy = new Map<string, Award[]>();
  for (const award of data.awards ?? []) {
    for (const id of new Set(award.supports)) push(fundedBy, id, award);
  }
  return { programme, seriesOf, eventsUnder, coordinating, fundedBy };
}

/**
 * The collections a reference field may point to, as core's `REFERENCE_FIELDS` says: the node
 * builders never list them again.
 */
export function targetsOf(
  collection: keyof typeof REFERENCE_FIELDS,
  field: string,
): readonly EntityCollection[] {
  const targets = REFERENCE_FIELDS[collection][field];
  if (targets === undefined) throw new Error(`no reference field ${collection}.${field} in core`);
  return targets;
}

function joinPath(
  path: readonly (string | number)[],
  key?: string | number,
  index?: string | number,
): (string | number)[] {
  if (key === undefined) return [...path];
  return index === undefined ? [...path, key] : [...path, key, index];
}

/** Creates the context; `ref` hands every entity it refers to to `enqueue`. */
export function createContext(
  data: Dataset,
  index: DatasetIndex,
  settings: Pick<NodeContext, 'baseUrl' | 'locale'>,
  enqueue: (entry: Indexed) => void,
): NodeContext {
  const find = <C extends EntityCollection>(collection: C, id: string) =>
    index[collection].get(id)?.entity as Entity<C> | undefined;
  if (index.irisBase !== settings.baseUrl) {
    index.iris = [];
    index.irisBase = settings.baseUrl;
  }
  const iris = index.iris;
  const iriOf = (entry: Indexed): string => {
    let iri = iris[entry.slot];
    if (iri === undefined) {
      iri = entityId(settings.baseUrl, ENTITY_TYPES[entry.collection], entry.id);
      iris[entry.slot] = iri;
    }
    return iri;
  };
  const idOf = (collection: EntityCollection, id: string): string => {
    const found = index[collection].get(id);
    return found === undefined
      ? entityId(settings.baseUrl, ENTITY_TYPES[collection], id)
      : iriOf(found);
  };
  const ref: NodeContext['ref'] = (collection, id, path, key, at) => {
    const found = index[collection].get(id);
    if (found === undefined) {
      throw new JsonLdError(
        'DANGLING_REFERENCE',
        `refers to ${ENTITY_TYPES[collection]} "${id}", which is not in data.${collection}; add it to the dataset or fix the id`,
        { path: joinPath(path, key, at) },
      );
    }
    enqueue(found);
    return { '@id': iriOf(found) };
  };
  let derived: DerivedIndex | undefined;
  return {
    baseUrl: settings.baseUrl,
    locale: settings.locale,
    data,
    find,
    idOf,
    ref,
    derived: () => {
      derived ??= deriveIndex(data);
      return derived;
    },
    refAny(collections, id, path, key, at) {
      // Ids are unique across collections (indexDataset refuses a shared one), so an id has one
      // entity, which must be in one of the collections the field may point to.
      const found = index.any.get(id);
      if (found === undefined || !collections.includes(found.collection)) {
        throw new JsonLdError(
          'DANGLING_REFERENCE',
          `refers to "${id}", which is in none of data.${collections.join(', data.')}; add it to the dataset or fix the id`,
          { path: joinPath(path, key, at) },
        );
      }
      return ref(found.collection, id, path, key, at);
    },
  };
}

/**
 * `funding`: the awards that support an entity (their `supports`), with those its own record
 * names (a press release's `award`) first, each once.
 */
export function fundingOf(
  ctx: NodeContext,
  id: string,
  path: readonly (string | number)[],
  own?: string,
): JsonLdReference | JsonLdReference[] | undefined {
  const ids = new Set(own === undefined ? [] : [own]);
  for (const award of ctx.derived().fundedBy.get(id) ?? []) ids.add(award.id);
  const refs = [...ids].map((award) => ctx.ref('awards', award, path, 'award'));
  // One award is one value, as a record's own `award` has always been written.
  return refs.length <= 1 ? refs[0] : refs;
}
