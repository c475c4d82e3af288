import { z } from 'zod';
import { HttpUrlSchema, LineSchema, MAX_LIST_LENGTH } from './common.js';

/**
 * Where a fact comes from.
 * - `press-release`: stated in the UNODC press release of 1 February 2021, exactly as printed.
 * - `external`: labelled enrichment from an outside source, named and linked.
 * - `editorial`: written by the SDK's authors in their own words (descriptions, descriptive
 *   labels, summaries); never a fact of the source.
 */
export const SourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('press-release') }),
    z.strictObject({
      kind: z.literal('external'),
      /** What the source is, e.g. "Unicode CLDR 48.2 supplemental data". */
      title: LineSchema,
      /** Where a reader can check the fact. */
      url: HttpUrlSchema,
    }),
    z.strictObject({ kind: z.literal('editorial') }),
  ],
  {
    error:
      'expected a source with kind "press-release", "external" (with title and url) or "editorial"',
  },
);
/** Where a fact comes from; see {@link SourceSchema}. */
export type Source = z.output<typeof SourceSchema>;

/** One provenance entry: which top-level fields of an entity come from which source. */
export const ProvenanceEntrySchema = z.strictObject({
  /** The source of these fields. */
  source: SourceSchema,
  /** Names of the entity's top-level fields whose values come from this source. */
  fields: z
    .array(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: 'expected a field name' }))
    .min(1, { error: 'name at least one field' })
    .max(MAX_LIST_LENGTH),
});
/** One provenance entry; see {@link ProvenanceEntrySchema}. */
export type ProvenanceEntry = z.output<typeof ProvenanceEntrySchema>;

/** Where each field of an entity comes from. Optional on users' own entities. */
export const ProvenanceSchema = z
  .array(ProvenanceEntrySchema)
  .min(1, { error: 'list at least one source' })
  .max(MAX_LIST_LENGTH)
  .refine(
    (entries) => {
      const fields = entries.flatMap((entry) => entry.fields);
      return new Set(fields).size === fields.length;
    },
    { error: 'each field may have one source only' },
  );
/** Where each field of an entity comes from; see {@link ProvenanceSchema}. */
export type Provenance = z.output<typeof ProvenanceSchema>;
