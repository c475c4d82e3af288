import type { Dataset, EntityCollection } from '@track4tip/core';
import { JsonLdError } from '../errors.js';
import { ENTITY_TYPES, entityId } from '../ids.js';
import type { JsonLdReference } from '../types.js';

type Entity<C extends EntityCollection> = NonNullable<Dataset[C]>[number];

/**
 * Values the caller supplies where the data has none (never invented by the SDK).
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedEvent, toJsonLd } from '@track4tip/jsonld';
 * const webinar: SuppliedEvent = { url: 'https://www.example.org/events/webinar', image: 'https://www.example.org/webinar.jpg' };
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', events: { 'unodc-webinar': webinar } });
 * ```
 */
export interface SuppliedEvent {
  /** The event's official name, if you know it (Google requires `name`). */
  readonly name?: string;
  /** The event's page. */
  readonly url?: string;
  /** Where the online event is (or was) attended: `location.url` of its VirtualLocation. */
  readonly locationUrl?: string;
  /** An image of the event (Google recommends `image`). */
  readonly image?: string;
}

/**
 * Values the caller supplies for a press release.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type SuppliedArticle, toJsonLd } from '@track4tip/jsonld';
 * const article: SuppliedArticle = { image: 'https://www.example.org/press-release.jpg' };
 * const graph = toJsonLd(fixtures, {
 *   baseUrl: 'https://www.example.org/',
 *   pressReleases: { 'unodc-press-release-2021-02-01': article },
 * });
 * ```
 */
export interface SuppliedArticle {
  /** The headline as published (the data has none). */
  readonly headline?: string;
  /** An image of the article. */
  readonly image?: string;
}

/** Everything a node builder needs: ids, lookups, the page language and supplied values. */
export interface NodeContext {
  readonly baseUrl: string;
  readonly inLanguage: string | undefined;
  readonly data: Dataset;
  /** A reference to an entity of a known collection; queues it for the graph. */
  ref(collection: EntityCollection, id: string, path: string): JsonLdReference;
  /** A reference to an entity in one of several collections (e.g. `mentions`). */
  refAny(collections: readonly EntityCollection[], id: string, path: string): JsonLdReference;
  /** Finds an entity; `undefined` when absent. */
  find<C extends EntityCollection>(collection: C, id: string): Entity<C> | undefined;
  readonly suppliedEvents: Readonly<Record<string, SuppliedEvent>>;
  readonly suppliedArticles: Readonly<Record<string, SuppliedArticle>>;
}

/** Builds the lookups over a dataset, refusing two different entities under one id. */
export function indexDataset(data: Dataset): Map<EntityCollection, Map<string, unknown>> {
  const index = new Map<EntityCollection, Map<string, unknown>>();
  for (const collection of Object.keys(ENTITY_TYPES) as EntityCollection[]) {
    const entries = new Map<string, unknown>();
    const list: readonly { readonly id: string }[] = data[collection] ?? [];
    list.forEach((entity, position) => {
      const existing = entries.get(entity.id);
      if (
        existing !== undefined &&
        existing !== entity &&
        JSON.stringify(existing) !== JSON.stringify(entity)
      ) {
        throw new JsonLdError(
          'ID_COLLISION',
          `data.${collection}.${position}`,
          `two different ${collection} share the id "${entity.id}" and would be written with one @id (${entityId('', ENTITY_TYPES[collection], entity.id)}); give your entity its own id`,
        );
      }
      if (existing === undefined) entries.set(entity.id, entity);
    });
    index.set(collection, entries);
  }
  return index;
}

/** An entity that a reference points to, for the closure walk. */
export interface Queued {
  readonly collection: EntityCollection;
  readonly id: string;
}

/** Creates the context; `ref` hands every entity it refers to to `enqueue`. */
export function createContext(
  data: Dataset,
  index: Map<EntityCollection, Map<string, unknown>>,
  settings: Pick<NodeContext, 'baseUrl' | 'inLanguage' | 'suppliedEvents' | 'suppliedArticles'>,
  enqueue: (entry: Queued) => void,
): NodeContext {
  const find = <C extends EntityCollection>(collection: C, id: string) =>
    index.get(collection)?.get(id) as Entity<C> | undefined;
  const ref = (collection: EntityCollection, id: string, path: string): JsonLdReference => {
    if (find(collection, id) === undefined) {
      throw new JsonLdError(
        'DANGLING_REFERENCE',
        path,
        `refers to ${ENTITY_TYPES[collection]} "${id}", which is not in data.${collection}; add it to the dataset or fix the id`,
      );
    }
    enqueue({ collection, id });
    return { '@id': entityId(settings.baseUrl, ENTITY_TYPES[collection], id) };
  };
  return {
    ...settings,
    data,
    find,
    ref,
    refAny(collections, id, path) {
      const matches = collections.filter((collection) => find(collection, id) !== undefined);
      const [only] = matches;
      if (only === undefined) {
        throw new JsonLdError(
          'DANGLING_REFERENCE',
          path,
          `refers to "${id}", which is in none of data.${collections.join(', data.')}; add it to the dataset or fix the id`,
        );
      }
      if (matches.length > 1) {
        throw new JsonLdError(
          'AMBIGUOUS_ID',
          path,
          `"${id}" names entities in data.${matches.join(' and data.')}; rename one of them so the reference has one meaning`,
        );
      }
      return ref(only, id, path);
    },
  };
}
