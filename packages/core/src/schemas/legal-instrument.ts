import { z } from 'zod';
import { CalendarDateSchema, HttpUrlSchema, IdSchema, LineSchema } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** A treaty or protocol. */
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
/** A legal instrument as accepted by {@link LegalInstrumentSchema}. */
export type LegalInstrumentInput = z.input<typeof LegalInstrumentSchema>;
/** A validated legal instrument. */
export type LegalInstrumentData = z.output<typeof LegalInstrumentSchema>;
