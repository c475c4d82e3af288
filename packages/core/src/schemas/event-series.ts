import * as z from 'zod/mini';
import {
  DateOrDateTimeSchema,
  datesInOrder,
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LineSchema,
  objectError,
  TextSchema,
  uniqueList,
} from './common.js';
import { EventLocationSchema } from './location.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A series of events, with its sessions in order.
 *
 * @example
 * ```ts
 * import { EventSeriesSchema } from '@track4tip/core/schemas';
 * EventSeriesSchema.safeParse({ id: 'my-series', descriptiveLabel: 'Two trainings', sessions: ['day-1', 'day-2'] }).success; // true
 * EventSeriesSchema.safeParse({ id: 'my-series', descriptiveLabel: 'Two trainings', sessions: [] }).success; // false
 * ```
 */
export const EventSeriesSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id. */
        id: IdSchema,
        /** Official title; absent when the source gives none. */
        title: z.optional(LineSchema),
        /**
         * A descriptive label in the SDK authors' (or the caller's) own words; not an official
         * title.
         */
        descriptiveLabel: LineSchema,
        /** A short description in the SDK authors' own words. */
        description: z.optional(TextSchema),
        /** Ids of its sessions (events), in order: the first is session 1. */
        sessions: uniqueList(IdSchema).check(
          z.minLength(1, { error: 'list at least one session' }),
        ),
        /** The series' own page. */
        url: z.optional(HttpUrlSchema),
        /** Images of the series: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Its first day, or date-time with offset. */
        startDate: z.optional(DateOrDateTimeSchema),
        /** Its last day, or date-time with offset. */
        endDate: z.optional(DateOrDateTimeSchema),
        /** Where it takes place. */
        location: z.optional(EventLocationSchema),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('an event series') },
    )
    .check(datesInOrder('startDate', 'endDate')))();
/**
 * An event series as accepted by {@link EventSeriesSchema}.
 *
 * @example
 * ```ts
 * import { defineEventSeries, type EventSeriesInput } from '@track4tip/core/schemas';
 * const input: EventSeriesInput = { id: 'my-series', descriptiveLabel: 'Two trainings', sessions: ['day-1', 'day-2'] };
 * const series = defineEventSeries(input);
 * ```
 */
export type EventSeriesInput = z.input<typeof EventSeriesSchema>;
/**
 * A validated event series.
 *
 * @example
 * ```ts
 * import { type EventSeriesData, EventSeriesSchema } from '@track4tip/core/schemas';
 * const series: EventSeriesData = EventSeriesSchema.parse({ id: 'my-series', descriptiveLabel: 'Two trainings', sessions: ['day-1', 'day-2'] });
 * console.log(series.sessions.length); // 2
 * ```
 */
export type EventSeriesData = z.output<typeof EventSeriesSchema>;
