import * as z from 'zod/mini';
import { modeOfLocation } from '../rules.js';
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
import { EventLocationSchema } from './location.js';
import { OfferSchema } from './offer.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * Who an event was directed to.
 *
 * @example
 * ```ts
 * import { AudienceSchema } from '@track4tip/core/schemas';
 * AudienceSchema.safeParse({ description: 'prosecutors and judges', groups: ['prosecutors', 'judges'], countries: ['AW'] }).success; // true
 * AudienceSchema.safeParse({ groups: ['judges'] }).success; // false: description is required
 * ```
 */
export const AudienceSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** The audience as printed, e.g. "police units, prosecutors and judges". */
      description: LineSchema,
      /** The professions or groups, one each, as printed, e.g. "judges". */
      groups: z.optional(uniqueList(LineSchema)),
      /** Ids of the countries the audience came from, in the source's order. */
      countries: z.optional(uniqueList(IdSchema)),
    },
    { error: objectError('an audience') },
  ))();
/**
 * Who an event was directed to.
 *
 * @example
 * ```ts
 * import { type Audience, type DeepReadonly, getEvent } from '@track4tip/core';
 * const audience: DeepReadonly<Audience> | undefined = getEvent('us-doj-session').audience;
 * console.log(audience?.groups); // ["police units", "prosecutors", "judges"]
 * ```
 */
export type Audience = z.output<typeof AudienceSchema>;

/**
 * How an event is attended.
 *
 * @example
 * ```ts
 * import { AttendanceModeSchema } from '@track4tip/core/schemas';
 * AttendanceModeSchema.parse('online'); // "online"
 * AttendanceModeSchema.safeParse('virtual').success; // false
 * ```
 */
export const AttendanceModeSchema = /* @__PURE__ */ (() =>
  z.literal(['online', 'offline', 'mixed'], {
    error: 'expected "online", "offline" or "mixed"',
  }))();
/**
 * How an event is attended: online, offline (in person) or mixed (both).
 *
 * @example
 * ```ts
 * import type { AttendanceMode } from '@track4tip/core/schemas';
 * const mode: AttendanceMode = 'mixed';
 * ```
 */
export type AttendanceMode = z.output<typeof AttendanceModeSchema>;

/**
 * Whether an event goes ahead as planned (schema.org EventStatusType).
 *
 * @example
 * ```ts
 * import { EventStatusSchema } from '@track4tip/core/schemas';
 * EventStatusSchema.safeParse('moved-online').success; // true
 * EventStatusSchema.safeParse('canceled').success; // false: the value is "cancelled"
 * ```
 */
export const EventStatusSchema = /* @__PURE__ */ (() =>
  z.literal(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'], {
    error: 'expected "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"',
  }))();

/**
 * An event: a webinar, seminar or session. The relations to organisations are kept distinct, as
 * the source words them: led by, given by, under the auspices of, in coordination with.
 *
 * @example
 * ```ts
 * import { EventSchema } from '@track4tip/core/schemas';
 * EventSchema.safeParse({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar', startDate: '2024-03-01' }).success; // true
 * EventSchema.safeParse({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar', startDate: '2024-03-01', endDate: '2024-02-28' }).success; // false: ends before it starts
 * ```
 */
export const EventSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Stable id, e.g. `unodc-webinar`. */
        id: IdSchema,
        /**
         * What it is, e.g. "webinar" or "training": one of `EVENT_KINDS` (translated where a
         * package writes it, mapped to a schema.org type), or your own word, kept as written.
         */
        kind: LineSchema,
        /** Official title. Absent when the source gives none: never invent one. */
        title: z.optional(LineSchema),
        /**
         * A descriptive label in the SDK authors' (or the caller's) own words, for places that
         * need a name. Not an official title.
         */
        descriptiveLabel: LineSchema,
        /** A short description in the SDK authors' own words. */
        description: z.optional(TextSchema),
        /** Its purpose, as printed. */
        purpose: z.optional(LineSchema),
        /** Start: a calendar date, or a date-time with an offset. Absent when unknown. */
        startDate: z.optional(DateOrDateTimeSchema),
        /** End, in the same form as the start. */
        endDate: z.optional(DateOrDateTimeSchema),
        /** Whether it is still scheduled, moved online, etc. */
        status: z.optional(EventStatusSchema),
        /** Former start, for a rescheduled event. */
        previousStartDate: z.optional(DateOrDateTimeSchema),
        /**
         * Online, in person or both. Follows from `location` when that is given (a venue is
         * offline, an online location online, both mixed); stated, it must agree with it.
         */
        attendanceMode: z.optional(AttendanceModeSchema),
        /** Where it takes place: a venue with its address, an online location, or both. */
        location: z.optional(EventLocationSchema),
        /** The event's own page. */
        url: z.optional(HttpUrlSchema),
        /** Images of the event: one absolute URL or a list. */
        image: z.optional(ImageSchema),
        /** Registration or tickets. */
        offers: z.optional(uniqueList(OfferSchema)),
        /** Ids of the organisations that led it. */
        ledBy: z.optional(uniqueList(IdSchema)),
        /** Ids of the organisations that gave (delivered) it. */
        givenBy: z.optional(uniqueList(IdSchema)),
        /** Ids of the organisations under whose auspices it was held. */
        underAuspicesOf: z.optional(uniqueList(IdSchema)),
        /** Ids of the organisations or countries it was held in coordination with. */
        inCoordinationWith: z.optional(uniqueList(IdSchema)),
        /** Id of the initiative it was held under. */
        underInitiative: z.optional(IdSchema),
        /** Who it was directed to. */
        audience: z.optional(AudienceSchema),
        /** Languages it was held in, as canonical BCP 47 tags, e.g. `["es"]`. */
        inLanguage: z.optional(uniqueList(LanguageTagSchema)),
        /** Where each field comes from. */
        provenance: z.optional(ProvenanceSchema),
      },
      { error: objectError('an event') },
    )
    .check(
      datesInOrder('startDate', 'endDate'),
      z.refine(
        (event) =>
          event.attendanceMode === undefined ||
          event.location === undefined ||
          modeOfLocation(event.location) === event.attendanceMode,
        {
          error:
            'attendanceMode must agree with location: a place alone is "offline", a virtualLocation alone "online", both "mixed"; leave attendanceMode out and it follows from location',
          path: ['attendanceMode'],
        },
      ),
      z.refine((event) => event.previousStartDate === undefined || event.status === 'rescheduled', {
        error: 'previousStartDate belongs to a rescheduled event: set status to "rescheduled"',
        path: ['previousStartDate'],
      }),
    ))();

/**
 * An event as accepted by {@link EventSchema}.
 *
 * @example
 * ```ts
 * import { defineEvent, type EventInput } from '@track4tip/core/schemas';
 * const input: EventInput = { id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar', startDate: '2024-03-01T15:00:00Z', attendanceMode: 'online' };
 * const event = defineEvent(input);
 * ```
 */
export type EventInput = z.input<typeof EventSchema>;
/**
 * A validated event.
 *
 * @example
 * ```ts
 * import { type EventData, EventSchema } from '@track4tip/core/schemas';
 * const event: EventData = EventSchema.parse({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar' });
 * console.log(event.kind, event.startDate); // "webinar" undefined
 * ```
 */
export type EventData = z.output<typeof EventSchema>;
