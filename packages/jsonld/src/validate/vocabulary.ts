// The schema.org vocabulary as the checks read it, made from one of the generated tables: the
// whole of schema.org (schema-org.ts, for `@track4tip/jsonld/validate`) or the part of it a kind
// of page uses (pages/*.generated.ts, for `@track4tip/jsonld/validate/event` and `/article`).

/** The generated tables a {@link Vocabulary} is made from. */
export interface VocabularyTables {
  /** Class name -> space-separated direct super-classes ('' for the root). */
  readonly CLASSES: Readonly<Record<string, string>>;
  /** Property name -> [space-separated domainIncludes, space-separated rangeIncludes]. */
  readonly PROPERTIES: Readonly<Record<string, readonly [string, string]>>;
  /** Enumeration member name -> space-separated enumeration classes it is an instance of. */
  readonly ENUMERATION_MEMBERS: Readonly<Record<string, string>>;
  /** Term name -> space-separated terms that supersede it. */
  readonly SUPERSEDED_BY: Readonly<Record<string, string>>;
}

/**
 * What the checks ask of the vocabulary. A vocabulary with a `scope` is the part of schema.org a
 * kind of page uses: every class it holds comes with all its super-classes, every property of
 * those classes and every member of the enumerations they take, so what it says about them is
 * what the whole vocabulary says; a term it does not hold may still be schema.org's, so it is
 * left unchecked, never called unknown.
 */
export interface Vocabulary {
  /** The schema.org release the tables come from. */
  readonly release: string;
  /** The kind of page this part of the vocabulary serves (`Event pages`); none for all of it. */
  readonly scope: string | undefined;
  /** True when `name` is a class of this vocabulary (data types such as `Text` included). */
  isClass(name: string): boolean;
  /** True when `name` is a property of this vocabulary. */
  isProperty(name: string): boolean;
  /** The enumeration classes `name` is a member of (e.g. `EventScheduled` -> `EventStatusType`). */
  enumerationsOf(name: string): readonly string[];
  /** The terms that supersede `name`, if it is superseded. */
  supersededBy(name: string): readonly string[];
  /** `name` and all its super-classes. */
  ancestors(name: string): ReadonlySet<string>;
  /** True when a class is `ancestor` or one of its sub-classes. */
  isA(name: string, ancestor: string): boolean;
  /** The classes a property is declared on (`domainIncludes`). */
  domainsOf(property: string): readonly string[];
  /** The classes and data types a property expects (`rangeIncludes`). */
  rangesOf(property: string): readonly string[];
  /** Values derived once per property by the checks (their ranges), kept with the vocabulary. */
  readonly derived: Map<string, unknown>;
}

const NONE: readonly string[] = Object.freeze([]);
const has = (table: object, key: string): boolean => Object.hasOwn(table, key);

/** Reads a set of generated tables; `scope` names the kind of page a partial table serves. */
export function createVocabulary(
  tables: VocabularyTables,
  release: string,
  scope?: string,
): Vocabulary {
  const { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY } = tables;
  // A table cell's names, split once per distinct cell: the checks ask for the same few
  // properties' ranges and domains for every value they read. Frozen, since every caller
  // shares them.
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
  const isClass = (name: string): boolean => has(CLASSES, name);
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (name: string): ReadonlySet<string> => {
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
  };
  return {
    release,
    scope,
    isClass,
    isProperty: (name) => has(PROPERTIES, name),
    enumerationsOf: (name) =>
      has(ENUMERATION_MEMBERS, name) ? words(ENUMERATION_MEMBERS[name]) : NONE,
    supersededBy: (name) => (has(SUPERSEDED_BY, name) ? words(SUPERSEDED_BY[name]) : NONE),
    ancestors,
    isA: (name, ancestor) => ancestors(name).has(ancestor),
    domainsOf: (property) => (has(PROPERTIES, property) ? words(PROPERTIES[property]?.[0]) : NONE),
    rangesOf: (property) => (has(PROPERTIES, property) ? words(PROPERTIES[property]?.[1]) : NONE),
    derived: new Map(),
  };
}
