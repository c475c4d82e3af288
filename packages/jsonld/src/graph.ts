import { type Dataset, ENTITY_COLLECTIONS, type EntityCollection } from '@track4tip/core';
import { JsonLdError } from './errors.js';
import { ENTITY_TYPES, type EntityType, normalizeBaseUrl } from './ids.js';
import { asNode, defined } from './internal/graph.js';
import {
  createContext,
  type Indexed,
  indexDataset,
  type NodeContext,
  type SuppliedArticle,
  type SuppliedEvent,
} from './nodes/context.js';
import { countryNode } from './nodes/country.js';
import { eventNode, eventSeriesNode } from './nodes/event.js';
import { legislationNode } from './nodes/legislation.js';
import { monetaryGrantNode } from './nodes/monetary-grant.js';
import { newsArticleNode } from './nodes/news-article.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { projectNode } from './nodes/project.js';
import type { JsonLdGraph, JsonLdNode } from './types.js';

export type { SuppliedArticle, SuppliedEvent } from './nodes/context.js';

/**
 * One entity to put in the graph, by type and id, e.g. `{ type: 'event', id: 'unodc-webinar' }`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type EntityRef, toJsonLd } from '@track4tip/jsonld';
 * const include: EntityRef[] = [
 *   { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
 *   { type: 'award', id: 'SSJTIP19CA0027' },
 * ];
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include });
 * ```
 */
export interface EntityRef {
  /** The entity's type. */
  readonly type: EntityType;
  /** The entity's id in the dataset. */
  readonly id: string;
}

/**
 * How much of the referenced entities `toJsonLd` writes; see {@link ToJsonLdOptions.detail}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type Detail, toJsonLd } from '@track4tip/jsonld';
 * const detail: Detail = 'full';
 * const graph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'unodc-webinar' }], detail });
 * ```
 */
export type Detail = 'linked' | 'full';

/**
 * Options of {@link toJsonLd}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type ToJsonLdOptions, toJsonLd } from '@track4tip/jsonld';
 * const options: ToJsonLdOptions = {
 *   baseUrl: 'https://www.example.org/',
 *   include: [{ type: 'event', id: 'unodc-webinar' }],
 *   inLanguage: 'es',
 * };
 * const graph = toJsonLd(fixtures, options);
 * ```
 */
export interface ToJsonLdOptions {
  /**
   * The site's base URL. Every `@id` is `<baseUrl>#/schema/<type>/<id>`, the same on every page
   * and in every language.
   */
  readonly baseUrl: string;
  /**
   * The entities the page is about. The graph holds them and what they refer to, so every
   * reference resolves (how far, see `detail`). Default: every entity of the dataset.
   */
  readonly include?: readonly EntityRef[];
  /**
   * How much of what the included entities refer to is written, when `include` is given.
   * `'linked'` (default): the included entities and the entities they refer to directly are full
   * nodes; entities one step further are summary nodes (`@type`, `@id` and, where the data has
   * them, `name`, `alternateName`, `url`, `sameAs`) with no references of their own, so the graph
   * stops there. `'full'`: everything reachable, as full nodes. Without `include` every node is
   * full. Either way the whole reachable data is checked, so both give the same errors.
   */
  readonly detail?: Detail;
  /**
   * The page's language (BCP 47). Where the data has localised names (countries, through core's
   * `countryName`), they are added as language-tagged values. Default: the source's English only.
   */
  readonly inLanguage?: string;
  /** Real values you have that the data lacks, per event id (name, page, location URL, image). */
  readonly events?: Readonly<Record<string, SuppliedEvent>>;
  /** Real values you have that the data lacks, per press-release id (headline, image). */
  readonly pressReleases?: Readonly<Record<string, SuppliedArticle>>;
}

const COLLECTION_OF = Object.fromEntries(
  Object.entries(ENTITY_TYPES).map(([collection, type]) => [type, collection]),
) as Readonly<Record<EntityType, EntityCollection>>;

type Builder = (entity: never, ctx: NodeContext, path: string) => JsonLdNode;
const BUILDERS: Readonly<Record<EntityCollection, Builder>> = {
  people: personNode,
  organizations: organizationNode,
  countries: countryNode,
  legalInstruments: legislationNode,
  initiatives: projectNode,
  events: eventNode,
  eventSeries: eventSeriesNode,
  awards: monetaryGrantNode,
  pressReleases: newsArticleNode,
};

// What a summary node keeps: enough to name and identify the entity, and no references.
// In canonical order.
const SUMMARY_KEYS = ['@type', '@id', 'alternateName', 'name', 'sameAs', 'url'] as const;

function summaryOf(node: JsonLdNode): JsonLdNode {
  const summary: Record<string, unknown> = {};
  for (const key of SUMMARY_KEYS) summary[key] = node[key];
  return asNode(defined(summary));
}

function checkDetail(value: Detail | undefined): Detail {
  if (value === undefined || value === 'linked' || value === 'full') return value ?? 'linked';
  throw new JsonLdError(
    'INVALID_OPTION',
    'options.detail',
    `expected "linked" (referenced entities one step away as summaries) or "full"; got ${JSON.stringify(value)}`,
  );
}

function checkUrl(value: string | undefined, path: string): void {
  if (value === undefined) return;
  let ok = typeof value === 'string' && /^https?:\/\/\S+$/i.test(value);
  try {
    if (ok) new URL(value);
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new JsonLdError(
      'INVALID_OPTION',
      path,
      `expected an absolute http(s) URL such as "https://www.example.org/page"; got ${JSON.stringify(value)}`,
    );
  }
}

