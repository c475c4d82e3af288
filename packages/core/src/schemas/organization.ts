import { z } from 'zod';
import { HttpUrlSchema, IdSchema, LineSchema, TextSchema, WikidataIdSchema } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * What kind of body an organisation is.
 *
 * @example
 * ```ts
 * import { OrganizationKindSchema } from '@track4tip/core/schemas';
 * OrganizationKindSchema.safeParse('network').success; // true
 * OrganizationKindSchema.safeParse('ngo').success; // false: the value is "nongovernmental"
 * ```
 */
export const OrganizationKindSchema = z.literal(
  ['intergovernmental', 'governmental', 'association', 'network', 'nongovernmental'],
  {
    error:
      'expected one of "intergovernmental", "governmental", "association", "network", "nongovernmental"',
  },
);
/**
 * What kind of body an organisation is.
 *
 * @example
 * ```ts
 * import { getOrganization, type OrganizationKind } from '@track4tip/core';
 * const kind: OrganizationKind = getOrganization('redtram').kind;
 * console.log(kind); // "network"
 * ```
 */
export type OrganizationKind = z.output<typeof OrganizationKindSchema>;

/**
 * An organisation or one of its units (a unit names its parent).
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from '@track4tip/core/schemas';
 * OrganizationSchema.safeParse({ id: 'my-office', name: 'My Office', acronym: 'MO', kind: 'governmental' }).success; // true
 * OrganizationSchema.safeParse({ id: 'my-office', name: 'My Office', kind: 'governmental', website: 'https://example.org' }).success; // false: unknown field
 * ```
 */
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
/**
 * An organisation as accepted by {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import { defineOrganization, type OrganizationInput } from '@track4tip/core/schemas';
 * const input: OrganizationInput = { id: 'my-office', name: 'My Office', kind: 'governmental', parent: 'unodc' };
 * const office = defineOrganization(input);
 * ```
 */
export type OrganizationInput = z.input<typeof OrganizationSchema>;
/**
 * A validated organisation.
 *
 * @example
 * ```ts
 * import { type OrganizationData, OrganizationSchema } from '@track4tip/core/schemas';
 * const office: OrganizationData = OrganizationSchema.parse({ id: 'my-office', name: 'My Office', kind: 'governmental' });
 * console.log(office.kind); // "governmental"
 * ```
 */
export type OrganizationData = z.output<typeof OrganizationSchema>;
