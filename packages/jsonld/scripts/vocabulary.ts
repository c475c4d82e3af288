// Build-time generation: the packed vocabulary tables of the validators, derived from a
// schema.org release file (the "schemaorg-current-https.jsonld" download of a release): the whole
// of it for `@track4tip/jsonld/validate` (src/validate/vocabulary.generated.ts) and the part each
// page validator holds (src/validate/pages/*.generated.ts). The release in use is vendored in
// vocabulary/ with its origin and SHA-256 in vocabulary/sources.json.
// `pnpm --filter @track4tip/jsonld vocabulary` writes the files;
// `test/vocabulary-regenerate.test.ts` regenerates them and requires the same bytes.
//
// Only names, sub-class links, domains, ranges, enumeration members and supersedence are kept,
// so the output stays small and the validator never needs the network. The output is
// deterministic (entries are sorted by code unit, never by locale) and already laid out as the
// formatter (Biome) writes it, so no formatting step is needed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The generated file, relative to packages/jsonld. */
export const VOCABULARY_FILE = 'src/validate/vocabulary.generated.ts';

/** What vocabulary/sources.json records about the vendored release file. */
export interface VocabularySource {
  /** The vendored file in vocabulary/, gzip-compressed. */
  readonly file: string;
  /** The schema.org release, e.g. "29.4". */
  readonly release: string;
  readonly origin: string;
  readonly download: string;
  readonly licence: string;
  /** SHA-256 (hex) of the uncompressed file. */
  readonly sha256: string;
}

/** The SHA-256 of some bytes, in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** vocabulary/sources.json of the package directory `root` (packages/jsonld). */
export function vocabularySource(root: string): VocabularySource {
  return JSON.parse(readFileSync(join(root, 'vocabulary', 'sources.json'), 'utf8'));
}

/**
 * The vendored release file of the package directory `root` (packages/jsonld), uncompressed,
 * after checking its SHA-256 against vocabulary/sources.json (a mismatch throws, naming both
 * hashes).
 */
export function readVendoredVocabulary(root: string): {
  readonly release: string;
  readonly text: string;
} {
  const source = vocabularySource(root);
  const bytes = gunzipSync(readFileSync(join(root, 'vocabulary', source.file)));
  const actual = sha256(bytes);
  if (actual !== source.sha256) {
    throw new Error(
      `vocabulary/${source.file}, uncompressed, has SHA-256 ${actual} but vocabulary/sources.json pins ${source.sha256}`,
    );
  }
  return { release: source.release, text: bytes.toString('utf8') };
}

type Ref = string | { readonly '@id': string };
type Node = Record<string, unknown>;

const list = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/** The local name of a schema.org term (`schema:Event` → `Event`), or undefined for others. */
function local(ref: Ref): string | undefined {
  const id = typeof ref === 'string' ? ref : ref['@id'];
  return id.startsWith('schema:') ? id.slice('schema:'.length) : undefined;
}

const names = (value: unknown): string[] =>
  list(value as Ref | readonly Ref[] | undefined)
    .map(local)
    .filter((name) => name !== undefined);

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const joined = (values: readonly string[]): string =>
  [...new Set(values)].sort(byCodeUnit).join(' ');

// --- Layout: what `biome format` writes for these tables (see biome.json) ---

/**
 * `export const name = \`…\`;`: a template literal with one line per entry. Term names and the
 * lists of them hold no backtick, `$`, backslash or control character, so the literal needs no
 * escape (checked, so a strange release fails here rather than writing a broken file).
 */
function packedTable(doc: string, name: string, lines: readonly string[]): string {
  for (const line of lines) {
    if (!/^[\w .:-]*$/.test(line)) {
      throw new Error(`unexpected character in schema.org term ${JSON.stringify(line)}`);
    }
  }
  return `${doc}\nexport const ${name} = \`\n${lines.join('\n')}\n\`;\n`;
}