function checkLanguage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let canonical: string | undefined;
  try {
    canonical = typeof value === 'string' ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || canonical !== value) {
    throw new JsonLdError(
      'INVALID_OPTION',
      'options.inLanguage',
      `expected a canonical BCP 47 language tag such as "es" or "pt-BR"; got ${JSON.stringify(value)}`,
    );
  }
  return canonical;
}

function checkSupplied(options: ToJsonLdOptions): void {
  for (const [id, event] of Object.entries(options.events ?? {})) {
    checkUrl(event.url, `options.events.${id}.url`);
    checkUrl(event.locationUrl, `options.events.${id}.locationUrl`);
    checkUrl(event.image, `options.events.${id}.image`);
    if (event.name !== undefined && (typeof event.name !== 'string' || event.name.trim() === '')) {
      throw new JsonLdError(
        'INVALID_OPTION',
        `options.events.${id}.name`,
        "expected the event's real name as a non-empty string; leave it out if the event has none",
      );
    }
  }
  for (const [id, article] of Object.entries(options.pressReleases ?? {})) {
    checkUrl(article.image, `options.pressReleases.${id}.image`);
    if (
      article.headline !== undefined &&
      (typeof article.headline !== 'string' || article.headline.trim() === '')
    ) {
      throw new JsonLdError(
        'INVALID_OPTION',
        `options.pressReleases.${id}.headline`,
        'expected the headline as published, a non-empty string; leave it out if unknown',
      );
    }
  }
}

/**
 * Builds one schema.org JSON-LD `@graph` from a dataset (the fixtures of `@track4tip/core`, or your
 * own entities built with its `define*` functions): one node per entity, linked by stable `@id`s,
 * with every URL absolute. Only real data is written: where the source lacks a value (the webinar's
 * name or URL), the node lacks it too, unless you supply it in `options`.
 *
 * @param data - The entities, e.g. `fixtures` from `@track4tip/core`.
 * @param options - `baseUrl` (required), which entities to `include` and in how much `detail`,
 *   the page language and values you supply.
 * @returns The graph, with nodes in a deterministic order and keys sorted.
 * @throws {@link JsonLdError} with code `INVALID_OPTION`, `UNKNOWN_ID` (an `include` entry that is
 *   not in the data), `DANGLING_REFERENCE`, `AMBIGUOUS_ID` or `ID_COLLISION` (two different
 *   entities that would share an `@id`).
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
 * const graph = toJsonLd(fixtures, {
 *   baseUrl: 'https://www.example.org/',
 *   include: [{ type: 'event', id: 'unodc-webinar' }],
 * });
 * const html = toScriptTag(graph);
 * ```
 */
export function toJsonLd(data: Dataset, options: ToJsonLdOptions): JsonLdGraph {
  if (options === null || typeof options !== 'object') {
    throw new JsonLdError(
      'INVALID_OPTION',
      'options',
      'expected an options object with at least { baseUrl }',
    );
  }
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const inLanguage = checkLanguage(options.inLanguage);
  // Distance from the included entities: full nodes up to 1, summaries at 2 (with 'linked').
  const detail = checkDetail(options.detail);
  const fullUpTo = options.include === undefined || detail === 'full' ? Infinity : 1;
  checkSupplied(options);
  const index = indexDataset(data);
  // Each entity is written once, and two entities share an @id only when they share a collection
  // and an id, which `indexDataset` refuses (ID_COLLISION): so the nodes need no map by @id.
  // Every written node's references resolve by construction: what a full node refers to is one
  // step further, so it is written too (as a summary at the edge of a 'linked' page).
  const nodes: JsonLdNode[] = [];
  // Breadth-first, so the first time an entity is reached is at its shortest distance; each
  // entity is queued once (a queue index, not `shift`, so the walk is linear in references).
  const queue: Indexed[] = [];
  const enqueue = (entry: Indexed, at: number): void => {
    if (entry.distance !== -1) return;
    entry.distance = at;
    queue.push(entry);
  };
  let distance = 0;
  const ctx = createContext(
    data,
    index,
    {
      baseUrl,
      inLanguage,
      suppliedEvents: options.events ?? {},
      suppliedArticles: options.pressReleases ?? {},
    },
    (entry) => enqueue(entry, distance + 1),
  );

  if (options.include === undefined) {
    for (const collection of ENTITY_COLLECTIONS) {
      for (const entry of index[collection].values()) enqueue(entry, 0);
    }
  } else {
    options.include.forEach((entry, position) => {
      const collection =
        entry !== null && typeof entry === 'object' ? COLLECTION_OF[entry.type] : undefined;
      if (collection === undefined) {
        throw new JsonLdError(
          'INVALID_OPTION',
          `options.include.${position}.type`,
          `expected one of ${Object.keys(COLLECTION_OF).join(', ')}`,
        );
      }
      const found = index[collection].get(entry.id);
      if (found === undefined) {
        throw new JsonLdError(
          'UNKNOWN_ID',
          `options.include.${position}.id`,
          `there is no ${entry.type} "${entry.id}" in data.${collection}; check the id or add the entity to the dataset`,
        );
      }
      enqueue(found, 0);
    });
  }

  for (let head = 0; head < queue.length; head += 1) {
    const next = queue[head] as Indexed;
    // Every reachable entity is built, also those left out of the graph, so that 'linked' and
    // 'full' refuse the same data with the same errors.
    distance = next.distance;
    const node = BUILDERS[next.collection](
      next.entity as never,
      ctx,
      `data.${next.collection}.${next.position}`,
    );
    if (distance > fullUpTo + 1) continue;
    nodes.push(distance > fullUpTo ? summaryOf(node) : node);
  }
  return { '@context': 'https://schema.org', '@graph': nodes };
}
