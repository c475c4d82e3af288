// How the packages' tests bundle a snippet the way a web page would (esbuild: browser, ESM,
// minified), resolving the workspace packages to their sources; sizes are min+gzip at level 9.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A bundled snippet: its code and the files it was made of. */
export interface Bundle {
  readonly code: string;
  readonly inputs: readonly string[];
}

/**
 * Bundles `contents` (JavaScript or TypeScript) as a page would, resolving its imports from
 * `dir` (a package's folder, whose dependencies are linked there).
 */
export async function bundleSnippet(contents: string, dir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@track4tip/source'],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return {
    code: result.outputFiles[0]?.text ?? '',
    inputs: Object.keys(result.metafile.inputs),
  };
}

/** Size in bytes after gzip at level 9. */
export const gzipSize = (code: string): number => gzipSync(code, { level: 9 }).length;