/** The four tables, as the generated files hold them. */
interface Tables {
  readonly classes: Record<string, string>;
  readonly properties: Record<string, readonly [string, string]>;
  readonly members: Record<string, string>;
  readonly superseded: Record<string, string>;
}

/** The tables of a whole schema.org release file. */
function readTables(document: unknown): Tables {
  const graph = (document as { '@graph': readonly Node[] })['@graph'];
  if (!Array.isArray(graph)) throw new Error('not a schema.org release file: no @graph');

  const classes: Record<string, string> = {};
  const properties: Record<string, readonly [string, string]> = {};
  const members: Record<string, string> = {};
  const superseded: Record<string, string> = {};
  const types = (node: Node): readonly string[] => list(node['@type'] as string | string[]);
  const classIds = new Set(
    graph
      .filter((node) => types(node).includes('rdfs:Class'))
      .map((node) => local(node['@id'] as string)),
  );

  for (const node of graph) {
    const name = local(node['@id'] as string);
    if (name === undefined) continue;
    const nodeTypes = types(node);
    if (nodeTypes.includes('rdfs:Class')) {
      const parents = names(node['rdfs:subClassOf']);
      // Data types (Text, Date, Boolean…) are instances of schema:DataType rather than
      // sub-classes; recording DataType as their parent lets one ancestor walk answer "is this a
      // data type?".
      if (parents.length === 0 && nodeTypes.includes('schema:DataType')) parents.push('DataType');
      classes[name] = joined(parents);
    } else if (nodeTypes.includes('rdf:Property')) {
      properties[name] = [
        joined(names(node['schema:domainIncludes'])),
        joined(names(node['schema:rangeIncludes'])),
      ];
    } else {
      const enumTypes = nodeTypes
        .map(local)
        .filter((t): t is string => t !== undefined && classIds.has(t));
      if (enumTypes.length > 0) members[name] = joined(enumTypes);
    }
    const replacement = names(node['schema:supersededBy']);
    if (replacement.length > 0) superseded[name] = joined(replacement);
  }
  return { classes, properties, members, superseded };
}

/**
 * The part of schema.org each page validator holds (`@track4tip/jsonld/validate/<page>`): the
 * classes a kind of page carries (`roots` with all their sub-classes, the kinds of web page among
 * them, and the `types` such pages put beside them), each with all its super-classes; every property of those classes; and the
 * enumerations their properties take, with all their members. So what the part says about a
 * term it holds is what the whole vocabulary says.
 *
 * `types` are those of Google's page for the feature and of its Organization page (which applies
 * to the organisations on a page), and every type `toJsonLd` writes.
 */
export const PAGE_VOCABULARIES: readonly {
  readonly page: string;
  readonly scope: string;
  readonly roots: readonly string[];
  readonly types: readonly string[];
}[] = (() => {
  const written = [
    'Article',
    'Audience',
    'Country',
    'CreativeWork',
    'EducationEvent',
    'Event',
    'EventSeries',
    'GeoCoordinates',
    'GovernmentOrganization',
    'Legislation',
    'MonetaryGrant',
    'NGO',
    'NewsArticle',
    'Offer',
    'Organization',
    'PerformanceRole',
    'Person',
    'Place',
    'PostalAddress',
    'Project',
    'PropertyValue',
    'Report',
    'VirtualLocation',
    'WebPage',
  ];
  const organization = ['ContactPoint', 'ImageObject', 'OrganizationRole', 'PostalAddress'];
  return [
    {
      page: 'event',
      scope: 'Event pages',
      roots: ['Event', 'WebPage'],
      types: [...written, ...organization, 'PerformingGroup', 'Schedule'],
    },
    {
      page: 'article',
      scope: 'Article pages',
      roots: ['Article', 'WebPage'],
      types: [...written, ...organization],
    },
  ];
})();

