// Core's `Event` as a schema.org `Event` (an `EducationEvent` for the kinds that teach), with its
// `Audience`; its programme entries are written by `participation.ts`.

import {
  attendanceModeOf,
  type Event,
  type EventSeries,
  isKnownEventKind,
  type KnownEventKind,
} from '@track4tip/core';
import type { EducationEventLeaf, EventLeaf } from 'schema-dts';
import { fundingOf, type NodeContext, targetsOf } from '../graph-context.js';
import { asNode, defined, imageValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import { locationNodes } from './location.js';
import { offerNodes } from './offer.js';
import { participationNode } from './participation.js';

const ATTENDANCE = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** The event statuses of the model as schema.org `EventStatusType` members. */
const EVENT_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const satisfies Readonly<Record<NonNullable<Event['status']>, string>>;

/**
 * The schema.org type of each known kind of event: those that teach are `EducationEvent`s; a
 * kind schema.org has no type for, and every kind of the publisher's own, is an `Event`.
 */
const EVENT_TYPE: Readonly<Record<KnownEventKind, 'Event' | 'EducationEvent'>> = {
  webinar: 'Event',
  seminar: 'Event',
  session: 'Event',
  conference: 'Event',
  workshop: 'EducationEvent',
  meeting: 'Event',
  training: 'EducationEvent',
  course: 'EducationEvent',
  lecture: 'EducationEvent',
  panel: 'Event',
  roundtable: 'Event',
  forum: 'Event',
  symposium: 'Event',
};

/** The properties an event and a series share: dates, status, place, page, images, offers. */
export function scheduleProperties(event: Event | EventSeries) {
  const status = 'status' in event ? event.status : undefined;
  return {
    endDate: event.endDate,
    eventStatus: status === undefined ? undefined : EVENT_STATUS[status],
    image: imageValue(event.image),
    location: locationNodes(event.location),
    name: event.title,
    offers: offerNodes('offers' in event ? event.offers : undefined),
    startDate: event.startDate,
    url: event.url,
  };
}

/**
 * An event (an `EducationEvent` for the kinds that teach). The four relations of the source stay
 * distinct: led by → `organizer` (with the initiative it was held under), given by → `performer`,
 * under the auspices of → `sponsor`, in coordination with → `contributor`; the programme is a list
 * of `PerformanceRole`s; what the speakers presented is `about`. No `name` is written unless the
 * record has an official title; the SDK's descriptive label is written as
 * `disambiguatingDescription`, never as a name. The attendance mode is the record's, or the one
 * its location gives.
 */
export function eventNode(
  event: Event,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const derived = ctx.derived();
  const programme = derived.programme.get(event.id) ?? [];
  const about = new Set<string>();
  for (const { participation } of programme) {
    for (const id of participation.about ?? []) about.add(id);
  }
  const series = derived.seriesOf.get(event.id) ?? [];
  const organizations = (key: 'ledBy' | 'givenBy' | 'underAuspicesOf') =>
    (event[key] ?? []).map((id, index) => ctx.ref('organizations', id, path, key, index));
  // References in the order the walk meets them (which fixes the order of nodes in the graph);
  // the node's keys below are in canonical order. The initiative the event was held under (a
  // `Project`, which schema.org makes an Organization) organises it with those who led it, so
  // the event's own page links its initiative.
  const organizer = [
    ...organizations('ledBy'),
    ...(event.underInitiative === undefined
      ? []
      : [ctx.ref('initiatives', event.underInitiative, path, 'underInitiative')]),
  ];
  const sponsor = organizations('underAuspicesOf');
  const contributor = (event.inCoordinationWith ?? []).map((id, index) =>
    ctx.refAny(targetsOf('events', 'inCoordinationWith'), id, path, 'inCoordinationWith', index),
  );
  const performer = [
    ...organizations('givenBy'),
    ...programme.map(({ participation, index }) => participationNode(participation, ctx, index)),
  ];
  const audience =
    event.audience === undefined
      ? undefined
      : defined({
          '@type': 'Audience',
          audienceType: event.audience.groups?.length
            ? [...event.audience.groups]
            : event.audience.description,
          geographicArea: event.audience.countries?.map((id, index) =>
            ctx.ref('countries', id, path, 'audience.countries', index),
          ),
        } as const);
  const topics = [...about].map((id) => ctx.refAny(targetsOf('participations', 'about'), id, path));
  const schedule = scheduleProperties(event);
  const mode = attendanceModeOf(event);
  const superEvent = series.map((s) => ctx.ref('eventSeries', s.id, path));
  const funding = fundingOf(ctx, event.id, path);
  const node = defined({
    '@type': isKnownEventKind(event.kind) ? EVENT_TYPE[event.kind] : 'Event',
    '@id': ctx.idOf('events', event.id),
    about: topics,
    audience,
    contributor,
    description: event.description,
    disambiguatingDescription: event.descriptiveLabel,
    endDate: schedule.endDate,
    eventAttendanceMode: mode === undefined ? undefined : ATTENDANCE[mode],
    eventStatus: schedule.eventStatus,
    funding,
    image: schedule.image,
    inLanguage: event.inLanguage === undefined ? undefined : [...event.inLanguage],
    location: schedule.location,
    name: schedule.name,
    offers: schedule.offers,
    organizer,
    performer,
    previousStartDate: event.previousStartDate,
    sponsor,
    startDate: schedule.startDate,
    superEvent,
    url: schedule.url,
  } as const) satisfies EventLeaf | EducationEventLeaf;
  return asNode(node);
}
