import { fileURLToPath } from 'node:url';

/** The bench package's folder. */
export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root. */
export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));
