import { z } from 'zod';
import {
  DateOrDateTimeSchema,
  HttpUrlSchema,
  IdSchema,
  LineSchema,
  TextSchema,
  uniqueList,
} from './common.js';
import { ProvenanceSchema } from './provenance.js';

/** Who an event was directed to. */
export const AudienceSchema = z.strictObject({
  /** The audience as printed, e.g. "police units, prosecutors and judges". */
  description: LineSchema,
  /** The professions or groups, one each, as printed, e.g. "judges". */
  groups: uniqueList(LineSchema).optional(),
  /** Ids of the countries the audience came from, in the source's order. */
  countries: uniqueList(IdSchema).optional(),
});
/** Who an event was directed to. */
export type Audience = z.output<typeof AudienceSchema>;

/** How an event is attended. */
export const AttendanceModeSchema = z.literal(['online', 'offline', 'mixed'], {
  error: 'expected "online", "offline" or "mixed"',
});

/** Whether an event goes ahead as planned (schema.org EventStatusType). */
export const EventStatusSchema = z.literal(
  ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'],
  { error: 'expected "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"' },
);

/**
 * An event: a webinar, seminar or session. The relations to organisations are kept distinct, as
 * the source words them: led by, given by, under the auspices of, in coordination with.
 */
export const EventSchema = z
  .strictObject({
    /** Stable id, e.g. `unodc-webinar`. */
    id: IdSchema,
    /** What the source calls it, e.g. "webinar". */
    kind: z.literal(['webinar', 'seminar', 'session', 'conference', 'workshop', 'meeting'], {
      error: 'expected "webinar", "seminar", "session", "conference", "workshop" or "meeting"',
    }),
    /** Official title. Absent when the source gives none: never invent one. */
    title: LineSchema.optional(),
    /**
     * A descriptive label in the SDK authors' (or the caller's) own words, for places that need a
     * name. Not an official title.
     */
    descriptiveLabel: LineSchema,
    /** A short description in the SDK authors' own words. */
    description: TextSchema.optional(),
    /** Its purpose, as printed. */
    purpose: LineSchema.optional(),
    /** Start: a calendar date, or a date-time with an offset. Absent when unknown. */
    startDate: DateOrDateTimeSchema.optional(),
    /** End, in the same form as the start. */
    endDate: DateOrDateTimeSchema.optional(),
    /** Whether it is still scheduled, moved online, etc. */
    status: EventStatusSchema.optional(),
    /** Former start, for a rescheduled event. */
    previousStartDate: DateOrDateTimeSchema.optional(),
    /** Online, in person or both. */
    attendanceMode: AttendanceModeSchema.optional(),
    /** Page of the event, or where it is attended online. */
    url: HttpUrlSchema.optional(),
    /** Ids of the organisations that led it. */
    ledBy: uniqueList(IdSchema).optional(),
    /** Ids of the organisations that gave (delivered) it. */
    givenBy: uniqueList(IdSchema).optional(),
    /** Ids of the organisations under whose auspices it was held. */
    underAuspicesOf: uniqueList(IdSchema).optional(),
    /** Ids of the organisations or countries it was held in coordination with. */
    inCoordinationWith: uniqueList(IdSchema).optional(),
    /** Id of the initiative it was held under. */
    underInitiative: IdSchema.optional(),
    /** Who it was directed to. */
    audience: AudienceSchema.optional(),
    /** Languages it was held in, as BCP 47 tags. */
    inLanguage: uniqueList(LineSchema).optional(),
    /** Where each field comes from. */
    provenance: ProvenanceSchema.optional(),
  })
  .refine(
    (event) =>
      event.startDate === undefined ||
      event.endDate === undefined ||
      event.endDate.slice(0, 10) >= event.startDate.slice(0, 10),
    { error: 'endDate must not be before startDate', path: ['endDate'] },
  )
  .refine((event) => event.previousStartDate === undefined || event.status === 'rescheduled', {
    error: 'previousStartDate belongs to a rescheduled event: set status to "rescheduled"',
    path: ['previousStartDate'],
  });
/** An event as accepted by {@link EventSchema}. */
export type EventInput = z.input<typeof EventSchema>;
/** A validated event. */
export type EventData = z.output<typeof EventSchema>;
