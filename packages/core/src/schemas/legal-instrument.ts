import { z } from 'zod';
import { CalendarDateSchema, HttpUrlSchema, IdSchema, LineSchema } from './common.js';
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
export const LegalInstrumentSchema = z.strictObject({
  /** Stable id, e.g. `untoc`. */
  id: IdSchema,
  /** Name as the source gives it, e.g. "Convention against Transnational Organized Crime". */
  name: LineSchema,
  /** Acronym, only where the source gives one, e.g. "UNTOC". */
  acronym: LineSchema.optional(),
  /** Official title (verified enrichment). */
  officialTitle: LineSchema.optional(),
  /** Symbol of the adopting resolution, e.g. "A/RES/55/25". */
  adoptedBy: LineSchema.optional(),
  /** Date of adoption. */
  adoptionDate: CalendarDateSchema.optional(),
  /** Date of entry into force. */
  entryIntoForce: CalendarDateSchema.optional(),
  /** Id of the instrument this one supplements (a protocol supplements its convention). */
  supplements: IdSchema.optional(),
  /** Page with the official text or status. */
  url: HttpUrlSchema.optional(),
  /** Where each field comes from. */
  provenance: ProvenanceSchema.optional(),
});
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
