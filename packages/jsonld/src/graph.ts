import {
  type Dataset,
  ENTITY_COLLECTIONS,
  ENTITY_TYPES,
  type EntityCollection,
  type EntityType,
  isSupportedLocale,
  suggestId,
} from '@track4tip/core';
import { JsonLdError } from './errors.js';
import {
  createContext,
  type Indexed,
  indexDataset,
  type NodeContext,
  walkState,
} from './graph-context.js';
import { normalizeBaseUrl } from './ids.js';
import { asNode, defined } from './internal/graph.js';
import { awardNode } from './nodes/award.js';
import { countryNode } from './nodes/country.js';
import { eventNode } from './nodes/event.js';
import { eventSeriesNode } from './nodes/event-series.js';
import { initiativeNode } from './nodes/initiative.js';
import { legalInstrumentNode } from './nodes/legal-instrument.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { pressReleaseNode } from './nodes/press-release.js';
import { publicationNode } from './nodes/publication.js';
import { checkPage, type SuppliedPage, suppliedPageNode } from './nodes/supplied-page.js';
import type { JsonLdGraph, JsonLdNode } from './types.js';

export type { SuppliedPage } from './nodes/supplied-page.js';

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
 *   locale: 'es',
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
   * The page's locale: a canonical BCP 47 tag this runtime knows, such as `es` or `pt-BR` (the
   * same option, values and `UNKNOWN_LOCALE` error as `locale` in core's `countryName` and in
   * `@track4tip/cite`). Where the data has localised names (countries with an ISO code, through
   * core's `localCountryName`; roles), they are added as language-tagged values, and a supplied
   * page's `inLanguage` is this tag. Default: the source's English only.
   */
  readonly locale?: string;
  /**
   * The web page the graph goes on: adds a `WebPage` node whose `mainEntity` is each included
   * entity, and `mainEntityOfPage` on them. Needs `include`.
   */
  readonly page?: SuppliedPage;
}

// A Map, not an object: `include: [{ type: 'constructor' }]` must not find Object.prototype's.
// Built in a pure function call, so a bundle that does not build a graph drops it (the built
// package is one chunk, where a bundler can only drop statements it knows to be pure).
const COLLECTION_OF: ReadonlyMap<unknown, EntityCollection> = /* @__PURE__ */ (() =>
  new Map(
    Object.entries(ENTITY_TYPES).map(([collection, type]) => [
      type,
      collection as EntityCollection,
    ]),
  ))();

type Builder = (entity: never, ctx: NodeContext, path: readonly (string | number)[]) => JsonLdNode;
const BUILDERS: Readonly<Record<EntityCollection, Builder>> = {
  people: personNode,
  organizations: organizationNode,
  countries: countryNode,
  legalInstruments: legalInstrumentNode,
  initiatives: initiativeNode,
  events: eventNode,
  eventSeries: eventSeriesNode,
  awards: awardNode,
  pressReleases: pressReleaseNode,
  publications: publicationNode,
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
    `expected "linked" (referenced entities one step away as summaries) or "full"; got ${JSON.stringify(value)}`,
    { path: ['options', 'detail'] },
  );
}

function checkLocale(value: string | undefined): string | undefined {
  if (value === undefined || isSupportedLocale(value)) return value;
  throw new JsonLdError(
    'UNKNOWN_LOCALE',
    `${JSON.stringify(value)} is not a locale this JavaScript runtime knows; use a canonical BCP 47 tag such as "es", "pt-BR" or "nl"`,
    { path: ['options', 'locale'] },
  );
}

