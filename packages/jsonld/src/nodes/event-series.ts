// Core's `EventSeries` as a schema.org `EventSeries`.

import type { EventSeries } from '@track4tip/core';
import type { EventSeriesLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import { scheduleProperties } from './event.js';

/**
 * A series of events: its sessions in order as `subEvent`; no name unless the record has a title
 * (with its dates, location, page and images where the record has them).
 */
export function eventSeriesNode(
  series: EventSeries,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const schedule = scheduleProperties(series);
  const node = defined({
    '@type': 'EventSeries',
    '@id': ctx.idOf('eventSeries', series.id),
    description: series.description,
    disambiguatingDescription: series.descriptiveLabel,
    endDate: schedule.endDate,
    image: schedule.image,
    location: schedule.location,
    name: schedule.name,
    startDate: schedule.startDate,
    url: schedule.url,
    subEvent: series.sessions.map((id, index) => ctx.ref('events', id, path, 'sessions', index)),
  } as const) satisfies EventSeriesLeaf;
  return asNode(node);
}
