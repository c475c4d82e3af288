import type { DeepReadonly } from './internal/freeze.js';
import type { Provenance, Source } from './schemas/provenance.js';

/**
 * Where one field of an entity comes from, according to the entity's provenance.
 *
 * @param entity - A fixture (or any entity that records provenance).
 * @param field - A top-level field name.
 * @returns The source, or `undefined` when the entity records none for that field.
 * @example
 * ```ts
 * import { getCountry, sourceOf } from '@track4tip/core';
 * sourceOf(getCountry('CW'), 'name'); // { kind: "press-release" }
 * sourceOf(getCountry('CW'), 'wikidataId')?.kind; // "external"
 * ```
 */
export function sourceOf<T extends { readonly provenance?: DeepReadonly<Provenance> | undefined }>(
  entity: T,
  field: Exclude<keyof T, 'provenance'> & string,
): Source | undefined {
  return entity.provenance?.find((entry) => entry.fields.includes(field))?.source as
    | Source
    | undefined;
}

/**
 * Keeps only the fields of an entity that the press release states (plus its `id`), dropping
 * enrichment and editorial text: for applications that show the source's facts alone.
 *
 * @param entity - A fixture (or any entity that records provenance).
 * @returns A new frozen object with the stated fields.
 * @example
 * ```ts
 * import { getOrganization, statedFields } from '@track4tip/core';
 * statedFields(getOrganization('unodc')); // { id: "unodc", name: "United Nations Office on Drugs and Crime", acronym: "UNODC" }
 * ```
 */
export function statedFields<
  T extends { readonly provenance?: DeepReadonly<Provenance> | undefined },
>(entity: T): Partial<T> {
  const stated = new Set(
    (entity.provenance ?? [])
      .filter((entry) => entry.source.kind === 'press-release')
      .flatMap((entry) => entry.fields),
  );
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'id' || stated.has(key)) result[key] = value;
  }
  return Object.freeze(result) as Partial<T>;
}
