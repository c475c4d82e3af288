import type { EntityCollection, Event, EventSeries, Participation } from '@track4tip/core';
import type { EventLeaf, EventSeriesLeaf, VirtualLocationLeaf } from 'schema-dts';
import { entityId } from '../ids.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import type { NodeContext } from './context.js';
import { performanceRoleNode } from './performance-role.js';

const SCHEMA = 'https://schema.org/' as const;

const STATUS = {
  scheduled: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  rescheduled: `${SCHEMA}EventRescheduled`,
  'moved-online': `${SCHEMA}EventMovedOnline`,
} as const;

const ATTENDANCE = {
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
} as const;

/** An event's programme in order (ties keep the dataset's order). */
export function programmeOf(
  event: Event,
  ctx: NodeContext,
): { participation: Participation; index: number }[] {
  return (ctx.data.participations ?? [])
    .map((participation, index) => ({ participation, index }))
    .filter(({ participation }) => participation.event === event.id)
    .sort((a, b) => a.participation.order - b.participation.order || a.index - b.index);
}

/**
 * An event. The four relations of the source stay distinct: led by → `organizer`, given by →
 * `performer`, under the auspices of → `sponsor`, in coordination with → `contributor`; the programme
 * is a list of `PerformanceRole`s; what the speakers presented is `about`. No `name` is written
 * unless the data has an official title or the caller supplies one; the SDK's descriptive label is
 * written as `disambiguatingDescription`, never as a name.
 */
export function eventNode(event: Event, ctx: NodeContext, path: string): JsonLdNode {
  const supplied = ctx.suppliedEvents[event.id] ?? {};
  const online = event.attendanceMode === 'online' || event.attendanceMode === 'mixed';
  const location = online
    ? (defined({
        '@type': 'VirtualLocation',
        url: supplied.locationUrl,
      } as const) satisfies VirtualLocationLeaf)
    : undefined;
  const programme = programmeOf(event, ctx);
  const about: string[] = [];
  for (const { participation } of programme) {
    for (const id of participation.about ?? []) if (!about.includes(id)) about.push(id);
  }
  const series = (ctx.data.eventSeries ?? []).filter((s) => s.sessions.includes(event.id));
  const organizations = (key: 'ledBy' | 'givenBy' | 'underAuspicesOf') =>
    (event[key] ?? []).map((id, index) => ctx.ref('organizations', id, `${path}.${key}.${index}`));
  const partyCollections: readonly EntityCollection[] = ['organizations', 'countries'];
  const node = defined({
    '@type': 'Event',
    '@id': entityId(ctx.baseUrl, 'event', event.id),
    name: event.title ?? supplied.name,
    disambiguatingDescription: event.descriptiveLabel,
    description: event.description,
    startDate: event.startDate,
    endDate: event.endDate,
    previousStartDate: event.previousStartDate,
    eventStatus: event.status === undefined ? undefined : STATUS[event.status],
    eventAttendanceMode:
      event.attendanceMode === undefined ? undefined : ATTENDANCE[event.attendanceMode],
    location,
    url: event.url ?? supplied.url,
    image: supplied.image,
    inLanguage: event.inLanguage === undefined ? undefined : [...event.inLanguage],
    organizer: organizations('ledBy'),
    sponsor: organizations('underAuspicesOf'),
    contributor: (event.inCoordinationWith ?? []).map((id, index) =>
      ctx.refAny(partyCollections, id, `${path}.inCoordinationWith.${index}`),
    ),
    performer: [
      ...organizations('givenBy'),
      ...programme.map(({ participation, index }) =>
        performanceRoleNode(participation, ctx, `data.participations.${index}`),
      ),
    ],
    audience:
      event.audience === undefined
        ? undefined
        : defined({
            '@type': 'Audience',
            audienceType: event.audience.groups?.length
              ? [...event.audience.groups]
              : event.audience.description,
            geographicArea: event.audience.countries?.map((id, index) =>
              ctx.ref('countries', id, `${path}.audience.countries.${index}`),
            ),
          } as const),
    about: about.map((id) =>
      ctx.refAny(
        ['legalInstruments', 'initiatives', 'organizations', 'people', 'countries', 'events'],
        id,
        `${path} (programme about "${id}")`,
      ),
    ),
    superEvent: series.map((s) => ctx.ref('eventSeries', s.id, `${path} (series "${s.id}")`)),
  } as const) satisfies EventLeaf;
  return asNode(node);
}

/** A series of events: its sessions in order as `subEvent`; no name unless the data has a title. */
export function eventSeriesNode(series: EventSeries, ctx: NodeContext, path: string): JsonLdNode {
  const node = defined({
    '@type': 'EventSeries',
    '@id': entityId(ctx.baseUrl, 'event-series', series.id),
    name: series.title,
    disambiguatingDescription: series.descriptiveLabel,
    description: series.description,
    subEvent: series.sessions.map((id, index) =>
      ctx.ref('events', id, `${path}.sessions.${index}`),
    ),
  } as const) satisfies EventSeriesLeaf;
  return asNode(node);
}
