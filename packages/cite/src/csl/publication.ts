import {
  isKnownPublicationKind,
  type KnownPublicationKind,
  type Organization,
  type Person,
  type Publication,
} from '@track4tip/core';
import { CiteError } from '../errors.js';
import { findOrganization, lookupOrganization } from '../internal/organizations.js';
import { calendarDate } from './dates-places.js';
import type { CslItemType, CslName } from './types.js';

/**
 * The CSL type of each known kind of publication; another kind is a `document` with its genre.
 * An article is cited as the web page it is published on: CSL's `article` is a preprint or working
 * paper (Chicago prints "Preprint"), and a web page gives its full date (APA) and its site.
 */
const CSL_TYPE: Readonly<Record<KnownPublicationKind, CslItemType>> = {
  report: 'report',
  'web-page': 'webpage',
  article: 'webpage',
};

/** The CSL type of a publication, and the genre of a kind of the publisher's own words. */
export function publicationType(publication: Publication): {
  type: CslItemType;
  genre?: string;
} {
  return isKnownPublicationKind(publication.kind)
    ? { type: CSL_TYPE[publication.kind] }
    : { type: 'document', genre: publication.kind };
}

// People are looked up in `options.people` only: the fixtures' people (who wrote no publication)
// would otherwise weigh on every page that formats a citation.
function findPerson(
  id: string,
  own: readonly Person[] | undefined,
  path: readonly (string | number)[],
): Person {
  const person = own?.find((candidate) => candidate.id === id);
  if (person === undefined) {
    throw new CiteError(
      'INVALID_INPUT',
      `no organisation or person with id ${JSON.stringify(id)}; pass it in \`options.organizations\` or \`options.people\``,
      { path },
    );
  }
  return person;
}

/**
 * A person as a CSL name: family and given names where the record has them, so styles invert and
 * initial them ("da Silva, M."), or a single name as its family name; else the name as printed,
 * as a literal no style splits.
 */
export function personName(person: Person): CslName {
  if (person.familyName === undefined) return { literal: person.name };
  return person.givenName === undefined
    ? { family: person.familyName }
    : { family: person.familyName, given: person.givenName };
}

/**
 * The authors of a publication, as CSL names: each id is an organisation or a person (see
 * {@link personName}); without authors, the publisher is the author, as for a press release.
 */
export function publicationAuthors(
  publication: Publication,
  organizations: readonly Organization[] | undefined,
  people: readonly Person[] | undefined,
): CslName[] | undefined {
  if (publication.author === undefined) {
    return publication.publisher === undefined
      ? undefined
      : [
          {
            literal: findOrganization(
              publication.publisher,
              organizations,
              ['entity', 'publisher'],
              'options.organizations',
            ).name,
          },
        ];
  }
  return publication.author.map((id, index): CslName => {
    const path = ['entity', 'author', index];
    // An author id names an organisation or a person (core keeps ids unique across both).
    const organization = lookupOrganization(id, organizations);
    if (organization !== undefined) return { literal: organization.name };
    return personName(findPerson(id, people, path));
  });
}

/** The publisher's name, when the publication names its authors (else the publisher is the author). */
export function publisherName(
  publication: Publication,
  organizations: readonly Organization[] | undefined,
): string | undefined {
  if (publication.publisher === undefined || publication.author === undefined) return undefined;
  return findOrganization(
    publication.publisher,
    organizations,
    ['entity', 'publisher'],
    'options.organizations',
  ).name;
}

/** The day it was published, in CSL form. */
export function publishedDate(publication: Publication) {
  return publication.datePublished === undefined
    ? undefined
    : calendarDate(publication.datePublished, ['entity', 'datePublished']);
}
