import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  DateOrDateTimeSchema,
  datesInOrder,
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LanguageTagSchema,
  LineSchema,
  objectError,
  TextSchema,
  uniqueList,
} from './common.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A press release.
 *
 * @example
 * ```ts
 * import { PressReleaseSchema } from '@track4tip/core/schemas';
 * const result = PressReleaseSchema.safeParse({
 *   id: 'my-release',
 *   descriptiveLabel: 'Press release on my webinar',
 *   publisher: 'my-office',
 *   dateline: '2024-03-01',
 *   inLanguage: 'en',
 *   about: 'my-webinar',
 * });
 * console.log(result.success); // true
 * ```
 */
export const PressReleaseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id. */
        id: IdSchema,
        /** Headline as published. Absent when unknown: never invent one. */
        headline: z.optional(LineSchema),
        /** A descriptive label in the SDK authors' (or the caller's) own words; not the headline. */
        descriptiveLabel: LineSchema,
        /** Id of the publishing organisation. */
        publisher: IdSchema,
        /** The dateline's date. */
        dateline: CalendarDateSchema,
        /** Language of the text, BCP 47. */
        inLanguage: LanguageTagSchema,
        /** Id of the event it reports on. */
        about: IdSchema,
        /** Ids of the people, organisations, countries, instruments and initiatives it names. */
        mentions: z.optional(uniqueList(IdSchema)),
        /** Id of the award that supported it. */
        award: z.optional(IdSchema),
        /** Its funding statement, exactly as printed. */
        fundingStatement: z.optional(TextSchema),
        /** Published address. */
        url: z.optional(HttpUrlSchema),
        /** When it was last changed: a date or a date-time with offset, not before the dateline. */
        dateModified: z.optional(DateOrDateTimeSchema),
        /** Images of it: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Ids of its authors (organisations or people), where they are not just the publisher. */
        author: z.optional(uniqueList(IdSchema)),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('a press release') },
    )
    .check(datesInOrder('dateline', 'dateModified')))();
/**
 * A press release as accepted by {@link PressReleaseSchema}.
 *
 * @example
 * ```ts
 * import { definePressRelease, type PressReleaseInput } from '@track4tip/core/schemas';
 * const input: PressReleaseInput = {
 *   id: 'my-release',
 *   descriptiveLabel: 'Press release on my webinar',
 *   publisher: 'my-office',
 *   dateline: '2024-03-01',
 *   inLanguage: 'es',
 *   about: 'my-webinar',
 * };
 * const release = definePressRelease(input);
 * ```
 */
export type PressReleaseInput = z.input<typeof PressReleaseSchema>;
/**
 * A validated press release.
 *
 * @example
 * ```ts
 * import { type PressReleaseData, PressReleaseSchema } from '@track4tip/core/schemas';
 * const release: PressReleaseData = PressReleaseSchema.parse({
 *   id: 'my-release',
 *   descriptiveLabel: 'Press release on my webinar',
 *   publisher: 'my-office',
 *   dateline: '2024-03-01',
 *   inLanguage: 'en',
 *   about: 'my-webinar',
 * });
 * console.log(release.headline); // undefined
 * ```
 */
export type PressReleaseData = z.output<typeof PressReleaseSchema>;
