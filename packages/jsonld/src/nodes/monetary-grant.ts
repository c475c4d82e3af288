import type { Award } from '@track4tip/core';
import type { MonetaryGrantLeaf } from 'schema-dts';
import { ENTITY_TYPES, entityId } from '../ids.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import type { NodeContext } from './context.js';

/**
 * The award as a `MonetaryGrant`: its number as `identifier`, its funder, and what the source says
 * it supported as `fundedItem`. Type, amount and dates are not stated, so none are written.
 */
export function monetaryGrantNode(award: Award, ctx: NodeContext, path: string): JsonLdNode {
  const node = defined({
    '@type': 'MonetaryGrant',
    '@id': entityId(ctx.baseUrl, 'award', award.id),
    identifier: award.number,
    funder: ctx.ref('organizations', award.funder, `${path}.funder`),
    fundedItem: award.supports?.map((id, index) =>
      ctx.refAny(
        Object.keys(ENTITY_TYPES) as (keyof typeof ENTITY_TYPES)[],
        id,
        `${path}.supports.${index}`,
      ),
    ),
  } as const) satisfies MonetaryGrantLeaf;
  return asNode(node);
}
