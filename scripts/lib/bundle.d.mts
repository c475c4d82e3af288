import type { Plugin } from 'esbuild';

/** A snippet file (absolute path), or source text whose imports resolve from `resolveDir`. */
export type Snippet = { entry: string } | { contents: string; resolveDir: string };

/** How to bundle: see `bundle`. */
export interface BundleOptions {
  /** Resolve the workspace packages to their sources instead of their built `dist`. */
  source?: boolean;
  /** Packages the page already ships (e.g. React), left out of the bundle. */
  external?: readonly string[];
  /** esbuild plugins. */
  plugins?: Plugin[];
}

/** A snippet bundled as a web page ships it. */
export interface Bundle {
  /** The minified code. */
  code: string;
  /** Minified bytes. */
  min: number;
  /** Min+gzip bytes (level 9). */
  gzip: number;
  /** The npm packages (and `@track4tip/*` workspace packages) that left code in the bundle. */
  packages: string[];
  /** Every file esbuild read, relative to the repository root, shaken away or not. */
  inputs: string[];
}

/** Bundles a snippet with esbuild (browser, ESM, ES2022, minified, production `NODE_ENV`). */
export function bundle(snippet: Snippet, options?: BundleOptions): Promise<Bundle>;

/** Size in bytes after gzip at level 9. */
export function gzipSize(data: string | Uint8Array): number;
