import { z } from 'zod';
import {
  HttpUrlSchema,
  IdSchema,
  LineSchema,
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
export const InitiativeSchema = z
  .strictObject({
    /** Stable id, e.g. `track4tip`. */
    id: IdSchema,
    /** Name as printed, e.g. "TRACK4TIP". */
    name: LineSchema,
    /** What the name stands for (enrichment where the source does not spell it out). */
    expansion: LineSchema.optional(),
    /** A short description in the SDK authors' own words. */
    description: TextSchema.optional(),
    /** First year, as printed (the source gives years only). */
    startYear: YearSchema,
    /** Last year, as printed. */
    endYear: YearSchema,
    /** Stated length in years, e.g. 3 for "a three-year initiative". */
    durationYears: z.number().int().min(1).max(100).optional(),
    /** Ids of the organisations that implement it. */
    implementedBy: uniqueList(IdSchema).min(1, { error: 'name at least one implementer' }),
    /** Ids of the organisations that support (fund) it. */
    supportedBy: uniqueList(IdSchema).optional(),
    /** Ids of the beneficiary countries, in the source's order. */
    beneficiaryCountries: uniqueList(IdSchema).optional(),
    /** Regions where it works, as printed, e.g. "South America". */
    regions: uniqueList(LineSchema).optional(),
    /** Its general objective, as printed. */
    objective: TextSchema.optional(),
    /** Qualities of its approach, as printed, e.g. "victim-centered". */
    approach: uniqueList(LineSchema).optional(),
    /** Levels at which it acts, as printed. */
    levelsOfAction: uniqueList(z.literal(['regional', 'national', 'local', 'global'])).optional(),
    /** What its actions aim to do, as printed, e.g. "increase prosecutions". */
    aims: uniqueList(LineSchema).optional(),
    /** Programme page. */
    url: HttpUrlSchema.optional(),
    /** Where each field comes from. */
    provenance: ProvenanceSchema.optional(),
  })
  .refine((initiative) => initiative.endYear >= initiative.startYear, {
    error: 'endYear must not be before startYear',
    path: ['endYear'],
  });
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