/** `; did you mean "…"?` for the closest known id, when one is close. */
function hintFor(id: unknown, known: Iterable<string>): string {
  const best = typeof id === 'string' ? suggestId(id, known) : undefined;
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

/** Per-id values of earlier versions, which now belong to the records: how to move them. */
const perIdValues = (option: string): string =>
  `values per id are no longer page options: add them to the records with completeDataset(data, { ${option}: { … } }) from @track4tip/core/schemas (fields named after schema.org: title, url, location, image, logo, sameAs, headline, dateModified…), and pass the completed dataset`;

/**
 * Options of earlier versions, refused with the way to migrate, never ignored: a text of its own,
 * or `null` for per-id values. A plain literal, so a bundle that builds no graph drops it.
 */
const REMOVED_OPTIONS: Readonly<Record<string, string | null>> = {
  events: null,
  eventSeries: null,
  pressReleases: null,
  organizations: null,
  inLanguage:
    'the page language is the option `locale` (as in core and @track4tip/cite); rename `inLanguage` to `locale`',
};

/** The options `toJsonLd` reads; any other is a mistake, never ignored. */
const OPTIONS: readonly (keyof ToJsonLdOptions)[] = [
  'baseUrl',
  'include',
  'detail',
  'locale',
  'page',
];

/**
 * Refuses the options of earlier versions with the way to migrate and any option it does not
 * read (a misspelt `includes` would otherwise give the whole dataset), and checks `page`.
 */
function checkOptions(options: ToJsonLdOptions): void {
  for (const option of Object.keys(options)) {
    if (Object.hasOwn(REMOVED_OPTIONS, option)) {
      throw new JsonLdError('INVALID_OPTION', REMOVED_OPTIONS[option] ?? perIdValues(option), {
        path: ['options', option],
      });
    }
    if (!(OPTIONS as readonly string[]).includes(option)) {
      throw new JsonLdError(
        'INVALID_OPTION',
        `unknown option ${JSON.stringify(option)}${hintFor(option, OPTIONS)}; the options are ${OPTIONS.join(', ')}`,
        { path: ['options', option] },
      );
    }
  }
  if (options.page !== undefined) {
    checkPage(options.page, ['options', 'page']);
    if (options.include === undefined) {
      throw new JsonLdError(
        'INVALID_OPTION',
        'a page is about some entities: give `include` too (the graph of the whole dataset is no page)',
        { path: ['options', 'page'] },
      );
    }
  }
}

const isWithheld = (value: unknown, ids: ReadonlySet<string>): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  ids.has((value as { '@id'?: string })['@id'] ?? '') &&
  Object.keys(value).length === 1;

/**
 * The node without its references to `ids` (events left out of a page); references sit directly
 * under a node's properties or in their lists, never deeper.
 */
function withoutReferences(node: JsonLdNode, ids: ReadonlySet<string>): JsonLdNode {
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const key in node) {
    const value = node[key];
    if (isWithheld(value, ids)) {
      changed = true;
    } else if (Array.isArray(value) && value.some((item) => isWithheld(item, ids))) {
      changed = true;
      copy[key] = value.filter((item) => !isWithheld(item, ids));
    } else copy[key] = value;
  }
  return changed ? asNode(defined(copy)) : node;
}

/**
 * Whether an event node has what Google requires of an Event: a name, a start and a location
 * that includes a Place with its address (Google lists only events in a physical location).
 */
function completeEvent(node: JsonLdNode): boolean {
  if (node.name === undefined || node.startDate === undefined) return false;
  const locations = Array.isArray(node.location) ? node.location : [node.location];
  return locations.some((location) => {
    const place = location as JsonLdNode | undefined;
    return (
      place !== undefined &&
      typeof place === 'object' &&
      place['@type'] === 'Place' &&
      place.address !== undefined
    );
  });
}

