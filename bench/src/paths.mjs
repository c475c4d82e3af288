import { fileURLToPath } from 'node:url';

/** The bench package's folder. */
export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root. */
export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The absolute path of a snippet, from its path relative to `bench/snippets/` (as the jobs name it).
 *
 * @param {string} entry
 */
export const snippet = (entry) => fileURLToPath(new URL(`../snippets/${entry}`, import.meta.url));