/** The part of `all` a page validator holds (see {@link PAGE_VOCABULARIES}). */
function pageTables(all: Tables, roots: readonly string[], types: readonly string[]): Tables {
  const parents = (name: string): string[] => (all.classes[name] ?? '').split(' ').filter(Boolean);
  const lineage = (name: string, into: Set<string>): void => {
    if (into.has(name) || all.classes[name] === undefined) return;
    into.add(name);
    for (const parent of parents(name)) lineage(parent, into);
  };
  const ancestry = new Map<string, Set<string>>();
  const ancestorsOf = (name: string): Set<string> => {
    let found = ancestry.get(name);
    if (found === undefined) {
      found = new Set();
      lineage(name, found);
      ancestry.set(name, found);
    }
    return found;
  };
  const held = new Set<string>();
  for (const name of Object.keys(all.classes)) {
    // Data types are always held: every property's values are read against them.
    if (roots.some((root) => ancestorsOf(name).has(root)) || ancestorsOf(name).has('DataType'))
      lineage(name, held);
  }
  for (const type of types) {
    if (all.classes[type] === undefined) throw new Error(`no schema.org class ${type}`);
    lineage(type, held);
  }
  // The properties of the held classes, and the enumerations they take with their super-classes;
  // those bring properties of their own, so until nothing is added.
  let properties: Record<string, readonly [string, string]> = {};
  for (let size = -1; size !== held.size; ) {
    size = held.size;
    properties = {};
    for (const [name, [domains, ranges]] of Object.entries(all.properties)) {
      const on = domains.split(' ').filter((domain) => held.has(domain));
      if (on.length > 0) properties[name] = [joined(on), ranges];
    }
    for (const [, ranges] of Object.values(properties)) {
      for (const range of ranges.split(' ')) {
        if (ancestorsOf(range).has('Enumeration')) lineage(range, held);
      }
    }
  }
  const classes: Record<string, string> = {};
  for (const name of held) classes[name] = all.classes[name] as string;
  const members: Record<string, string> = {};
  for (const [name, enumerations] of Object.entries(all.members)) {
    const of = enumerations.split(' ').filter((type) => held.has(type));
    if (of.length > 0) members[name] = joined(of);
  }
  const superseded: Record<string, string> = {};
  for (const [name, by] of Object.entries(all.superseded)) {
    if (held.has(name) || properties[name] !== undefined || members[name] !== undefined)
      superseded[name] = by;
  }
  return { classes, properties, members, superseded };
}

const LICENCE = (
  release: string,
): string => `// Source: schema.org (https://schema.org/docs/releases.html#v${release}), licensed under the
// Creative Commons Attribution-ShareAlike License 3.0 (https://creativecommons.org/licenses/by-sa/3.0/).
// This table is a derived work (names, class hierarchy, domains, ranges, enumeration members and
// supersedence only) and is shared under the same licence.`;

// Positions in the class list, in base 36: never a class name, which always has a capital.
const INDEX = /^[0-9a-z]+$/;

/**
 * The tables packed as the generated files hold them (read back by `unpack` in
 * src/validate/vocabulary.ts): a class name in a list of names becomes its position in the class
 * list, so the many repeated names cost a few characters each. One line per entry, in code-unit
 * order: `name` and its fields, separated by a space; a field's names separated by `.`.
 */
