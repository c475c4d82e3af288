// Core's `Person` as a schema.org `Person`.

import type { Person } from '@track4tip/core';
import type { PersonLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { asNode, defined, imageValue, sameAsValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/**
 * A person: name, honorific and job title as printed, family and given names where the record has
 * them; `description` is the printed designation.
 */
export function personNode(
  person: Person,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const node = defined({
    '@type': 'Person',
    '@id': ctx.idOf('people', person.id),
    description: person.designation,
    familyName: person.familyName,
    givenName: person.givenName,
    honorificPrefix: person.honorific,
    image: imageValue(person.image),
    jobTitle: person.jobTitle,
    name: person.name,
    sameAs: sameAsValue(undefined, person.sameAs),
    url: person.url,
    worksFor:
      person.affiliation === undefined
        ? undefined
        : ctx.ref('organizations', person.affiliation, path, 'affiliation'),
  } as const) satisfies PersonLeaf;
  return asNode(node);
}
