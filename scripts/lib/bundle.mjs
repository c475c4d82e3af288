// The one way this repository bundles a snippet as a web page ships it, and measures what it
// costs: esbuild, browser, ESM, ES2022, minified, tree-shaken, production `NODE_ENV`; sizes are
// min+gzip at level 9. The benchmark (bench/src/sizes.mjs, whose figures are published in the
// README and docs/benchmarks.md), the size budgets (bench/test/size-budget.test.ts, budgets in
// bench/src/jobs.mjs) and the packages' bundle tests all go through `bundle`, so a size in a test
// and a size in the docs are the same number.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a snippet for the browser as an application would ship it.
 *
 * @param {{ entry: string } | { contents: string, resolveDir: string }} snippet - A file
 *   (absolute path), or source text (JavaScript or TypeScript) whose imports resolve from
 *   `resolveDir` (a package's folder, whose dependencies are linked there).
 * @param {{ source?: boolean, external?: readonly string[], plugins?: import('esbuild').Plugin[] }} [options]
 *   `source`: resolve the workspace packages to their TypeScript sources (the `@track4tip/source`
 *   condition) instead of their built `dist`; sizes are measured without it, from what a consumer
 *   of the published packages gets. `external`: packages the page already ships (e.g. React).
 *   `plugins`: esbuild plugins (the bench's virtual CSL files).
 * @returns {Promise<import('./bundle.d.mts').Bundle>}
 */
export async function bundle(snippet, { source = false, external = [], plugins = [] } = {}) {
  const name = 'entry' in snippet ? snippet.entry : 'snippet';
  const result = await build({
    absWorkingDir: ROOT_DIR,
    ...('entry' in snippet
      ? { entryPoints: [snippet.entry] }
      : {
          stdin: {
            contents: snippet.contents,
            resolveDir: snippet.resolveDir,
            loader: 'ts',
            sourcefile: 'snippet.ts',
          },
        }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: source ? ['@track4tip/source'] : [],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...external],
    plugins,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  // A missing export is only a warning to esbuild (the import becomes undefined); here it means
  // the snippet no longer matches the API, so it fails.
  const missing = result.warnings.filter((w) => w.id === 'import-is-undefined');
  if (missing.length > 0) {
    throw new Error(`${name}: ${missing.map((w) => w.text).join('; ')}`);
  }
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${name}`);
  // Only modules that left code in the bundle count: an import that was shaken away is free.
  const used = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const packages = new Set();
  for (const [input, { bytesInOutput }] of Object.entries(used)) {
    if (bytesInOutput === 0) continue;
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(input);
    if (match?.[1]) packages.add(match[1]);
    else if (workspace?.[1]) packages.add(`@track4tip/${workspace[1]}`);
  }
  return {
    code: output.text,
    min: output.contents.byteLength,
    gzip: gzipSize(output.contents),
    packages: [...packages].sort(),
    inputs: Object.keys(result.metafile.inputs),
  };
}

/**
 * Size in bytes after gzip at level 9.
 *
 * @param {string | Uint8Array} data
 * @returns {number}
 */
export const gzipSize = (data) =>
  gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).byteLength;
