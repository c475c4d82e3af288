import {
  type Dataset,
  ENTITY_COLLECTIONS,
  ENTITY_TYPES,
  type EntityCollection,
  formatPath,
  type IssuePath,
  isWithinPath,
} from '@track4tip/core';
import { entityId, normalizeBaseUrl } from '@track4tip/jsonld';
import { type Diagnostic, GOOGLE_PAGES, type RichResultItem } from '@track4tip/jsonld/validate';
import { isRecord } from '../json.js';

// Google names schema.org properties; a user fills the fields of the SDK's model. For a graph
// built from records, the CLI words Google's GOOGLE_REQUIRED and GOOGLE_RECOMMENDED findings
// itself, from the diagnostic's structured parts (its node, path and rule) and these tables:
// which field of which record holds the property, in the user's file or through --supply.

/** The field of a record that holds what Google asks for. */
interface ModelField {
  /** Its path in the record, e.g. `location.place.address`. */
  readonly field: string;
  /** What to write there, when the name does not say it. */
  readonly detail?: string;
  /** The list of the record it is in, for a property of each item (each of `offers`). */
  readonly within?: string;
}

/** Google's property (a dot path from the item) → the model's field; absent: no field holds it. */
type Fields = Readonly<Record<string, ModelField>>;

const IMAGE: ModelField = { field: 'image', detail: 'absolute image URLs' };
const SCHEDULE: Fields = {
  name: { field: 'title', detail: 'its official title' },
  startDate: { field: 'startDate' },
  endDate: { field: 'endDate' },
  description: { field: 'description' },
  image: IMAGE,
  location: {
    field: 'location',
    detail:
      'a `place` with its address: Google lists only events in a physical place, so a `virtualLocation` alone is not enough',
  },
  'location.address': { field: 'location.place.address' },
  'location.name': { field: 'location.place.name' },
};
const EVENT: Fields = {
  ...SCHEDULE,
  eventStatus: { field: 'status' },
  offers: { field: 'offers', detail: 'registration or tickets' },
  'offers.availability': { field: 'availability', within: 'offers' },
  'offers.price': { field: 'price', detail: 'with its `priceCurrency`', within: 'offers' },
  'offers.priceCurrency': { field: 'priceCurrency', within: 'offers' },
  'offers.url': { field: 'url', within: 'offers' },
  'offers.validFrom': { field: 'validFrom', within: 'offers' },
  organizer: { field: 'ledBy', detail: 'the ids of the organisations that led it' },
  performer: {
    field: 'givenBy',
    detail: 'the ids of the organisations that gave it; or its speakers as participations',
  },
};
const ORGANIZATION: Fields = {
  name: { field: 'name' },
  description: { field: 'description' },
  logo: { field: 'logo', detail: 'an absolute image URL' },
  sameAs: { field: 'sameAs', detail: 'other pages that identify it' },
  url: { field: 'url' },
};
const FIELDS: Readonly<Partial<Record<EntityCollection, Fields>>> = {
  events: EVENT,
  eventSeries: SCHEDULE,
  pressReleases: {
    headline: { field: 'headline', detail: 'as published' },
    image: IMAGE,
    dateModified: { field: 'dateModified' },
    datePublished: { field: 'dateline' },
    author: { field: 'author', detail: 'the ids of the organisations or people who wrote it' },
  },
  publications: {
    headline: { field: 'headline', detail: 'as published' },
    image: IMAGE,
    dateModified: { field: 'dateModified' },
    datePublished: { field: 'datePublished' },
    author: { field: 'author', detail: 'the ids of the organisations or people who wrote it' },
  },
  organizations: { ...ORGANIZATION, alternateName: { field: 'acronym' } },
  initiatives: { ...ORGANIZATION, alternateName: { field: 'expansion' } },
};
/** The fields of an entity another one refers to (an event's organiser, an article's author). */
const REFERENCED: Fields = { name: { field: 'name' }, url: { field: 'url' } };

const NOUNS: Readonly<Record<EntityCollection, string>> = {
  people: 'person',
  organizations: 'organisation',
  countries: 'country',
  legalInstruments: 'legal instrument',
  initiatives: 'initiative',
  events: 'event',
  eventSeries: 'event series',
  awards: 'award',
  pressReleases: 'press release',
  publications: 'publication',
};

/** One record of the graph's data. */
interface RecordRef {
  readonly collection: EntityCollection;
  readonly id: string;
  readonly entity: unknown;
}

