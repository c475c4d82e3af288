import { type Dataset, ENTITY_COLLECTIONS, REFERENCE_FIELDS } from '../dataset.js';
import { type CoreIssue, toDotPath } from '../errors.js';

function issue(
  code: 'DANGLING_REFERENCE' | 'ID_COLLISION',
  path: (string | number)[],
  message: string,
): CoreIssue {
  return { code, path, dotPath: toDotPath(path), message };
}

/** Reads the ids stored at a dot path of an entity: none, one, or a list. */
function idsAt(entity: unknown, fieldPath: string): { ids: readonly unknown[]; list: boolean } {
  let value: unknown = entity;
  for (const key of fieldPath.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
      return { ids: [], list: false };
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined) return { ids: [], list: false };
  return Array.isArray(value) ? { ids: value, list: true } : { ids: [value], list: false };
}

/**
 * Finds duplicate ids within a collection and references that point nowhere. `context` holds
 * entities that references may also point to (e.g. the fixtures) without being checked themselves.
 */
export function findReferenceIssues(dataset: Dataset, context: Dataset = {}): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const known = new Map<string, Set<string>>();
  for (const collection of ENTITY_COLLECTIONS) {
    const ids = new Set<string>();
    for (const entity of context[collection] ?? []) ids.add(entity.id);
    const contextIds = new Set(ids);
    (dataset[collection] ?? []).forEach((entity, index) => {
      if (ids.has(entity.id)) {
        const where = contextIds.has(entity.id) ? 'an entity it builds on' : 'another entity';
        issues.push(
          issue(
            'ID_COLLISION',
            [collection, index, 'id'],
            `id "${entity.id}" is already used by ${where} in ${collection}; give each entity its own id`,
          ),
        );
      }
      ids.add(entity.id);
    });
    known.set(collection, ids);
  }
  for (const [collection, fields] of Object.entries(REFERENCE_FIELDS) as [
    keyof Dataset,
    Readonly<Record<string, readonly string[]>>,
  ][]) {
    (dataset[collection] ?? []).forEach((entity: unknown, index: number) => {
      for (const [fieldPath, targets] of Object.entries(fields)) {
        const { ids, list } = idsAt(entity, fieldPath);
        ids.forEach((id, position) => {
          if (targets.some((target) => known.get(target)?.has(String(id)))) return;
          const path = [collection, index, ...fieldPath.split('.'), ...(list ? [position] : [])];
          issues.push(
            issue(
              'DANGLING_REFERENCE',
              path,
              `"${String(id)}" is not the id of any entity in ${targets.join(' or ')}; add that entity to the dataset or fix the id`,
            ),
          );
        });
      }
    });
  }
  return issues;
}
