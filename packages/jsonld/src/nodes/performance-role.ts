import type { Participation, ParticipationRole } from '@track4tip/core';
import type { IdReference, PerformanceRoleLeaf } from 'schema-dts';
import { defined } from '../internal/graph.js';
import type { NodeContext } from './context.js';

/** The part in the programme, in the press release's words. */
const ROLE_NAME: Readonly<Record<ParticipationRole, string>> = {
  opening: 'opening',
  'opening-commentary': 'opening commentary',
  trainer: 'trainer',
  closing: 'closing',
};

/**
 * One entry of an event's programme as a `PerformanceRole` (the schema.org Role pattern): the
 * person as `performer`, the part as `roleName`, our summary of what they said as `description`.
 * `index` is the participation's position in `data.participations`, for messages.
 */
export function performanceRoleNode(
  participation: Participation,
  ctx: NodeContext,
  index: number,
): PerformanceRoleLeaf<IdReference, 'performer'> {
  const node = defined({
    '@type': 'PerformanceRole',
    description: participation.summary,
    performer: ctx.ref('people', participation.person, 'data.participations', index, 'person'),
    roleName: ROLE_NAME[participation.role],
  } as const) satisfies PerformanceRoleLeaf<IdReference, 'performer'>;
  return node;
}