/**
 * Builds one schema.org JSON-LD `@graph` from a dataset (the fixtures of `@track4tip/core`, or your
 * own entities built with its `define*` functions): one node per entity, linked by stable `@id`s,
 * with every URL absolute. Only the records' data is written: where they lack a value (the
 * webinar's name or URL), the node lacks it too; complete them first with `completeDataset` from
 * `@track4tip/core/schemas`.
 *
 * @param data - The entities, e.g. `fixtures` from `@track4tip/core`.
 * @param options - `baseUrl` (required), which entities to `include` and in how much `detail`,
 *   the page language and the web page the graph goes on.
 * @returns The graph, with nodes in a deterministic order and keys sorted.
 * @throws {@link JsonLdError} with code `INVALID_OPTION`, `UNKNOWN_ID` (an `include` entry that is
 *   not in the data), `DANGLING_REFERENCE` or `DUPLICATE_ID` (two entities with one id, or a
 *   `page` whose URL is the `@id` of a node of the graph).
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
      'expected an options object with at least { baseUrl }',
      { path: ['options'] },
    );
  }
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const locale = checkLocale(options.locale);
  // Distance from the included entities: full nodes up to 1, summaries at 2 (with 'linked').
  const detail = checkDetail(options.detail);
  const fullUpTo = options.include === undefined || detail === 'full' ? Infinity : 1;
  checkOptions(options);
  const index = indexDataset(data);
  // Breadth-first, so the first time an entity is reached is at its shortest distance; each
  // entity is queued once (a queue index, not `shift`, so the walk is linear in references).
  // A step is "live" when every node on its path is written in full: only live entities are
  // written. The others (beyond the summaries, or reached only through an event left out) are
  // still built, so that every detail refuses the same data with the same errors.
  const queue: Indexed[] = [];
  const liveness: boolean[] = [];
  const { distance, reached } = walkState(index);
  const enqueue = (entry: Indexed, at: number, live: boolean): void => {
    const slot = entry.slot;
    if (live) {
      if (distance[slot] !== -1) return;
      distance[slot] = at;
    } else if (distance[slot] !== -1 || reached[slot] === 1) return;
    reached[slot] = 1;
    queue.push(entry);
    liveness.push(live);
  };
  const pending: Indexed[] = [];
  const ctx = createContext(data, index, { baseUrl, locale }, (entry) => pending.push(entry));

  const included = new Set<Indexed>();
  if (options.include === undefined) {
    for (const collection of ENTITY_COLLECTIONS) {
      for (const entry of index[collection].values()) enqueue(entry, 0, true);
    }
  } else {
    options.include.forEach((entry, position) => {
      const collection =
        entry !== null && typeof entry === 'object' ? COLLECTION_OF.get(entry.type) : undefined;
      if (collection === undefined) {
        throw new JsonLdError(
          'INVALID_OPTION',
          `expected one of ${[...COLLECTION_OF.keys()].join(', ')}`,
          { path: ['options', 'include', position, 'type'] },
        );
      }
      const found = index[collection].get(entry.id);
      if (found === undefined) {
        throw new JsonLdError(
          'UNKNOWN_ID',
          `there is no ${entry.type} "${entry.id}" in data.${collection}${hintFor(entry.id, index[collection].keys())}; check the id or add the entity to the dataset`,
          { path: ['options', 'include', position, 'id'] },
        );
      }
      included.add(found);
      enqueue(found, 0, true);
    });
  }

  const page: SuppliedPage | undefined = options.page;
  const mainEntityOfPage = page === undefined ? undefined : { '@id': page.url };
  // Each entity is written once, and two entities share an @id only when they share a collection
  // and an id, which `indexDataset` refuses (DUPLICATE_ID): so the nodes need no map by @id.
  // Every written node's references resolve, or point to an event left out on purpose: what a
  // full node refers to is one step further, so it is written too (as a summary at the edge of a
  // 'linked' page).
  const nodes: JsonLdNode[] = [];
  // Events left out of a page; references to them are dropped, so every reference resolves.
  const withheld = new Set<string>();
  for (let head = 0; head < queue.length; head += 1) {
    const entry = queue[head] as Indexed;
    const live = liveness[head] as boolean;
    const at = distance[entry.slot] as number;
    if (!live && at !== -1) continue;
    // What this node refers to is pushed after `start` (one growing list: no truncation per node).
    const start = pending.length;
    const node = BUILDERS[entry.collection](entry.entity as never, ctx, [
      'data',
      entry.collection,
      entry.position,
    ]);
    let full = false;
    if (live) {
      const event = entry.collection === 'events' || entry.collection === 'eventSeries';
      // On a page, an event other than the page's own is written only if it can be complete.
      const kept =
        !event || options.include === undefined || included.has(entry) || completeEvent(node);
      if (!kept || (event && at > fullUpTo)) {
        withheld.add(ctx.idOf(entry.collection, entry.id));
      } else if (at > fullUpTo) {
        nodes.push(summaryOf(node));
      } else {
        full = true;
        nodes.push(
          mainEntityOfPage !== undefined && included.has(entry)
            ? asNode(defined({ ...node, mainEntityOfPage }))
            : node,
        );
      }
    }
    for (let next = start; next < pending.length; next += 1) {
      enqueue(pending[next] as Indexed, at + 1, full);
    }
  }
  if (withheld.size > 0) {
    nodes.forEach((node, position) => {
      nodes[position] = withoutReferences(node, withheld);
    });
  }
  if (page !== undefined) {
    // The page is not one of the entities: one @id for both would make two nodes of one.
    const taken = nodes.findIndex((node) => node['@id'] === page.url);
    if (taken !== -1) {
      throw new JsonLdError(
        'DUPLICATE_ID',
        `the page's URL ${JSON.stringify(page.url)} is the @id of an entity of the graph; give the page its own address`,
        { path: ['options', 'page', 'url'] },
      );
    }
    const mainEntity = [...included].map((entry) => ({
      '@id': ctx.idOf(entry.collection, entry.id),
    }));
    nodes.push(suppliedPageNode(page, locale, mainEntity));
  }
  return { '@context': 'https://schema.org', '@graph': nodes };
}
