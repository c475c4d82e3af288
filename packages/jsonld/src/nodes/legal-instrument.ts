// Core's `LegalInstrument` (a treaty or protocol) as a schema.org `Legislation`.

import type { LegalInstrument } from '@track4tip/core';
import type { LegislationLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/**
 * A treaty or protocol as `Legislation`: the name the source uses, the acronym and official title
 * as alternate names, the adoption date, and the instrument it supplements as `isBasedOn`.
 */
export function legalInstrumentNode(
  instrument: LegalInstrument,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const node = defined({
    '@type': 'Legislation',
    '@id': ctx.idOf('legalInstruments', instrument.id),
    alternateName: [instrument.acronym, instrument.officialTitle].filter(
      (value): value is string => value !== undefined,
    ),
    isBasedOn:
      instrument.supplements === undefined
        ? undefined
        : ctx.ref('legalInstruments', instrument.supplements, path, 'supplements'),
    legislationDate: instrument.adoptionDate,
    name: instrument.name,
    url: instrument.url,
  } as const) satisfies LegislationLeaf;
  return asNode(node);
}
