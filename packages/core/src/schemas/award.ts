import * as z from 'zod/mini';
import { IdSchema, LineSchema, objectError, uniqueList } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A funding award (grant or agreement) identified by its number.
 *
 * @example
 * ```ts
 * import { AwardSchema } from '@track4tip/core/schemas';
 * AwardSchema.safeParse({ id: 'my-grant', number: 'GR-2024-001', funder: 'my-foundation' }).success; // true
 * AwardSchema.safeParse({ id: 'my-grant', number: 'No. 1', funder: 'my-foundation' }).success; // false: spaces
 * ```
 */
export const AwardSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Stable id; for the fixture, the award number. */
      id: IdSchema,
      /** The award number exactly as printed, e.g. "SSJTIP19CA0027". */
      number: z.string({ error: 'expected the award number as a string' }).check(
        z.minLength(1, {
          error: 'must not be empty; use the number exactly as printed on the award',
        }),
        z.maxLength(64, { error: 'must be at most 64 characters' }),
        z.regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, {
          error:
            'expected letters and digits (with . / - inside); use the number exactly as printed on the award, e.g. "SSJTIP19CA0027"',
        }),
      ),
      /** Id of the funding organisation. */
      funder: IdSchema,
      /**
       * The funder as the award's own acknowledgement names it in running text, article included,
       * e.g. "the United States Department of State"; `@track4tip/cite` writes it in the English
       * funding disclaimer. Default: the funder's name as recorded, with no article added.
       */
      funderInText: z.optional(LineSchema),
      /** Ids of the entities the source states the award supported. */
      supports: z.optional(uniqueList(IdSchema)),
      /** Where each field comes from. */
      provenance: z.optional(ProvenanceSchema),
    },
    { error: objectError('an award') },
  ))();
/**
 * An award as accepted by {@link AwardSchema}.
 *
 * @example
 * ```ts
 * import { type AwardInput, defineAward } from '@track4tip/core/schemas';
 * const input: AwardInput = { id: 'my-grant', number: 'GR-2024-001', funder: 'my-foundation' };
 * const award = defineAward(input);
 * ```
 */
export type AwardInput = z.input<typeof AwardSchema>;
/**
 * A validated award.
 *
 * @example
 * ```ts
 * import { type AwardData, AwardSchema } from '@track4tip/core/schemas';
 * const award: AwardData = AwardSchema.parse({ id: 'my-grant', number: 'GR-2024-001', funder: 'my-foundation' });
 * console.log(award.number); // "GR-2024-001"
 * ```
 */
export type AwardData = z.output<typeof AwardSchema>;
