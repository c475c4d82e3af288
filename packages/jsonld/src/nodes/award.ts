// Core's `Award` (a grant, by its number) as a schema.org `MonetaryGrant`.

import type { Award } from '@track4tip/core';
import type { MonetaryGrantLeaf } from 'schema-dts';
import { type NodeContext, targetsOf } from '../graph-context.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/**
 * The award as a `MonetaryGrant`: its number as `identifier`, its funder, and what the source says
 * it supported as `fundedItem`. Type, amount and dates are not stated, so none are written.
 */
export function awardNode(
  award: Award,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  // In the order the walk meets them; the keys below are in canonical order.
  const funder = ctx.ref('organizations', award.funder, path, 'funder');
  const fundedItem = award.supports?.map((id, index) =>
    ctx.refAny(targetsOf('awards', 'supports'), id, path, 'supports', index),
  );
  const node = defined({
    '@type': 'MonetaryGrant',
    '@id': ctx.idOf('awards', award.id),
    fundedItem,
    funder,
    identifier: award.number,
  } as const) satisfies MonetaryGrantLeaf;
  return asNode(node);
}
