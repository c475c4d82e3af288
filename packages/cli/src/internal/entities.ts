import {
  ENTITY_COLLECTIONS,
  ENTITY_TYPES,
  type EntityCollection,
  suggestId,
} from '@track4tip/core';
import type { EntityRef } from '@track4tip/jsonld';
import { InvalidInput } from './io.js';
import { FIXTURE_RECORDS, idsOf, type Records } from './records.js';

/** The default base URL: the domain reserved for examples; pass your site's with `--base-url`. */
export const DEFAULT_BASE_URL = 'https://example.org/';

/** One entity of a dataset with its collection. */
export interface Found {
  readonly collection: EntityCollection;
  readonly entity: { readonly id: string };
}

/**
 * Finds an entity the user named on the command line, among the fixtures and the user's own
 * records (`--data`): a plain id (`unodc-webinar`) or `type:id` (`event:unodc-webinar`). An
 * unknown id is an `UNKNOWN_ID` problem with the closest id as a hint.
 */
export function findEntity(name: string, where: string, records: Records = FIXTURE_RECORDS): Found {
  const data = records.dataset;
  const colon = name.indexOf(':');
  const type = colon === -1 ? undefined : name.slice(0, colon);
  const id = colon === -1 ? name : name.slice(colon + 1);
  const collections = ENTITY_COLLECTIONS.filter(
    (collection) => type === undefined || ENTITY_TYPES[collection] === type,
  );
  const found: Found[] = [];
  for (const collection of collections) {
    const entity = (data[collection] ?? []).find((e) => e.id === id);
    if (entity !== undefined) found.push({ collection, entity });
  }
  const [first, second] = found;
  if (first === undefined) {
    const hint = suggestId(id, idsOf(data, collections));
    const mean =
      hint === undefined
        ? ''
        : ` (did you mean ${JSON.stringify(type === undefined ? hint : `${type}:${hint}`)}?)`;
    const mine = records.dataFile === undefined ? '' : ` and the ids in ${records.dataFile}`;
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'UNKNOWN_ID',
        path: where,
        message: `there is no entity ${JSON.stringify(name)}${mean}; run "track4tip list" for the SDK's ids${mine}`,
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
