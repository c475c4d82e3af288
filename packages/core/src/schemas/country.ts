import * as z from 'zod/mini';
import {
  IdSchema,
  LanguageTagSchema,
  LineSchema,
  objectError,
  uniqueList,
  WikidataIdSchema,
} from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** A code string of a fixed form: one message for a non-string and for a malformed one. */
function code(pattern: RegExp, error: string) {
  return z.string({ error }).check(z.regex(pattern, { error }));
}

/**
 * A UN M49 area: three-digit code and English name.
 *
 * @example
 * ```ts
 * import { M49AreaSchema } from '@track4tip/core/schemas';
 * M49AreaSchema.parse({ code: '029', name: 'Caribbean' }); // { code: "029", name: "Caribbean" }
 * M49AreaSchema.safeParse({ code: '29', name: 'Caribbean' }).success; // false
 * ```
 */
export const M49AreaSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Three-digit M49 code, e.g. "029". */
      code: code(/^[0-9]{3}$/, 'expected a three-digit M49 code such as "029"'),
      /** English name in the M49 table, e.g. "Caribbean". */
      name: LineSchema,
    },
    { error: objectError('an M49 area') },
  ))();
/**
 * A UN M49 area.
 *
 * @example
 * ```ts
 * import { getCountry, type M49Area } from '@track4tip/core';
 * const area: M49Area | undefined = getCountry('TT').m49?.intermediateRegion;
 * console.log(area); // { code: "029", name: "Caribbean" }
 * ```
 */
export type M49Area = z.output<typeof M49AreaSchema>;

/**
 * ISO 3166-1 codes of a country.
 *
 * @example
 * ```ts
 * import { Iso3166Schema } from '@track4tip/core/schemas';
 * Iso3166Schema.safeParse({ alpha2: 'CW', alpha3: 'CUW', numeric: '531' }).success; // true
 * Iso3166Schema.safeParse({ alpha2: 'cw', alpha3: 'CUW', numeric: '531' }).success; // false
 * ```
 */
export const Iso3166Schema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Alpha-2 code, e.g. "CW". */
      alpha2: code(/^[A-Z]{2}$/, 'expected two capital letters such as "CW"'),
      /** Alpha-3 code, e.g. "CUW". */
      alpha3: code(/^[A-Z]{3}$/, 'expected three capital letters such as "CUW"'),
      /** Numeric code (equal to the UN M49 code), e.g. "531". */
      numeric: code(/^[0-9]{3}$/, 'expected three digits such as "531"'),
    },
    { error: objectError('a set of ISO 3166-1 codes') },
  ))();
/**
 * ISO 3166-1 codes of a country.
 *
 * @example
 * ```ts
 * import { getCountry, type Iso3166 } from '@track4tip/core';
 * const codes: Iso3166 | undefined = getCountry('AW').iso3166;
 * console.log(codes); // { alpha2: "AW", alpha3: "ABW", numeric: "533" }
 * ```
 */
export type Iso3166 = z.output<typeof Iso3166Schema>;

/**
 * A country: a sovereign state or a constituent country of the Kingdom of the Netherlands.
 *
 * @example
 * ```ts
 * import { CountrySchema } from '@track4tip/core/schemas';
 * CountrySchema.safeParse({ id: 'CL', name: 'Chile', status: 'sovereign-state', officialLanguages: ['es'] }).success; // true
 * CountrySchema.safeParse({ id: 'CL', name: 'Chile', status: 'state' }).success; // false
 * ```
 */
export const CountrySchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Id: the alpha-2 code where there is one. */
      id: IdSchema,
      /** English name as the source writes it, e.g. "Trinidad and Tobago". */
      name: LineSchema,
      /** ISO 3166-1 codes; absent for a country that has none of its own. */
      iso3166: z.optional(Iso3166Schema),
      /** Position in the UN M49 standard. */
      m49: z.optional(
        z.strictObject(
          {
            region: M49AreaSchema,
            subRegion: M49AreaSchema,
            intermediateRegion: z.optional(M49AreaSchema),
          },
          { error: objectError('an M49 position') },
        ),
      ),
      /** Sovereign state, or constituent country of a kingdom. */
      status: z.literal(['sovereign-state', 'constituent-country'], {
        error: 'expected "sovereign-state" or "constituent-country"',
      }),
      /** For a constituent country: id of the sovereign state it belongs to. */
      partOf: z.optional(IdSchema),
      /** Languages with official status, as BCP 47 tags. */
      officialLanguages: z.optional(uniqueList(LanguageTagSchema)),
      /** Wikidata item id. */
      wikidataId: z.optional(WikidataIdSchema),
      /** Where each field comes from. */
      provenance: z.optional(ProvenanceSchema),
    },
    { error: objectError('a country') },
  ))();
/**
 * A country as accepted by {@link CountrySchema}.
 *
 * @example
 * ```ts
 * import { type CountryInput, defineCountry } from '@track4tip/core/schemas';
 * const input: CountryInput = { id: 'CL', name: 'Chile', status: 'sovereign-state' };
 * const chile = defineCountry(input);
 * ```
 */
export type CountryInput = z.input<typeof CountrySchema>;
/**
 * A validated country.
 *
 * @example
 * ```ts
 * import { type CountryData, CountrySchema } from '@track4tip/core/schemas';
 * const chile: CountryData = CountrySchema.parse({ id: 'CL', name: 'Chile', status: 'sovereign-state' });
 * console.log(chile.status); // "sovereign-state"
 * ```
 */
export type CountryData = z.output<typeof CountrySchema>;
