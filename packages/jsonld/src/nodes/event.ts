import type { EntityCollection, Event, EventSeries } from '@track4tip/core';
import type { EventLeaf, EventSeriesLeaf, VirtualLocationLeaf } from 'schema-dts';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import type { NodeContext } from './context.js';
import { performanceRoleNode } from './performance-role.js';
import {
  EVENT_STATUS,
  fill,
  images,
  offerNodes,
  placeNode,
  refineDate,
  type SuppliedEvent,
} from './supplied.js';

const SCHEMA = 'https://schema.org/' as const;

const ATTENDANCE = {
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
} as const;

/**
 * The properties of an event or series that combine the data with what the caller supplies:
 * supplied values fill what the data lacks, refuse to contradict it, and a date-time may refine
 * the data's calendar date.
 */
function suppliedProperties(
  supplied: SuppliedEvent,
  path: string,
  data: Pick<Event, 'title' | 'startDate' | 'endDate' | 'status' | 'url' | 'attendanceMode'>,
) {
  const online = data.attendanceMode === 'online' || data.attendanceMode === 'mixed';
  const virtual =
    online || supplied.locationUrl !== undefined
      ? (defined({
          '@type': 'VirtualLocation',
          url: supplied.locationUrl,
        } as const) satisfies VirtualLocationLeaf)
      : undefined;
  const place = supplied.place === undefined ? undefined : placeNode(supplied.place);
  const status = fill(data.status, supplied.eventStatus, `${path}.eventStatus`);
  return {
    name: fill(data.title, supplied.name, `${path}.name`),
    url: fill(data.url, supplied.url, `${path}.url`),
    startDate: refineDate(data.startDate, supplied.startDate, `${path}.startDate`),
    endDate: refineDate(data.endDate, supplied.endDate, `${path}.endDate`),
    eventStatus: status === undefined ? undefined : EVENT_STATUS[status],
    location: virtual !== undefined && place !== undefined ? [virtual, place] : (virtual ?? place),
    offers: offerNodes(supplied.offers),
    image: images(supplied.image),
  };
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
  const extra = suppliedProperties(supplied, `options.events.${event.id}`, event);
  const derived = ctx.derived();
  const programme = derived.programme.get(event.id) ?? [];
  const about = new Set<string>();
  for (const { participation } of programme) {
    for (const id of participation.about ?? []) about.add(id);
  }
  const series = derived.seriesOf.get(event.id) ?? [];
  const organizations = (key: 'ledBy' | 'givenBy' | 'underAuspicesOf') =>
    (event[key] ?? []).map((id, index) => ctx.ref('organizations', id, path, key, index));
  const partyCollections: readonly EntityCollection[] = ['organizations', 'countries'];
  // References in the order the walk meets them (which fixes the order of nodes in the graph);
  // the node's keys below are in canonical order.
  const organizer = organizations('ledBy');
  const sponsor = organizations('underAuspicesOf');
  const contributor = (event.inCoordinationWith ?? []).map((id, index) =>
    ctx.refAny(partyCollections, id, path, 'inCoordinationWith', index),
  );
  const performer = [
    ...organizations('givenBy'),
    ...programme.map(({ participation, index }) => performanceRoleNode(participation, ctx, index)),
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
  const topics = [...about].map((id) =>
    ctx.refAny(
      ['legalInstruments', 'initiatives', 'organizations', 'people', 'countries', 'events'],
      id,
      `${path} (programme about "${id}")`,
    ),
  );
  const superEvent = series.map((s) => ctx.ref('eventSeries', s.id, `${path} (series "${s.id}")`));
  const node = defined({
    '@type': 'Event',
    '@id': ctx.idOf('events', event.id),
    about: topics,
    audience,
    contributor,
    description: event.description,
    disambiguatingDescription: event.descriptiveLabel,
    endDate: extra.endDate,
    eventAttendanceMode:
      event.attendanceMode === undefined ? undefined : ATTENDANCE[event.attendanceMode],
    eventStatus: extra.eventStatus,
    image: extra.image,
    inLanguage: event.inLanguage === undefined ? undefined : [...event.inLanguage],
    location: extra.location,
    name: extra.name,
    offers: extra.offers,
    organizer,
    performer,
    previousStartDate: event.previousStartDate,
    sponsor,
    startDate: extra.startDate,
    superEvent,
    url: extra.url,
  } as const) satisfies EventLeaf;
  return asNode(node);
}

/**
 * A series of events: its sessions in order as `subEvent`; no name unless the data has a title or
 * the caller supplies one (with its dates, location and the rest, as for an event).
 */
export function eventSeriesNode(series: EventSeries, ctx: NodeContext, path: string): JsonLdNode {
  const supplied = ctx.suppliedSeries[series.id] ?? {};
  const extra = suppliedProperties(supplied, `options.eventSeries.${series.id}`, {
    title: series.title,
  });
  const node = defined({
    '@type': 'EventSeries',
    '@id': ctx.idOf('eventSeries', series.id),
    description: series.description,
    disambiguatingDescription: series.descriptiveLabel,
    endDate: extra.endDate,
    eventStatus: extra.eventStatus,
    image: extra.image,
    location: extra.location,
    name: extra.name,
    offers: extra.offers,
    startDate: extra.startDate,
    url: extra.url,
    subEvent: series.sessions.map((id, index) => ctx.ref('events', id, path, 'sessions', index)),
  } as const) satisfies EventSeriesLeaf;
  return asNode(node);
}
