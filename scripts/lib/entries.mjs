// The entry points of each package are declared once, in its package.json `exports` map (the
// `@track4tip/source` condition names the source file of each subpath). The build (tsup) and the
// API reference (TypeDoc) read them from there, through these helpers.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The source file of every entry point of the package in `dir`, relative to it (e.g.
 * `src/validate.ts`), in the order of its `exports` map.
 *
 * @param {string} [dir] - The package's directory (default: the working directory).
 * @returns {string[]}
 */
export function sourceEntries(dir = process.cwd()) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  /** @type {string[]} */ const files = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source =
      target !== null && typeof target === 'object' ? target['@track4tip/source'] : undefined;
    if (typeof source === 'string') files.push(source.replace(/^\.\//, ''));
    else if (subpath !== './package.json') {
      throw new Error(`${manifest.name}: export "${subpath}" has no "@track4tip/source" file`);
    }
  }
  if (files.length === 0) throw new Error(`${manifest.name}: no entry point in "exports"`);
  return files;
}

/**
 * The tsup options every package builds with: ESM and CommonJS, declarations, source maps, one
 * file per entry point of its `exports` map, and `extra` entries that are not exports (the CLI's
 * bin).
 *
 * @param {{ extra?: string[] }} [options]
 */
export function packageBuild({ extra = [] } = {}) {
  return {
    entry: [...sourceEntries(), ...extra],
    format: /** @type {('esm' | 'cjs')[]} */ (['esm', 'cjs']),
    // Declarations read the other packages' built declarations, as a user's compiler does, not
    // their sources (which their own builds have already checked).
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
  };
}

/**
 * The TypeDoc options of the package in `dir`: its entry points, as absolute paths.
 *
 * @param {string} dir
 */
export function packageDocs(dir) {
  return {
    $schema: 'https://typedoc.org/schema.json',
    entryPoints: sourceEntries(dir).map((file) => resolve(dir, file)),
  };
}
