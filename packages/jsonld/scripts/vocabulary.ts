// Build-time generation: the compact vocabulary table used by `@track4tip/jsonld/validate`
// (src/validate/vocabulary.generated.ts), derived from a schema.org release file (the
// "schemaorg-current-https.jsonld" download of a release). The release in use is vendored in
// vocabulary/ with its origin and SHA-256 in vocabulary/sources.json.
// `pnpm --filter @track4tip/jsonld vocabulary` writes the file;
// `test/vocabulary-regenerate.test.ts` regenerates it and requires the same bytes.
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

const LINE_WIDTH = 100;

// Term names and the space-separated lists of them: no quote, backslash or control character,
// so a single-quoted literal needs no escape.
function quoted(value: string): string {
  if (!/^[\w .:-]*$/.test(value)) {
    throw new Error(`unexpected character in schema.org term ${JSON.stringify(value)}`);
  }
  return `'${value}'`;
}

// Biome quotes a property name only when it is not an identifier.
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quoted(name));

/** One `key: value,` entry at an indent, broken as Biome breaks it when it is too long. */
function entry(indent: string, name: string, value: string | readonly [string, string]): string {
  const k = key(name);
  if (typeof value === 'string') {
    const line = `${indent}${k}: ${quoted(value)},`;
    // A string value moves to its own line, unless the key is shorter than 5 characters.
    if (line.length <= LINE_WIDTH || k.length < 5) return line;
    return `${indent}${k}:\n${indent}  ${quoted(value)},`;
  }
  const line = `${indent}${k}: [${value.map(quoted).join(', ')}],`;
  if (line.length <= LINE_WIDTH) return line;
  return [
    `${indent}${k}: [`,
    ...value.map((item) => `${indent}  ${quoted(item)},`),
    `${indent}],`,
  ].join('\n');
}

/** `export const name: type = /* @__PURE__ *\/ deepFreeze({ … });`, one entry per line. */
function table(
  doc: string,
  declaration: string,
  object: Record<string, string | readonly [string, string]>,
): string {
  const head = `${declaration} = /* @__PURE__ */ deepFreeze(`;
  const fits = `${head}{`.length <= LINE_WIDTH;
  const indent = fits ? '' : '  ';
  const keys = Object.keys(object).sort(byCodeUnit);
  const body =
    keys.length === 0
      ? '{}'
      : `{\n${keys.map((name) => entry(`${indent}  `, name, object[name] as string | readonly [string, string])).join('\n')}\n${indent}}`;
  const call = `/* @__PURE__ */ deepFreeze(${body});`;
  return `${doc}\n${fits ? `${declaration} = ${call}` : `${declaration} =\n  ${call}`}\n`;
}

/**
 * The text of src/validate/vocabulary.generated.ts for a schema.org release file.
 *
 * @param document - the parsed "schemaorg-current-https.jsonld" of the release
 * @param release - the release, e.g. "29.4"
 */
export function deriveVocabulary(document: unknown, release: string): string {
  if (!/^\d+\.\d+$/.test(release)) throw new Error(`not a schema.org release: ${release}`);
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

  return `// Generated by packages/jsonld/scripts/vocabulary.ts from the schema.org vocabulary, release ${release}
// (the release file vendored in packages/jsonld/vocabulary/, pinned by SHA-256 in sources.json).
// Do not edit by hand: \`pnpm --filter @track4tip/jsonld vocabulary\` regenerates it, and
// test/vocabulary-regenerate.test.ts checks that it is current.
//
// Source: schema.org (https://schema.org/docs/releases.html#v${release}), licensed under the
// Creative Commons Attribution-ShareAlike License 3.0 (https://creativecommons.org/licenses/by-sa/3.0/).
// This table is a derived work (names, class hierarchy, domains, ranges, enumeration members and
// supersedence only) and is shared under the same licence.

import { deepFreeze } from './freeze.js';

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

// Frozen so that no consumer can change what the validator believes (tables are read-only data).

${table(
  "/** Class name -> space-separated direct super-classes ('' for the root). */",
  'export const CLASSES: Readonly<Record<string, string>>',
  classes,
)}
${table(
  '/** Property name -> [space-separated domainIncludes, space-separated rangeIncludes]. */',
  'export const PROPERTIES: Readonly<Record<string, readonly [string, string]>>',
  properties,
)}
${table(
  '/** Enumeration member name -> space-separated enumeration classes it is an instance of. */',
  'export const ENUMERATION_MEMBERS: Readonly<Record<string, string>>',
  members,
)}
${table(
  '/** Term name -> space-separated terms that supersede it. */',
  'export const SUPERSEDED_BY: Readonly<Record<string, string>>',
  superseded,
)}`;
}
