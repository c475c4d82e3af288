import { organizations as fixtureOrganizations, type Organization } from '@track4tip/core';
import { CiteError } from '../errors.js';

/** The organisation with an id, the caller's own first, then the fixtures'; `undefined` if none. */
export function lookupOrganization(
  id: string,
  own: readonly Organization[] | undefined,
): Organization | undefined {
  return (
    own?.find((candidate) => candidate.id === id) ??
    (Object.hasOwn(fixtureOrganizations, id)
      ? (fixtureOrganizations as Record<string, Organization>)[id]
      : undefined)
  );
}

/**
 * The organisation with an id, as {@link lookupOrganization} finds it. Throws `INVALID_INPUT` at
 * `path`, telling the caller where to pass it, when there is none.
 */
export function findOrganization(
  id: string,
  own: readonly Organization[] | undefined,
  path: readonly (string | number)[],
  optionName: string,
): Organization {
  const organization = lookupOrganization(id, own);
  if (organization === undefined) {
    throw new CiteError(
      'INVALID_INPUT',
      `no organisation with id ${JSON.stringify(id)}; pass it in \`${optionName}\``,
      { path },
    );
  }
  return organization;
}
