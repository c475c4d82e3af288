import {
  type Dataset,
  ENTITY_COLLECTIONS,
  type EntityCollection,
  REFERENCE_FIELDS,
} from '../dataset.js';
import { type Issue, issueAt } from '../errors.js';

/** A reference field of a collection, ready to check: its path, the collections it may name. */
interface Field {
  readonly keys: readonly string[];
  readonly targets: readonly EntityCollection[];
  /** One bit per target collection, as in `bits`. */
  readonly mask: number;
}

/** The bit of each collection in the masks of {@link findReferenceIssues}. */
function bitOf(collection: EntityCollection): number {
  return 1 << ENTITY_COLLECTIONS.indexOf(collection);
}

/** The value at a path of an entity, or `undefined` when a step is missing. */
function valueAt(entity: unknown, keys: readonly string[]): unknown {
  let value = entity;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Finds duplicate ids within a collection and references that point nowhere. `context` holds
 * entities that references may also point to (e.g. the fixtures) without being checked themselves.
 * The cost is linear in the number of entities and references: every id goes into one map, with
 * one bit per collection that holds it, and each reference is one lookup in that map.
 */
export function findReferenceIssues(dataset: Dataset, context: Dataset = {}): Issue[] {
  const issues: Issue[] = [];
  const inContext = new Map<string, number>();
  for (const collection of ENTITY_COLLECTIONS) {
    const bit = bitOf(collection);
    for (const entity of context[collection] ?? []) {
      inContext.set(entity.id, (inContext.get(entity.id) ?? 0) | bit);
    }
  }
  const known = new Map(inContext);
  for (const collection of ENTITY_COLLECTIONS) {
    const bit = bitOf(collection);
    const entities = dataset[collection] ?? [];
    for (let index = 0; index < entities.length; index++) {
      const id = (entities[index] as { id: string }).id;
      const mask = known.get(id) ?? 0;
      // An id names one entity in the whole dataset: a reference that may point to several
      // collections (a participation's `about`) must never have two answers.
      if (mask !== 0) {
        const other = ENTITY_COLLECTIONS.find((c) => (mask & bitOf(c)) !== 0) as EntityCollection;
        const where =
          ((inContext.get(id) ?? 0) & mask) !== 0 ? 'an entity it builds on' : 'another entity';
        issues.push(
          issueAt(
            'DUPLICATE_ID',
            [collection, index, 'id'],
            `id "${id}" is already used by ${where} in ${other}; an id names one entity in the whole dataset, so give this one its own id`,
          ),
        );
      }
      known.set(id, mask | bit);
    }
  }
  for (const [collection, fieldPaths] of Object.entries(REFERENCE_FIELDS) as [
    keyof Dataset,
    Readonly<Record<string, readonly EntityCollection[]>>,
  ][]) {
    const fields: Field[] = Object.entries(fieldPaths).map(([fieldPath, targets]) => ({
      keys: fieldPath.split('.'),
      targets,
      mask: targets.reduce((mask, target) => mask | bitOf(target), 0),
    }));
    const entities: readonly unknown[] = dataset[collection] ?? [];
    for (let index = 0; index < entities.length; index++) {
      for (const field of fields) {
        const value = valueAt(entities[index], field.keys);
        if (value === undefined) continue;
        const list = Array.isArray(value);
        const ids: readonly unknown[] = list ? value : [value];
        for (let position = 0; position < ids.length; position++) {
          const id = String(ids[position]);
          if (((known.get(id) ?? 0) & field.mask) !== 0) continue;
          issues.push(
            issueAt(
              'DANGLING_REFERENCE',
              [collection, index, ...field.keys, ...(list ? [position] : [])],
              `"${id}" is not the id of any entity in ${field.targets.join(' or ')}; add that entity to the dataset or fix the id`,
            ),
          );
        }
      }
    }
  }
  return issues;
}
