import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BENCH_DIR } from './paths.mjs';

// citeproc-js alone needs the consumer to ship a style and a locale; they come from the files
// citation-js bundles, so both citation competitors format with the same APA style.
const cslFiles = {
  name: 'csl-apa-en-us',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^virtual:csl-apa-en-us$/ }, (args) => ({
      path: args.path,
      namespace: 'csl',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'csl' }, () => {
      const lib = join(BENCH_DIR, 'node_modules/@citation-js/plugin-csl/lib');
      const styles = JSON.parse(readFileSync(join(lib, 'styles.json'), 'utf8'));
      const locales = JSON.parse(readFileSync(join(lib, 'locales.json'), 'utf8'));
      return {
        contents: `export const apaStyle = ${JSON.stringify(styles.apa)};\nexport const enUsLocale = ${JSON.stringify(locales['en-US'])};`,
        loader: 'js',
      };
    });
  },
};

/**
 * Bundles one consumer snippet for the browser as an application would ship it: esbuild, ESM,
 * minified, tree-shaken, production `NODE_ENV`.
 *
 * @param {string} entry - Path of the snippet, relative to `bench/snippets/`.
 * @param {{ source?: boolean, external?: readonly string[] }} [options] - `source`: resolve the
 *   workspace packages to their TypeScript sources (the `@track4tip/source` condition) instead of
 *   their built `dist`; `external`: packages the page already ships (e.g. React).
 * @returns {Promise<{ min: number, gzip: number, packages: string[], code: string }>} Minified
 *   bytes, min+gzip bytes (level 9), and the npm packages that ended up in the bundle.
 */
export async function bundle(entry, { source = false, external = [] } = {}) {
  const result = await build({
    absWorkingDir: BENCH_DIR,
    entryPoints: [join(BENCH_DIR, 'snippets', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: source ? ['@track4tip/source'] : [],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...external],
    plugins: [cslFiles],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  // A missing export is only a warning to esbuild (the import becomes undefined); here it means
  // the snippet no longer matches the API, so it fails.
  const missing = result.warnings.filter((w) => w.id === 'import-is-undefined');
  if (missing.length > 0) {
    throw new Error(`${entry}: ${missing.map((w) => w.text).join('; ')}`);
  }
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  // Only modules that left code in the bundle count: an import that was shaken away is free.
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const packages = new Set();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    if (bytesInOutput === 0) continue;
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    if (match?.[1]) packages.add(match[1]);
    else if (/(?:^|\/)packages\/([^/]+)\//.test(input)) {
      packages.add(`@track4tip/${/(?:^|\/)packages\/([^/]+)\//.exec(input)?.[1]}`);
    }
  }
  return {
    min: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    packages: [...packages].sort(),
    code: output.text,
  };
}
