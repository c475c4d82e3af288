// Reads the official CSL styles and locales vendored in `csl/` (copied byte for byte from the
// official repositories by `scripts/refresh-csl.mjs`, which records their commits in
// `csl/sources.json`) and converts them with citeproc-js's own XML reader into the compact JSON
// form this package ships, so that ESM, CJS and browser builds load them without file-system access.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import { type CompactCslNode, compactCslNode, type XmlNode } from '../src/internal/csl-node.js';

/** Where the vendored files come from: each repository and the commit they were copied at. */
export interface CslSources {
  readonly styles: { readonly repository: string; readonly commit: string; readonly date: string };
  readonly locales: { readonly repository: string; readonly commit: string; readonly date: string };
}

/** One vendored style or locale. */
export interface VendoredFile {
  /** The file name in its repository, e.g. `apa.csl` or `locales-en-US.xml`. */
  readonly file: string;
  /** The file's `<updated>` timestamp. */
  readonly updated: string;
  /** The file's `<title>` (styles) or `null` (locales have none). */
  readonly title: string | null;
  /** The file as citeproc-js reads it, compacted. */
  readonly json: CompactCslNode;
}

const cslRoot = join(import.meta.dirname, '..', 'csl');

/** The repositories and commits recorded by the last refresh. */
export function cslSources(): CslSources {
  return JSON.parse(readFileSync(join(cslRoot, 'sources.json'), 'utf8')) as CslSources;
}

/** The named child element of a parsed node, if it has one. */
const childNamed = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node?.children?.find(
    (child): child is XmlNode => typeof child !== 'string' && child.name === name,
  );

/** The text of `<info><name>` (`updated`, `title`) in a parsed style or locale, or null. */
function infoText(root: XmlNode, name: string): string | null {
  const field = childNamed(childNamed(root, 'info'), name);
  const text = (field?.children ?? []).filter((child) => typeof child === 'string').join('');
  return text.trim() === '' ? null : text.trim();
}

function read(folder: 'styles' | 'locales', file: string): VendoredFile {
  const root = CSL.parseXml(readFileSync(join(cslRoot, folder, file), 'utf8')) as XmlNode;
  const updated = infoText(root, 'updated');
  if (updated === null) throw new Error(`csl/${folder}/${file} has no <updated>`);
  return {
    file,
    updated,
    title: folder === 'styles' ? infoText(root, 'title') : null,
    json: compactCslNode(root),
  };
}

/** Every vendored style, by CSL style id (the file name without `.csl`). */
export function readStyles(): Map<string, VendoredFile> {
  const files = readdirSync(join(cslRoot, 'styles')).filter((file) => file.endsWith('.csl'));
  return new Map(files.sort().map((file) => [file.slice(0, -4), read('styles', file)]));
}

/** Every vendored locale, by tag (`locales-en-US.xml` → `en-US`). */
export function readLocales(): Map<string, VendoredFile> {
  const files = readdirSync(join(cslRoot, 'locales')).filter((file) => file.endsWith('.xml'));
  return new Map(
    files.sort().map((file) => [file.slice('locales-'.length, -4), read('locales', file)]),
  );
}
