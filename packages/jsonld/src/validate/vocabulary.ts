import {
  CLASSES,
  ENUMERATION_MEMBERS,
  PROPERTIES,
  SCHEMA_ORG_RELEASE,
  SUPERSEDED_BY,
} from './vocabulary.generated.js';

export { SCHEMA_ORG_RELEASE };

const NONE: readonly string[] = Object.freeze([]);
// A table cell's names, split once per distinct cell: the validator asks for the same few
// properties' ranges and domains for every value it reads. Frozen, since every caller shares them.
const split = new Map<string, readonly string[]>();
const words = (value: string | undefined): readonly string[] => {
  if (value === undefined || value === '') return NONE;
  let names = split.get(value);
  if (names === undefined) {
    names = Object.freeze(value.split(' '));
    split.set(value, names);
  }
  return names;
};

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
export function enumerationsOf(name: string): readonly string[] {
  return has(ENUMERATION_MEMBERS, name) ? words(ENUMERATION_MEMBERS[name]) : NONE;
}

/** The terms that supersede `name`, if it is superseded. */
export function supersededBy(name: string): readonly string[] {
  return has(SUPERSEDED_BY, name) ? words(SUPERSEDED_BY[name]) : NONE;
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
export function domainsOf(property: string): readonly string[] {
  return words(PROPERTIES[property]?.[0]);
}

/** The classes and data types a property expects (`rangeIncludes`). */
export function rangesOf(property: string): readonly string[] {
  return words(PROPERTIES[property]?.[1]);
}

/** True when a property may be used on a node with these types (inherited domains count). */
export function propertyFitsTypes(property: string, types: readonly string[]): boolean {
  const domains = domainsOf(property);
  return types.some((type) => domains.some((domain) => isA(type, domain)));
}

/** The whole table, for consistency checks. */
export const VOCABULARY = { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY } as const;
