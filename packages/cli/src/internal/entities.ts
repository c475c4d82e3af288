import { type Dataset, ENTITY_COLLECTIONS, type EntityCollection, fixtures } from '@track4tip/core';
import { ENTITY_TYPES, type EntityRef } from '@track4tip/jsonld';
import { InvalidInput } from './io.js';

/** The default base URL: the domain reserved for examples; pass your site's with `--base-url`. */
export const DEFAULT_BASE_URL = 'https://example.org/';

/** One entity of a dataset with its collection. */
export interface Found {
  readonly collection: EntityCollection;
  readonly entity: { readonly id: string };
}

/**
 * Finds an entity the user named on the command line: a plain id (`unodc-webinar`) or, when an id
 * exists in two collections, `type:id` (`event:unodc-webinar`).
 */
export function findEntity(name: string, where: string, data: Dataset = fixtures): Found {
  const colon = name.indexOf(':');
  const type = colon === -1 ? undefined : name.slice(0, colon);
  const id = colon === -1 ? name : name.slice(colon + 1);
  const found: Found[] = [];
  for (const collection of ENTITY_COLLECTIONS) {
    if (type !== undefined && ENTITY_TYPES[collection] !== type) continue;
    const entity = (data[collection] ?? []).find((e) => e.id === id);
    if (entity !== undefined) found.push({ collection, entity });
  }
  const [first, second] = found;
  if (first === undefined) {
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'UNKNOWN_ID',
        path: where,
        message: `there is no entity ${JSON.stringify(name)}; run "track4tip list" for the ids`,
      },
    ]);
  }
  if (second !== undefined) {
    const options = found.map((f) => `${ENTITY_TYPES[f.collection]}:${id}`).join(' or ');
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'AMBIGUOUS_ID',
        path: where,
        message: `${JSON.stringify(name)} names more than one entity; write ${options}`,
      },
    ]);
  }
  return first;
}

/** The JSON-LD reference of a found entity. */
export const toRef = (found: Found): EntityRef => ({
  type: ENTITY_TYPES[found.collection],
  id: found.entity.id,
});
