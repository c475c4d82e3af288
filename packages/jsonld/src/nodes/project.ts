import type { Initiative } from '@track4tip/core';
import type { ProjectLeaf } from 'schema-dts';
import { entityId } from '../ids.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import type { NodeContext } from './context.js';

/**
 * The initiative as a schema.org `Project`: implemented by (`parentOrganization`), supported by
 * (`funder`), beneficiary countries (`areaServed`, in the source's order), its years, and the
 * events held under it (`event`).
 */
export function projectNode(initiative: Initiative, ctx: NodeContext, path: string): JsonLdNode {
  const events = (ctx.data.events ?? []).filter((event) => event.underInitiative === initiative.id);
  const node = defined({
    '@type': 'Project',
    '@id': entityId(ctx.baseUrl, 'initiative', initiative.id),
    name: initiative.name,
    alternateName: initiative.expansion,
    description: initiative.description,
    foundingDate: String(initiative.startYear),
    dissolutionDate: String(initiative.endYear),
    url: initiative.url,
    parentOrganization: initiative.implementedBy.map((id, index) =>
      ctx.ref('organizations', id, `${path}.implementedBy.${index}`),
    ),
    funder: initiative.supportedBy?.map((id, index) =>
      ctx.ref('organizations', id, `${path}.supportedBy.${index}`),
    ),
    areaServed: initiative.beneficiaryCountries?.map((id, index) =>
      ctx.ref('countries', id, `${path}.beneficiaryCountries.${index}`),
    ),
    event: events.map((event) => ctx.ref('events', event.id, `${path} (event "${event.id}")`)),
  } as const) satisfies ProjectLeaf;
  return asNode(node);
}