function renderTables(tables: Tables): string {
  const classes = Object.keys(tables.classes).sort(byCodeUnit);
  const position = new Map(classes.map((name, index) => [name, index.toString(36)]));
  for (const name of classes) {
    if (INDEX.test(name)) throw new Error(`class name ${name} reads as a position`);
  }
  // A name the release uses without defining it (an upstream gap) stays a name.
  const field = (names: string): string =>
    names === ''
      ? ''
      : names
          .split(' ')
          .map((name) => position.get(name) ?? name)
          .join('.');
  const lines = <T>(table: Record<string, T>, fields: (value: T) => string[]): string[] =>
    Object.keys(table)
      .sort(byCodeUnit)
      .map((name) => [name, ...fields(table[name] as T)].join(' ').trimEnd());
  return `${packedTable(
    '/** Classes: the name, then its direct super-classes (none for the root). */',
    'CLASSES',
    lines(tables.classes, (parents) => [field(parents)]),
  )}
${packedTable(
  '/** Properties: the name, then the classes of `domainIncludes`, then of `rangeIncludes`. */',
  'PROPERTIES',
  lines(tables.properties, ([domains, ranges]) => [field(domains), field(ranges)]),
)}
${packedTable(
  '/** Enumeration members: the name, then the enumeration classes it is an instance of. */',
  'ENUMERATION_MEMBERS',
  lines(tables.members, (types) => [field(types)]),
)}
${packedTable(
  '/** Superseded terms: the name, then the terms that supersede it (names, space-separated). */',
  'SUPERSEDED_BY',
  lines(tables.superseded, (by) => [by]),
)}`;
}

/**
 * The text of src/validate/vocabulary.generated.ts for a schema.org release file.
 *
 * @param document - the parsed "schemaorg-current-https.jsonld" of the release
 * @param release - the release, e.g. "29.4"
 */
export function deriveVocabulary(document: unknown, release: string): string {
  return deriveVocabularies(document, release).get(VOCABULARY_FILE) as string;
}

/**
 * Every generated vocabulary file for a schema.org release file, by path relative to
 * packages/jsonld: the whole vocabulary (src/validate/vocabulary.generated.ts) and the part each
 * page validator holds (src/validate/pages/<page>.generated.ts).
 *
 * @param document - the parsed "schemaorg-current-https.jsonld" of the release
 * @param release - the release, e.g. "29.4"
 */
export function deriveVocabularies(document: unknown, release: string): Map<string, string> {
  if (!/^\d+\.\d+$/.test(release)) throw new Error(`not a schema.org release: ${release}`);
  const all = readTables(document);
  const files = new Map<string, string>();
  files.set(
    VOCABULARY_FILE,
    `// Generated by packages/jsonld/scripts/vocabulary.ts from the schema.org vocabulary, release ${release}
// (the release file vendored in packages/jsonld/vocabulary/, pinned by SHA-256 in sources.json).
// Do not edit by hand: \`pnpm --filter @track4tip/jsonld vocabulary\` regenerates it, and
// test/vocabulary-regenerate.test.ts checks that it is current.
//
${LICENCE(release)}

/**
 * The schema.org release this table was derived from.
 *
 * @example
 * \`\`\`ts
 * import { SCHEMA_ORG_RELEASE } from '@track4tip/jsonld/validate';
 * console.log(SCHEMA_ORG_RELEASE); // "${release}"
 * \`\`\`
 */
export const SCHEMA_ORG_RELEASE = '${release}';

// Packed (see scripts/vocabulary.ts): the validator reads them into frozen tables on first use.

${renderTables(all)}`,
  );
  for (const { page, scope, roots, types } of PAGE_VOCABULARIES) {
    const part = pageTables(all, roots, types);
    files.set(
      `src/validate/pages/${page}.generated.ts`,
      `// Generated by packages/jsonld/scripts/vocabulary.ts from the schema.org vocabulary, release ${release}:
// the part of it the validator of ${scope} holds (see PAGE_VOCABULARIES there): ${Object.keys(part.classes).length} classes,
// ${Object.keys(part.properties).length} properties, ${Object.keys(part.members).length} enumeration members. Do not edit by hand.
//
${LICENCE(release)}

/** The schema.org release this table was derived from. */
export const RELEASE = '${release}';

/** The kind of page this table serves. */
export const SCOPE = '${scope}';

// Packed (see scripts/vocabulary.ts): the validator reads them into frozen tables on first use.

${renderTables(part)}`,
    );
  }
  return files;
}
