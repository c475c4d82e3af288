import * as z from 'zod/mini';
import {
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
 * A publication other than a press release (those have a model of their own, with their dateline
 * and funding statement): a report, a web page, an article. Its `kind` is one of
 * `PUBLICATION_KINDS` (mapped to schema.org and CSL types) or your own word, kept as written.
 *
 * @example
 * ```ts
 * import { PublicationSchema } from '@track4tip/core/schemas';
 * PublicationSchema.safeParse({
 *   id: 'glotip-2024',
 *   kind: 'report',
 *   headline: 'Global Report on Trafficking in Persons 2024',
 *   descriptiveLabel: 'UNODC global report, 2024',
 *   publisher: 'unodc',
 *   datePublished: '2024-12-11',
 * }).success; // true
 * PublicationSchema.safeParse({ id: 'x', kind: 'report', descriptiveLabel: 'X', url: '/x' }).success; // false: relative URL
 * ```
 */
export const PublicationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id, e.g. `glotip-2024`. */
        id: IdSchema,
        /** What it is: "report", "web-page", "article", or your own word. */
        kind: LineSchema,
        /** Its title as published. Absent when unknown: never invent one. */
        headline: z.optional(LineSchema),
        /** A descriptive label in your own words; not the title. */
        descriptiveLabel: LineSchema,
        /** A short description in your own words. */
        description: z.optional(TextSchema),
        /** Id of the organisation that published it. */
        publisher: z.optional(IdSchema),
        /** Ids of its authors (organisations or people), where they are not just the publisher. */
        author: z.optional(uniqueList(IdSchema)),
        /** When it was published: a date or a date-time with offset. */
        datePublished: z.optional(DateOrDateTimeSchema),
        /** When it was last changed, not before it was published. */
        dateModified: z.optional(DateOrDateTimeSchema),
        /** Language of the text, BCP 47. */
        inLanguage: z.optional(LanguageTagSchema),
        /** Its address. */
        url: z.optional(HttpUrlSchema),
        /** Images of it: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Ids of the entities it is about (events, initiatives, instruments…). */
        about: z.optional(uniqueList(IdSchema)),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('a publication') },
    )
    .check(datesInOrder('datePublished', 'dateModified')))();
/**
 * A publication as accepted by {@link PublicationSchema}.
 *
 * @example
 * ```ts
 * import { definePublication, type PublicationInput } from '@track4tip/core/schemas';
 * const input: PublicationInput = { id: 'my-page', kind: 'web-page', descriptiveLabel: 'Our training page', url: 'https://www.example.org/training' };
 * const page = definePublication(input);
 * ```
 */
export type PublicationInput = z.input<typeof PublicationSchema>;
/**
 * A validated publication.
 *
 * @example
 * ```ts
 * import { type PublicationData, PublicationSchema } from '@track4tip/core/schemas';
 * const report: PublicationData = PublicationSchema.parse({ id: 'r', kind: 'report', descriptiveLabel: 'A report' });
 * console.log(report.kind); // "report"
 * ```
 */
export type PublicationData = z.output<typeof PublicationSchema>;
