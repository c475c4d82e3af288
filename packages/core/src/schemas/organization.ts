import * as z from 'zod/mini';
import {
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LineSchema,
  objectError,
  SameAsSchema,
  TextSchema,
  WikidataIdSchema,
} from './common.js';
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
export const OrganizationKindSchema = /* @__PURE__ */ (() =>
  z.literal(['intergovernmental', 'governmental', 'association', 'network', 'nongovernmental'], {
    error:
      'expected one of "intergovernmental", "governmental", "association", "network", "nongovernmental"',
  }))();
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
export const OrganizationSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Stable id, e.g. `unodc`. */
      id: IdSchema,
      /** Name as printed, without the acronym, e.g. "United Nations Office on Drugs and Crime". */
      name: LineSchema,
      /** Acronym, only where the source gives one, e.g. "UNODC". */
      acronym: z.optional(LineSchema),
      /** What kind of body it is. */
      kind: OrganizationKindSchema,
      /** Id of the organisation this one is a unit of. */
      parent: z.optional(IdSchema),
      /** Official website (verified enrichment). */
      url: z.optional(HttpUrlSchema),
      /** Its logo, an absolute image URL. */
      logo: z.optional(HttpUrlSchema),
      /** Other pages that identify it (Wikipedia, its profile elsewhere). */
      sameAs: z.optional(SameAsSchema),
      /** Images of it: one absolute URL or a list. */
      image: z.optional(ImageSchema),
      /** Wikidata item id (verified enrichment). */
      wikidataId: z.optional(WikidataIdSchema),
      /** A short description in the SDK authors' own words. */
      description: z.optional(TextSchema),
      /** Where each field comes from. */
      provenance: z.optional(ProvenanceSchema),
    },
    { error: objectError('an organisation') },
  ))();
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
