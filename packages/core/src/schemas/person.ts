import * as z from 'zod/mini';
import {
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LineSchema,
  objectError,
  SameAsSchema,
} from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A person, with name, honorific and titles exactly as printed in the source.
 *
 * @example
 * ```ts
 * import { PersonSchema } from '@track4tip/core/schemas';
 * PersonSchema.safeParse({ id: 'jane-doe', name: 'Jane Doe', honorific: 'Ms.', jobTitle: 'Prosecutor' }).success; // true
 * PersonSchema.safeParse({ id: 'jane-doe', name: '' }).success; // false: name must not be empty
 * ```
 */
export const PersonSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id, e.g. `silke-albert`. */
        id: IdSchema,
        /** Full name exactly as printed, e.g. "José Vila del Castillo". */
        name: LineSchema,
        /**
         * The family name, for citations that sort and invert names ("Vila del Castillo, J."), as
         * the person writes it; absent when unknown: a name is never split by guesswork.
         */
        familyName: z.optional(LineSchema),
        /** The given names, with `familyName`, e.g. "José". */
        givenName: z.optional(LineSchema),
        /** Honorific exactly as printed (e.g. "Ms."); absent when the source gives none. */
        honorific: z.optional(LineSchema),
        /**
         * Job title exactly as printed (e.g. "Acting Deputy Director"); absent when none is given.
         */
        jobTitle: z.optional(LineSchema),
        /** The whole designation as printed after the name, e.g. "Head of the … of Chile". */
        designation: z.optional(LineSchema),
        /** Id of the organisation (or unit) the person works for, as printed. */
        affiliation: z.optional(IdSchema),
        /** Their page (a profile on the organisation's site). */
        url: z.optional(HttpUrlSchema),
        /** Other pages that identify them (Wikidata, ORCID). */
        sameAs: z.optional(SameAsSchema),
        /** Their picture: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('a person') },
    )
    .check(
      z.refine((person) => person.givenName === undefined || person.familyName !== undefined, {
        error: 'a given name needs the familyName it goes with; give both, or neither',
        path: ['givenName'],
      }),
      // A family name alone is the whole name (a single name): otherwise a citation would cite
      // "Ruiz" for "Maria Ruiz".
      z.refine(
        (person) =>
          person.familyName === undefined ||
          person.givenName !== undefined ||
          person.familyName === person.name,
        {
          error:
            'a familyName without a givenName must be the whole name (a single name); give the givenName too',
          path: ['familyName'],
        },
      ),
    ))();
/**
 * A person as accepted by {@link PersonSchema} (before freezing).
 *
 * @example
 * ```ts
 * import { definePerson, type PersonInput } from '@track4tip/core/schemas';
 * const input: PersonInput = { id: 'jane-doe', name: 'Jane Doe', jobTitle: 'Prosecutor', affiliation: 'unodc' };
 * const person = definePerson(input);
 * ```
 */
export type PersonInput = z.input<typeof PersonSchema>;
/**
 * A validated person.
 *
 * @example
 * ```ts
 * import { type PersonData, PersonSchema } from '@track4tip/core/schemas';
 * const person: PersonData = PersonSchema.parse({ id: 'jane-doe', name: 'Jane Doe' });
 * console.log(person.honorific); // undefined
 * ```
 */
export type PersonData = z.output<typeof PersonSchema>;
