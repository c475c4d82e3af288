import { organizations as fixtureOrganizations, type Organization } from '@track4tip/core';
import { CiteError } from '../errors.js';

/**
 * The organisation with an id: the caller's own first, then the fixtures'. Throws `INVALID_INPUT`
 * at `path`, telling the caller where to pass it, when neither has it.
 */
export function findOrganization(
  id: string,
  own: readonly Organization[] | undefined,
  path: string,
  optionName: string,
): Organization {
  const organization =
    own?.find((candidate) => candidate.id === id) ??
    (Object.hasOwn(fixtureOrganizations, id)
      ? (fixtureOrganizations as Record<string, Organization>)[id]
      : undefined);
  if (organization === undefined) {
    throw new CiteError(
      'INVALID_INPUT',
      path,
      `no organisation with id ${JSON.stringify(id)}; pass it in \`${optionName}\``,
    );
  }
  return organization;
}