/** The records a graph was built from, to turn Google's findings into fields to fill. */
export interface GraphRecords {
  /** The record behind each node's `@id`. */
  readonly byId: ReadonlyMap<string, RecordRef>;
  /** `@id`s of the user's own records (the others are the SDK's, completed with --supply). */
  readonly own: ReadonlySet<string>;
  /** The file the user's records are in. */
  readonly file: string;
}

/** Indexes the records of a graph built with `baseUrl` from `dataset`, `own` being the user's. */
export function graphRecords(
  dataset: Dataset,
  own: Dataset,
  baseUrl: string,
  file: string,
): GraphRecords {
  const base = normalizeBaseUrl(baseUrl);
  const byId = new Map<string, RecordRef>();
  const mine = new Set<string>();
  for (const collection of ENTITY_COLLECTIONS) {
    const type = ENTITY_TYPES[collection];
    for (const entity of dataset[collection] ?? []) {
      byId.set(entityId(base, type, entity.id), { collection, id: entity.id, entity });
    }
    for (const { id } of own[collection] ?? []) mine.add(entityId(base, type, id));
  }
  return { byId, own: mine, file };
}

/** The value at a path of the document (`['@graph', 3, 'location']`) or of a record. */
function at(document: unknown, path: IssuePath): unknown {
  let value = document;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}

/**
 * Whether the record has the field already (a summary node of a linked graph leaves it out): then
 * there is nothing to add. For a field of each item of a list, whether every item has it.
 */
function hasField(entity: unknown, target: ModelField): boolean {
  if (target.within !== undefined) {
    const items = isRecord(entity) ? entity[target.within] : undefined;
    return Array.isArray(items) && items.every((item) => at(item, fieldPath(target)) !== undefined);
  }
  return at(entity, fieldPath(target)) !== undefined;
}

/** Where a field is in its record: `location.place.address` is `['location', 'place', 'address']`. */
const fieldPath = (target: ModelField): IssuePath => target.field.split('.');

/** A node's `@id`, or `id`, which schema.org's context makes its alias. */
const idOf = (node: Readonly<Record<string, unknown>>): unknown =>
  Object.hasOwn(node, '@id') ? node['@id'] : node.id;

/** The values of a property, one or a list. */
const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

/**
 * Whether a value of property `key` refers to `id`: a reference, or a schema.org Role that holds
 * one under the same property (an event's `performer` is a PerformanceRole of the person).
 */
function refersTo(value: unknown, key: string, id: string): boolean {
  return listOf(value).some(
    (item) =>
      isRecord(item) &&
      (idOf(item) === id ||
        (idOf(item) === undefined &&
          listOf(item[key]).some((inner) => isRecord(inner) && idOf(inner) === id))),
  );
}

/** What a finding is about: Google's property, and the node and field that would hold it. */
interface Finding {
  readonly property: string;
  /** `@id` of the node the value belongs on (the item, or a node it refers to). */
  readonly holder: unknown;
  /** Google's property on that node, as a key of the field tables. */
  readonly key: string;
  /** True when the holder is a node the item refers to. */
  readonly referenced: boolean;
}

/** Reads a Google finding's property from its path, relative to the item it is about. */
function findingOf(d: Diagnostic, item: RichResultItem, document: unknown): Finding | undefined {
  const required = d.code === 'GOOGLE_REQUIRED';
  const missing = required ? item.missingRequired : item.missingRecommended;
  const node = at(document, item.path);
  if (!isRecord(node)) return undefined;
  if (isWithinPath(d.path, item.path)) {
    const property = d.path
      .slice(item.path.length)
      .filter((segment) => typeof segment === 'string')
      .join('.');
    if (!missing.includes(property)) return undefined;
    return { property, holder: idOf(node), key: property, referenced: false };
  }
  // A property of a node the item refers to (its organiser's url): the finding is at that node.
  const field = String(d.path.at(-1) ?? '');
  const target = at(document, d.path.slice(0, -1));
  const targetId = isRecord(target) ? idOf(target) : undefined;
  if (typeof targetId !== 'string') return undefined;
  const via = Object.keys(node).find(
    (key) => missing.includes(`${key}.${field}`) && refersTo(node[key], key, targetId),
  );
  if (via === undefined) return undefined;
  return { property: `${via}.${field}`, holder: targetId, key: field, referenced: true };
}

/**
 * The CLI's wording of a GOOGLE_REQUIRED or GOOGLE_RECOMMENDED finding: which field of which record
 * to fill, in the user's file or (for the SDK's records) with --supply. `null` for a recommendation
 * the model has no field for (nothing the user could add); `undefined` to keep the library's own
 * message (another code, or a finding the CLI cannot place).
 */
