import { z } from 'zod';
import { IdSchema, LineSchema, uniqueList } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** A person's part in an event's programme. */
export const ParticipationRoleSchema = z.literal(
  ['opening', 'opening-commentary', 'trainer', 'closing'],
  { error: 'expected "opening", "opening-commentary", "trainer" or "closing"' },
);
/** A person's part in an event's programme. */
export type ParticipationRole = z.output<typeof ParticipationRoleSchema>;

/** One person's participation in an event: role, place in the programme, what they presented. */
export const ParticipationSchema = z.strictObject({
  /** Id of the event. */
  event: IdSchema,
  /** Id of the person. */
  person: IdSchema,
  /** Their part in the programme. */
  role: ParticipationRoleSchema,
  /** Place in the programme, from 1. */
  order: z
    .number({ error: 'expected a number' })
    .int({ error: 'expected a whole number' })
    .min(1, { error: 'the programme starts at 1' })
    .max(10_000),
  /** Id of the organisation on whose behalf they spoke, where the source says so. */
  onBehalfOf: IdSchema.optional(),
  /** What they presented or said, briefly, in the SDK authors' own words. */
  summary: LineSchema.optional(),
  /** Ids of the entities (instruments, initiatives, organisations) their contribution was about. */
  about: uniqueList(IdSchema).optional(),
  /** Where each field comes from. */
  provenance: ProvenanceSchema.optional(),
});
/** A participation as accepted by {@link ParticipationSchema}. */
export type ParticipationInput = z.input<typeof ParticipationSchema>;
/** A validated participation. */
export type ParticipationData = z.output<typeof ParticipationSchema>;
