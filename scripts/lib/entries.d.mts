import type { Options } from 'tsup';

/** The source file of every entry point of the package in `dir` (default: the working directory). */
export function sourceEntries(dir?: string): string[];
/** The tsup options every package builds with; `extra` entries are not exports (a bin). */
export function packageBuild(options?: { extra?: string[] }): Options;
/** The TypeDoc options of the package in `dir`: its entry points. */
export function packageDocs(dir: string): { $schema: string; entryPoints: string[] };
