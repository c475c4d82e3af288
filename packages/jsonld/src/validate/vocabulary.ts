// The schema.org vocabulary as the checks read it, made from one of the generated tables: the
// whole of schema.org (schema-org.ts, for `@track4tip/jsonld/validate`) or the part of it a kind
// of page uses (pages/*.generated.ts, for `@track4tip/jsonld/validate/event` and `/article`).

/**
 * The generated tables as their files hold them, packed (see scripts/vocabulary.ts): a text of
 * one line per entry, its name then its fields, separated by a space; in a field, names separated
 * by `.`, each class name written as its position in `CLASSES` in base 36.
 */
export interface PackedTables {
  readonly CLASSES: string;
  readonly PROPERTIES: string;
  readonly ENUMERATION_MEMBERS: string;
  readonly SUPERSEDED_BY: string;
}

/** The tables a {@link Vocabulary} reads, unpacked. */
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
  /** The tables, unpacked and frozen (read once, on first use). */
  tables(): VocabularyTables;
}

const NONE: readonly string[] = Object.freeze([]);
const has = (table: object, key: string): boolean => Object.hasOwn(table, key);
// A position in the class list, in base 36 (a class name always has a capital).
const INDEX = /^[0-9a-z]+$/;

/** The tables with every class position written back as its name, frozen. */
function unpack(packed: PackedTables): VocabularyTables {
  const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
  const names = lines(packed.CLASSES).map((line) => line.split(' ', 1)[0] as string);
  const field = (value: string | undefined): string =>
    value === undefined || value === ''
      ? ''
      : value
          .split('.')
          .map((token) =>
            INDEX.test(token) ? (names[Number.parseInt(token, 36)] ?? token) : token,
          )
          .join(' ');
  const table = <T>(text: string, read: (fields: string[]) => T) => {
    const out: Record<string, T> = {};
    for (const line of lines(text)) {
      const [name = '', ...fields] = line.split(' ');
      out[name] = read(fields);
    }
    return Object.freeze(out);
  };
  return Object.freeze({
    CLASSES: table(packed.CLASSES, ([parents]) => field(parents)),
    PROPERTIES: table(packed.PROPERTIES, ([domains, ranges]) =>
      Object.freeze([field(domains), field(ranges)] as const),
    ),
    ENUMERATION_MEMBERS: table(packed.ENUMERATION_MEMBERS, ([types]) => field(types)),
    SUPERSEDED_BY: table(packed.SUPERSEDED_BY, (by) => by.join(' ')),
  });
}

/**
 * Reads a set of generated tables (unpacked on first use); `scope` names the kind of page a
 * partial table serves.
 */
export function createVocabulary(
  packed: PackedTables,
  release: string,
  scope?: string,
): Vocabulary {
  let unpacked: VocabularyTables | undefined;
  const tables = (): VocabularyTables => {
    unpacked ??= unpack(packed);
    return unpacked;
  };
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
  const isClass = (name: string): boolean => has(tables().CLASSES, name);
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (name: string): ReadonlySet<string> => {
    const cached = ancestorCache.get(name);
    if (cached !== undefined) return cached;
    const found = new Set<string>();
    const queue = [name];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (found.has(next) || !isClass(next)) continue;
      found.add(next);
      queue.push(...words(tables().CLASSES[next]));
    }
    ancestorCache.set(name, found);
    return found;
  };
  return {
    release,
    scope,
    isClass,
    isProperty: (name) => has(tables().PROPERTIES, name),
    enumerationsOf: (name) => {
      const { ENUMERATION_MEMBERS } = tables();
      return has(ENUMERATION_MEMBERS, name) ? words(ENUMERATION_MEMBERS[name]) : NONE;
    },
    supersededBy: (name) => {
      const { SUPERSEDED_BY } = tables();
      return has(SUPERSEDED_BY, name) ? words(SUPERSEDED_BY[name]) : NONE;
    },
    ancestors,
    isA: (name, ancestor) => ancestors(name).has(ancestor),
    domainsOf: (property) => {
      const { PROPERTIES } = tables();
      return has(PROPERTIES, property) ? words(PROPERTIES[property]?.[0]) : NONE;
    },
    rangesOf: (property) => {
      const { PROPERTIES } = tables();
      return has(PROPERTIES, property) ? words(PROPERTIES[property]?.[1]) : NONE;
    },
    tables,
  };
}
