import * as z from 'zod/mini';
import {
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LineSchema,
  objectError,
  SameAsSchema,
  TextSchema,
  uniqueList,
  YearSchema,
} from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A programme or project, such as TRACK4TIP.
 *
 * @example
 * ```ts
 * import { InitiativeSchema } from '@track4tip/core/schemas';
 * InitiativeSchema.safeParse({ id: 'my-project', name: 'My Project', startYear: 2024, endYear: 2026, implementedBy: ['unodc'] }).success; // true
 * InitiativeSchema.safeParse({ id: 'my-project', name: 'My Project', startYear: 2024, endYear: 2023, implementedBy: ['unodc'] }).success; // false: ends before it starts
 * ```
 */
export const InitiativeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id, e.g. `track4tip`. */
        id: IdSchema,
        /** Name as printed, e.g. "TRACK4TIP". */
        name: LineSchema,
        /** What the name stands for (enrichment where the source does not spell it out). */
        expansion: z.optional(LineSchema),
        /** A short description in the SDK authors' own words. */
        description: z.optional(TextSchema),
        /** First year, as printed (the source gives years only). */
        startYear: YearSchema,
        /** Last year, as printed. */
        endYear: YearSchema,
        /** Stated length in years, e.g. 3 for "a three-year initiative". */
        durationYears: z.optional(
          z
            .number({ error: 'expected the number of years as a number' })
            .check(
              z.int({ error: 'expected a whole number of years' }),
              z.gte(1, { error: 'expected at least 1 year' }),
              z.lte(100, { error: 'expected at most 100 years' }),
            ),
        ),
        /** Ids of the organisations that implement it. */
        implementedBy: uniqueList(IdSchema).check(
          z.minLength(1, { error: 'name at least one implementer' }),
        ),
        /** Ids of the organisations that support (fund) it. */
        supportedBy: z.optional(uniqueList(IdSchema)),
        /** Ids of the beneficiary countries, in the source's order. */
        beneficiaryCountries: z.optional(uniqueList(IdSchema)),
        /** Regions where it works, as printed, e.g. "South America". */
        regions: z.optional(uniqueList(LineSchema)),
        /** Its general objective, as printed. */
        objective: z.optional(TextSchema),
        /** Qualities of its approach, as printed, e.g. "victim-centered". */
        approach: z.optional(uniqueList(LineSchema)),
        /** Levels at which it acts, as printed. */
        levelsOfAction: z.optional(
          uniqueList(
            z.literal(['regional', 'national', 'local', 'global'], {
              error: 'expected "regional", "national", "local" or "global"',
            }),
          ),
        ),
        /** What its actions aim to do, as printed, e.g. "increase prosecutions". */
        aims: z.optional(uniqueList(LineSchema)),
        /** Programme page. */
        url: z.optional(HttpUrlSchema),
        /** Its logo, an absolute image URL. */
        logo: z.optional(HttpUrlSchema),
        /** Other pages that identify it. */
        sameAs: z.optional(SameAsSchema),
        /** Images of it: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('an initiative') },
    )
    .check(
      z.refine((initiative) => initiative.endYear >= initiative.startYear, {
        error: 'endYear must not be before startYear',
        path: ['endYear'],
      }),
    ))();
/**
 * An initiative as accepted by {@link InitiativeSchema}.
 *
 * @example
 * ```ts
 * import { defineInitiative, type InitiativeInput } from '@track4tip/core/schemas';
 * const input: InitiativeInput = { id: 'my-project', name: 'My Project', startYear: 2024, endYear: 2026, implementedBy: ['unodc'] };
 * const initiative = defineInitiative(input);
 * ```
 */
export type InitiativeInput = z.input<typeof InitiativeSchema>;
/**
 * A validated initiative.
 *
 * @example
 * ```ts
 * import { type InitiativeData, InitiativeSchema } from '@track4tip/core/schemas';
 * const initiative: InitiativeData = InitiativeSchema.parse({ id: 'my-project', name: 'My Project', startYear: 2024, endYear: 2026, implementedBy: ['unodc'] });
 * console.log(initiative.implementedBy); // ["unodc"]
 * ```
 */
export type InitiativeData = z.output<typeof InitiativeSchema>;
