import { z } from 'zod';
import { HttpUrlSchema, IdSchema, LineSchema, TextSchema, WikidataIdSchema } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** What kind of body an organisation is. */
export const OrganizationKindSchema = z.literal(
  ['intergovernmental', 'governmental', 'association', 'network', 'nongovernmental'],
  {
    error:
      'expected one of "intergovernmental", "governmental", "association", "network", "nongovernmental"',
  },
);
/** What kind of body an organisation is. */
export type OrganizationKind = z.output<typeof OrganizationKindSchema>;

/** An organisation or one of its units (a unit names its parent). */
export const OrganizationSchema = z.strictObject({
  /** Stable id, e.g. `unodc`. */
  id: IdSchema,
  /** Name as printed, without the acronym, e.g. "United Nations Office on Drugs and Crime". */
  name: LineSchema,
  /** Acronym, only where the source gives one, e.g. "UNODC". */
  acronym: LineSchema.optional(),
  /** What kind of body it is. */
  kind: OrganizationKindSchema,
  /** Id of the organisation this one is a unit of. */
  parent: IdSchema.optional(),
  /** Official website (verified enrichment). */
  url: HttpUrlSchema.optional(),
  /** Wikidata item id (verified enrichment). */
  wikidataId: WikidataIdSchema.optional(),
  /** A short description in the SDK authors' own words. */
  description: TextSchema.optional(),
  /** Where each field comes from. */
  provenance: ProvenanceSchema.optional(),
});
/** An organisation as accepted by {@link OrganizationSchema}. */
export type OrganizationInput = z.input<typeof OrganizationSchema>;
/** A validated organisation. */
export type OrganizationData = z.output<typeof OrganizationSchema>;
