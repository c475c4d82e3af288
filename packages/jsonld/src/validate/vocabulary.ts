import {
  CLASSES,
  ENUMERATION_MEMBERS,
  PROPERTIES,
  SCHEMA_ORG_RELEASE,
  SUPERSEDED_BY,
} from './vocabulary.generated.js';

export { SCHEMA_ORG_RELEASE };

const words = (value: string | undefined): string[] =>
  value === undefined || value === '' ? [] : value.split(' ');

const has = (table: object, key: string): boolean => Object.hasOwn(table, key);

/** True when `name` is a schema.org class (data types such as `Text` included). */
export function isClass(name: string): boolean {
  return has(CLASSES, name);
}

/** True when `name` is a schema.org property. */
export function isProperty(name: string): boolean {
  return has(PROPERTIES, name);
}

/** The enumeration classes `name` is a member of (e.g. `EventScheduled` -> `EventStatusType`). */
export function enumerationsOf(name: string): string[] {
  return has(ENUMERATION_MEMBERS, name) ? words(ENUMERATION_MEMBERS[name]) : [];
}

/** The terms that supersede `name`, if it is superseded. */
export function supersededBy(name: string): string[] {
  return has(SUPERSEDED_BY, name) ? words(SUPERSEDED_BY[name]) : [];
}

const ancestorCache = new Map<string, ReadonlySet<string>>();

/** `name` and all its super-classes. */
export function ancestors(name: string): ReadonlySet<string> {
  const cached = ancestorCache.get(name);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  const queue = [name];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (found.has(next) || !isClass(next)) continue;
    found.add(next);
    queue.push(...words(CLASSES[next]));
  }
  ancestorCache.set(name, found);
  return found;
}

/** True when a class is `ancestor` or one of its sub-classes. */
export function isA(name: string, ancestor: string): boolean {
  return ancestors(name).has(ancestor);
}

/** The classes a property is declared on (`domainIncludes`). */
export function domainsOf(property: string): string[] {
  return words(PROPERTIES[property]?.[0]);
}

/** The classes and data types a property expects (`rangeIncludes`). */
export function rangesOf(property: string): string[] {
  return words(PROPERTIES[property]?.[1]);
}

/** True when a property may be used on a node with these types (inherited domains count). */
export function propertyFitsTypes(property: string, types: readonly string[]): boolean {
  const domains = domainsOf(property);
  return types.some((type) => domains.some((domain) => isA(type, domain)));
}

/** The whole table, for consistency checks. */
export const VOCABULARY = { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY } as const;
