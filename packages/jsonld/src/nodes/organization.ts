// Core's `Organization` as a schema.org `GovernmentOrganization`, `NGO` or `Organization`, by kind.

import type { Organization } from '@track4tip/core';
import type { GovernmentOrganizationLeaf, NGOLeaf, OrganizationLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { asNode, defined, imageValue, sameAsValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/** Wikidata item URL, the form `sameAs` expects. */
export function wikidataUrl(id: string | undefined): string | undefined {
  return id === undefined ? undefined : `https://www.wikidata.org/wiki/${id}`;
}

const TYPE = {
  governmental: 'GovernmentOrganization',
  nongovernmental: 'NGO',
  intergovernmental: 'Organization',
  association: 'Organization',
  network: 'Organization',
} as const;

/**
 * An organisation or unit; a unit links its parent with `parentOrganization`; its website, logo,
 * images and `sameAs` pages (its Wikidata page first) are the record's.
 */
export function organizationNode(
  org: Organization,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const node = defined({
    '@type': TYPE[org.kind],
    '@id': ctx.idOf('organizations', org.id),
    alternateName: org.acronym,
    description: org.description,
    image: imageValue(org.image),
    logo: org.logo,
    name: org.name,
    parentOrganization:
      org.parent === undefined ? undefined : ctx.ref('organizations', org.parent, path, 'parent'),
    sameAs: sameAsValue(wikidataUrl(org.wikidataId), org.sameAs),
    url: org.url,
  } as const) satisfies OrganizationLeaf | GovernmentOrganizationLeaf | NGOLeaf;
  return asNode(node);
}