export function googleAdvice(
  d: Diagnostic,
  document: unknown,
  richResults: readonly RichResultItem[],
  records: GraphRecords | undefined,
): string | null | undefined {
  if (d.code !== 'GOOGLE_REQUIRED' && d.code !== 'GOOGLE_RECOMMENDED') return undefined;
  const required = d.code === 'GOOGLE_REQUIRED';
  const page = GOOGLE_PAGES.find((p) => d.source?.startsWith(p.url) === true);
  // The item the finding is about: the node with its @id; among nodes without one, the node
  // whose path holds the finding's.
  const candidates = richResults.filter((r) => r.feature === page?.feature && r.id === d.id);
  const item =
    candidates.length === 1
      ? candidates[0]
      : candidates
          .filter((r) => r.path.length > 0 && isWithinPath(d.path, r.path))
          .sort((a, b) => b.path.length - a.path.length)[0];
  if (page === undefined || item === undefined) return undefined;
  const finding = findingOf(d, item, document);
  if (finding === undefined) return undefined;
  const lead = required
    ? `Google Search requires "${finding.property}" on ${page.feature} for its rich result; the data has no value for it`
    : `Google Search recommends "${finding.property}" on ${page.feature}`;
  const honest = required ? '; do not invent one' : '';
  if (records === undefined) return `${lead}. If a real one exists, add it${honest}`;
  const record = records.byId.get(String(finding.holder));
  if (record === undefined) return undefined;
  const fields = (finding.referenced ? REFERENCED : FIELDS[record.collection]) ?? {};
  const target = Object.hasOwn(fields, finding.key) ? fields[finding.key] : undefined;
  if (target === undefined) return required ? undefined : null;
  if (hasField(record.entity, target)) return required ? undefined : null;
  const what = `\`${target.field}\`${target.detail === undefined ? '' : ` (${target.detail})`}`;
  const to = target.within === undefined ? 'to it' : `to each of its \`${target.within}\``;
  const top = target.within ?? target.field.split('.')[0];
  const how = records.own.has(String(finding.holder))
    ? `in ${records.file}`
    : `with --supply FILE, e.g. { "${record.collection}": { "${record.id}": { "${top}": … } } }`;
  return `${lead}. If the ${NOUNS[record.collection]} "${record.id}" has a real one, add ${what} ${to} ${how}${honest}`;
}

/** Where each top-level node of the document is, by `@id`. */
function topLevelPaths(document: unknown): Map<string, IssuePath> {
  const paths = new Map<string, IssuePath>();
  const graph = isRecord(document) ? document['@graph'] : undefined;
  if (!Array.isArray(graph)) return paths;
  graph.forEach((node, index) => {
    const id = isRecord(node) ? idOf(node) : undefined;
    if (typeof id === 'string') paths.set(id, ['@graph', index]);
  });
  return paths;
}

/**
 * The validator writes what Google recommends as one note per item (`missingRecommended`). For a
 * graph built from records, the CLI advises each field to fill: the note becomes one finding per
 * recommended property, at the path of the node that would hold it (the item, or the node its
 * `organizer` or `author` refers to), each then worded by {@link googleAdvice}.
 */
export function recommendationFindings(
  d: Diagnostic,
  document: unknown,
  richResults: readonly RichResultItem[],
): Diagnostic[] {
  // Paths are equal when they read the same: formatPath writes no two paths alike.
  const item = richResults.find((r) => formatPath(r.path) === formatPath(d.path) && r.id === d.id);
  const node = item === undefined ? undefined : at(document, item.path);
  if (item === undefined || !isRecord(node)) return [];
  const nodes = topLevelPaths(document);
  return item.missingRecommended.flatMap((property): Diagnostic[] => {
    const [key = '', field] = property.split('.');
    if (field === undefined) return [{ ...d, path: [...item.path, property] }];
    const targets = listOf(node[key]).flatMap((value) => {
      if (!isRecord(value)) return [];
      const inner = idOf(value) === undefined ? listOf(value[key]).find(isRecord) : value;
      const id = inner === undefined ? undefined : idOf(inner);
      const path = typeof id === 'string' ? nodes.get(id) : undefined;
      return path === undefined ? [] : [[...path, field]];
    });
    return targets.length > 0
      ? targets.map((path) => ({ ...d, path }))
      : [{ ...d, path: [...item.path, key, field] }];
  });
}
