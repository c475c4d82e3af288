// Core's `Country` as a schema.org `Country` (also a `GovernmentOrganization` when it is a party
// to an instrument), with its codes as `PropertyValue` identifiers.

import { type Country, localCountryName } from '@track4tip/core';
import type { CountryLeaf } from 'schema-dts';
import type { NodeContext } from '../graph-context.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdLanguageString, JsonLdNode } from '../types.js';
import { wikidataUrl } from './organization.js';

/**
 * The country's name: as the record writes it (English), plus, for another page language, the
 * name core's `localCountryName` gives for its ISO code (from the runtime's CLDR data) as a
 * language-tagged value. A country no code names keeps its own name only.
 */
function names(country: Country, ctx: NodeContext): string | JsonLdLanguageString[] {
  const { locale } = ctx;
  if (locale === undefined) return country.name;
  const localised = localCountryName(country, locale);
  if (localised === undefined || localised === country.name) return country.name;
  return [
    { '@language': 'en', '@value': country.name },
    { '@language': locale, '@value': localised },
  ];
}

/** A country: ISO 3166-1 codes as identifiers, Wikidata as `sameAs`, its kingdom as `containedInPlace`. */
export function countryNode(
  country: Country,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  const iso = country.iso3166;
  // A sovereign state named as a party to an event ("in coordination with the Kingdom of the
  // Netherlands") acts as a government: schema.org's actor properties expect an Organization.
  const party = country.status === 'sovereign-state' && ctx.derived().coordinating.has(country.id);
  const node = defined({
    '@type': 'Country',
    '@id': ctx.idOf('countries', country.id),
    containedInPlace:
      country.partOf === undefined
        ? undefined
        : ctx.ref('countries', country.partOf, path, 'partOf'),
    identifier:
      iso === undefined
        ? undefined
        : [
            {
              '@type': 'PropertyValue' as const,
              propertyID: 'ISO 3166-1 alpha-2',
              value: iso.alpha2,
            },
            {
              '@type': 'PropertyValue' as const,
              propertyID: 'ISO 3166-1 alpha-3',
              value: iso.alpha3,
            },
            {
              '@type': 'PropertyValue' as const,
              propertyID: 'ISO 3166-1 numeric',
              value: iso.numeric,
            },
          ],
    name: country.name,
    sameAs: wikidataUrl(country.wikidataId),
  } as const) satisfies CountryLeaf;
  // `@type` and `name` are already in place (a country always has a name): set them there, so the
  // key order stays canonical without a copy.
  const out = node as Record<string, unknown>;
  if (party) out['@type'] = ['Country', 'GovernmentOrganization'];
  const name = names(country, ctx);
  if (name !== country.name) out.name = name;
  return asNode(out);
}
