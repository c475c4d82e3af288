import * as z from 'zod/mini';
import { HttpUrlSchema, LineSchema, maxListLength, objectError } from './common.js';

/**
 * Where a fact comes from.
 * - `press-release`: stated in the UNODC press release of 1 February 2021, exactly as printed.
 * - `external`: labelled enrichment from an outside source, named and linked.
 * - `editorial`: written by the SDK's authors in their own words (descriptions, descriptive
 *   labels, summaries); never a fact of the source.
 * - `publisher`: supplied by whoever publishes the record (its page URL, venue, times, images),
 *   for example through `completeDataset`; not stated by the source.
 *
 * @example
 * ```ts
 * import { SourceSchema } from '@track4tip/core/schemas';
 * SourceSchema.safeParse({ kind: 'external', title: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q789915' }).success; // true
 * SourceSchema.safeParse({ kind: 'external' }).success; // false: title and url are required
 * ```
 */
export const SourceSchema = /* @__PURE__ */ (() => {
  const error = objectError('a source');
  return z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('press-release') }, { error }),
      z.strictObject(
        {
          kind: z.literal('external'),
          /** What the source is, e.g. "Unicode CLDR 48.2 supplemental data". */
          title: LineSchema,
          /** Where a reader can check the fact. */
          url: HttpUrlSchema,
        },
        { error },
      ),
      z.strictObject({ kind: z.literal('editorial') }, { error }),
      z.strictObject(
        {
          kind: z.literal('publisher'),
          /** Who supplied the values, e.g. "UNODC web team"; absent when not said. */
          name: z.optional(LineSchema),
        },
        { error },
      ),
    ],
    {
      error:
        'expected a source with kind "press-release", "external" (with title and url), "editorial" or "publisher"',
    },
  );
})();
/**
 * Where a fact comes from; see {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import { getCountry, type Source, sourceOf } from '@track4tip/core';
 * const source: Source | undefined = sourceOf(getCountry('CW'), 'officialLanguages');
 * if (source?.kind === 'external') console.log(source.title); // "Unicode CLDR 48.2 supplemental territory data (npm cldr-core)"
 * ```
 */
export type Source = z.output<typeof SourceSchema>;

/**
 * One provenance entry: which top-level fields of an entity come from which source.
 *
 * @example
 * ```ts
 * import { ProvenanceEntrySchema } from '@track4tip/core/schemas';
 * ProvenanceEntrySchema.safeParse({ source: { kind: 'editorial' }, fields: ['description'] }).success; // true
 * ProvenanceEntrySchema.safeParse({ source: { kind: 'editorial' }, fields: [] }).success; // false
 * ```
 */
export const ProvenanceEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** The source of these fields. */
      source: SourceSchema,
      /** Names of the entity's top-level fields whose values come from this source. */
      fields: z
        .array(
          z
            .string({ error: 'expected a field name' })
            .check(z.regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'expected a field name' })),
          { error: 'expected a list of field names' },
        )
        .check(z.minLength(1, { error: 'name at least one field' }), maxListLength()),
    },
    { error: objectError('a provenance entry') },
  ))();
/**
 * One provenance entry; see {@link ProvenanceEntrySchema}.
 *
 * @example
 * ```ts
 * import { type DeepReadonly, getOrganization, type ProvenanceEntry } from '@track4tip/core';
 * const editorial: DeepReadonly<ProvenanceEntry> | undefined = getOrganization('unodc').provenance?.find(
 *   (entry) => entry.source.kind === 'editorial',
 * );
 * console.log(editorial?.fields); // ["kind", "description"]
 * ```
 */
export type ProvenanceEntry = z.output<typeof ProvenanceEntrySchema>;

/**
 * Where each field of an entity comes from. Optional on users' own entities.
 *
 * @example
 * ```ts
 * import { ProvenanceSchema } from '@track4tip/core/schemas';
 * ProvenanceSchema.safeParse([{ source: { kind: 'press-release' }, fields: ['name'] }]).success; // true
 * ProvenanceSchema.safeParse([
 *   { source: { kind: 'press-release' }, fields: ['name'] },
 *   { source: { kind: 'editorial' }, fields: ['name'] },
 * ]).success; // false: each field may have one source only
 * ```
 */
export const ProvenanceSchema = /* @__PURE__ */ (() =>
  z.array(ProvenanceEntrySchema, { error: 'expected a list of provenance entries' }).check(
    z.minLength(1, { error: 'list at least one source' }),
    maxListLength(),
    z.refine(
      (entries) => {
        const fields = entries.flatMap((entry) => entry.fields);
        return new Set(fields).size === fields.length;
      },
      { error: 'each field may have one source only' },
    ),
  ))();
/**
 * Where each field of an entity comes from; see {@link ProvenanceSchema}.
 *
 * @example
 * ```ts
 * import { type Provenance, sourceOf } from '@track4tip/core';
 * const provenance: Provenance = [
 *   { source: { kind: 'press-release' }, fields: ['name'] },
 *   { source: { kind: 'external', title: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q736' }, fields: ['wikidataId'] },
 * ];
 * console.log(sourceOf({ name: 'Ecuador', wikidataId: 'Q736', provenance }, 'wikidataId')?.kind); // "external"
 * ```
 */
export type Provenance = z.output<typeof ProvenanceSchema>;
