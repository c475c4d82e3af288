import * as z from 'zod/mini';
import { IdSchema, LineSchema, objectError, uniqueList } from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A person's part in an event's programme: one of `PARTICIPATION_ROLES` (named in the page's
 * language where a package writes it) or your own words, one line, kept as written.
 *
 * @example
 * ```ts
 * import { ParticipationRoleSchema } from '@track4tip/core/schemas';
 * ParticipationRoleSchema.safeParse('moderator').success; // true
 * ParticipationRoleSchema.safeParse('relatora').success; // true: free text, in its own language
 * ParticipationRoleSchema.safeParse('').success; // false
 * ```
 */
export const ParticipationRoleSchema = LineSchema;
/**
 * A person's part in an event's programme.
 *
 * @example
 * ```ts
 * import { getProgramme, type ParticipationRole } from '@track4tip/core';
 * const role: ParticipationRole = 'trainer';
 * console.log(getProgramme('unodc-webinar').filter((participation) => participation.role === role).length); // 5
 * ```
 */
export type ParticipationRole = z.output<typeof ParticipationRoleSchema>;

/**
 * One person's participation in an event: role, place in the programme, what they presented.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from '@track4tip/core/schemas';
 * ParticipationSchema.safeParse({ event: 'my-webinar', person: 'jane-doe', role: 'trainer', order: 1 }).success; // true
 * ParticipationSchema.safeParse({ event: 'my-webinar', person: 'jane-doe', role: 'trainer', order: 0 }).success; // false: the programme starts at 1
 * ```
 */
export const ParticipationSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Id of the event. */
      event: IdSchema,
      /** Id of the person. */
      person: IdSchema,
      /** Their part in the programme. */
      role: ParticipationRoleSchema,
      /** Place in the programme, from 1. */
      order: z
        .number({ error: 'expected a number' })
        .check(
          z.int({ error: 'expected a whole number' }),
          z.gte(1, { error: 'the programme starts at 1' }),
          z.lte(10_000, { error: 'expected a place in the programme up to 10000' }),
        ),
      /** Id of the organisation on whose behalf they spoke, where the source says so. */
      onBehalfOf: z.optional(IdSchema),
      /** What they presented or said, briefly, in the SDK authors' own words. */
      summary: z.optional(LineSchema),
      /**
       * Ids of the entities (instruments, initiatives, organisations) their contribution was
       * about.
       */
      about: z.optional(uniqueList(IdSchema)),
      /** Where each field comes from. */
      provenance: z.optional(ProvenanceSchema),
    },
    { error: objectError('a participation') },
  ))();
/**
 * A participation as accepted by {@link ParticipationSchema}.
 *
 * @example
 * ```ts
 * import { defineParticipation, type ParticipationInput } from '@track4tip/core/schemas';
 * const input: ParticipationInput = { event: 'my-webinar', person: 'jane-doe', role: 'closing', order: 3 };
 * const participation = defineParticipation(input);
 * ```
 */
export type ParticipationInput = z.input<typeof ParticipationSchema>;
/**
 * A validated participation.
 *
 * @example
 * ```ts
 * import { type ParticipationData, ParticipationSchema } from '@track4tip/core/schemas';
 * const participation: ParticipationData = ParticipationSchema.parse({ event: 'my-webinar', person: 'jane-doe', role: 'opening', order: 1 });
 * console.log(participation.role); // "opening"
 * ```
 */
export type ParticipationData = z.output<typeof ParticipationSchema>;
