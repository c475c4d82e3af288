// Core's `Participation` (one entry of an event's programme) as a schema.org `PerformanceRole`.

import { type Participation, roleName } from '@track4tip/core';
import type { IdReference, PerformanceRoleLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { defined } from '../internal/graph.js';

/**
 * One entry of an event's programme as a `PerformanceRole` (the schema.org Role pattern): the
 * person as `performer`, the part as `roleName` (a known role in the page's language where core's
 * `roleName` has words for it, else in English; a role in the publisher's own words as written),
 * our summary of what they said as `description`.
 * `index` is the participation's position in `data.participations`, for messages.
 */
export function participationNode(
  participation: Participation,
  ctx: NodeContext,
  index: number,
): PerformanceRoleLeaf<IdReference, 'performer'> {
  const node = defined({
    '@type': 'PerformanceRole',
    description: participation.summary,
    performer: ctx.ref('people', participation.person, ['data', 'participations'], index, 'person'),
    roleName:
      roleName(participation.role, ctx.locale ?? 'en') ?? roleName(participation.role, 'en'),
  } as const) satisfies PerformanceRoleLeaf<IdReference, 'performer'>;
  return node;
}
