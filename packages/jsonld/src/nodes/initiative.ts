// Core's `Initiative` (e.g. TRACK4TIP) as a schema.org `Project`.

import type { Initiative } from '@track4tip/core';
import type { ProjectLeaf } from 'schema-dts';
import { fundingOf, type NodeContext } from '../graph-context.js';
import { asNode, defined, imageValue, sameAsValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/**
 * The initiative as a schema.org `Project`: implemented by (`parentOrganization`), supported by
 * (`funder`), beneficiary countries (`areaServed`, in the source's order), its years, and the
 * events held under it (`event`).
 */
export function initiativeNode(
  initiative: Initiative,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const events = ctx.derived().eventsUnder.get(initiative.id) ?? [];
  // In the order the walk meets them; the keys below are in canonical order.
  const parentOrganization = initiative.implementedBy.map((id, index) =>
    ctx.ref('organizations', id, path, 'implementedBy', index),
  );
  const funder = initiative.supportedBy?.map((id, index) =>
    ctx.ref('organizations', id, path, 'supportedBy', index),
  );
  const areaServed = initiative.beneficiaryCountries?.map((id, index) =>
    ctx.ref('countries', id, path, 'beneficiaryCountries', index),
  );
  const event = events.map((e) => ctx.ref('events', e.id, path));
  const funding = fundingOf(ctx, initiative.id, path);
  const node = defined({
    '@type': 'Project',
    '@id': ctx.idOf('initiatives', initiative.id),
    alternateName: initiative.expansion,
    areaServed,
    description: initiative.description,
    dissolutionDate: String(initiative.endYear),
    event,
    foundingDate: String(initiative.startYear),
    funder,
    funding,
    image: imageValue(initiative.image),
    logo: initiative.logo,
    name: initiative.name,
    parentOrganization,
    sameAs: sameAsValue(undefined, initiative.sameAs),
    url: initiative.url,
  } as const) satisfies ProjectLeaf;
  return asNode(node);
}
