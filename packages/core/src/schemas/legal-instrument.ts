import * as z from 'zod/mini';
import { CalendarDateSchema, HttpUrlSchema, IdSchema, LineSchema, objectError } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A treaty or protocol.
 *
 * @example
 * ```ts
 * import { LegalInstrumentSchema } from '@track4tip/core/schemas';
 * LegalInstrumentSchema.safeParse({ id: 'som-protocol', name: 'Protocol against the Smuggling of Migrants', supplements: 'untoc' }).success; // true
 * LegalInstrumentSchema.safeParse({ id: 'som-protocol', name: 'Protocol against the Smuggling of Migrants', adoptionDate: '15 November 2000' }).success; // false
 * ```
 */
export const LegalInstrumentSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Stable id, e.g. `untoc`. */
      id: IdSchema,
      /** Name as the source gives it, e.g. "Convention against Transnational Organized Crime". */
      name: LineSchema,
      /** Acronym, only where the source gives one, e.g. "UNTOC". */
      acronym: z.optional(LineSchema),
      /** Official title (verified enrichment). */
      officialTitle: z.optional(LineSchema),
      /** Symbol of the adopting resolution, e.g. "A/RES/55/25". */
      adoptedBy: z.optional(LineSchema),
      /** Date of adoption. */
      adoptionDate: z.optional(CalendarDateSchema),
      /** Date of entry into force. */
      entryIntoForce: z.optional(CalendarDateSchema),
      /** Id of the instrument this one supplements (a protocol supplements its convention). */
      supplements: z.optional(IdSchema),
      /** Page with the official text or status. */
      url: z.optional(HttpUrlSchema),
      /** Where each field comes from. */
      provenance: z.optional(ProvenanceSchema),
    },
    { error: objectError('a legal instrument') },
  ))();
/**
 * A legal instrument as accepted by {@link LegalInstrumentSchema}.
 *
 * @example
 * ```ts
 * import { defineLegalInstrument, type LegalInstrumentInput } from '@track4tip/core/schemas';
 * const input: LegalInstrumentInput = { id: 'som-protocol', name: 'Protocol against the Smuggling of Migrants', supplements: 'untoc' };
 * const protocol = defineLegalInstrument(input);
 * ```
 */
export type LegalInstrumentInput = z.input<typeof LegalInstrumentSchema>;
/**
 * A validated legal instrument.
 *
 * @example
 * ```ts
 * import { type LegalInstrumentData, LegalInstrumentSchema } from '@track4tip/core/schemas';
 * const protocol: LegalInstrumentData = LegalInstrumentSchema.parse({ id: 'som-protocol', name: 'Protocol against the Smuggling of Migrants' });
 * console.log(protocol.supplements); // undefined
 * ```
 */
export type LegalInstrumentData = z.output<typeof LegalInstrumentSchema>;
