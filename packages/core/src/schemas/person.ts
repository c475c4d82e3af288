import { z } from 'zod';
import { IdSchema, LineSchema } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** A person, with name, honorific and titles exactly as printed in the source. */
export const PersonSchema = z.strictObject({
  /** Stable id, e.g. `silke-albert`. */
  id: IdSchema,
  /** Full name exactly as printed, e.g. "José Vila del Castillo". */
  name: LineSchema,
  /** Honorific exactly as printed (e.g. "Ms."); absent when the source gives none. */
  honorific: LineSchema.optional(),
  /** Job title exactly as printed (e.g. "Acting Deputy Director"); absent when none is given. */
  jobTitle: LineSchema.optional(),
  /** The whole designation as printed after the name, e.g. "Head of the … of Chile". */
  designation: LineSchema.optional(),
  /** Id of the organisation (or unit) the person works for, as printed. */
  affiliation: IdSchema.optional(),
  /** Where each field comes from. */
  provenance: ProvenanceSchema.optional(),
});
/** A person as accepted by {@link PersonSchema} (before freezing). */
export type PersonInput = z.input<typeof PersonSchema>;
/** A validated person. */
export type PersonData = z.output<typeof PersonSchema>;
