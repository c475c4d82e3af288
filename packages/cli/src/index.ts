/**
 * The `track4tip` command as a library: {@link run} executes it in-process with your own output
 * streams, which is how the bin and the tests call it.
 *
 * @packageDocumentation
 */

import type { CliIo } from './internal/io.js';
import { runProgram } from './internal/program.js';

export type { CliIo, Problem } from './internal/io.js';
export { EXIT_CODES, type ExitCodes } from './internal/io.js';

/**
 * Runs the `track4tip` command line in-process.
 *
 * @param argv - The arguments after the command name, e.g. `['cite', 'unodc-webinar', '--style', 'apa']`.
 * @param io - Where to write standard output and diagnostics (and, optionally, how to read files).
 * @returns The exit code: 0 success, 1 invalid input, 2 usage error (see {@link EXIT_CODES}).
 * @example
 * ```ts
 * import { run } from '@track4tip/cli';
 * let out = '';
 * const code = await run(['list'], { stdout: (s) => { out += s; }, stderr: (s) => process.stderr.write(s) });
 * console.log(code, out.includes('unodc-webinar')); // 0 true
 * ```
 */
export function run(argv: readonly string[], io: CliIo): Promise<number> {
  return runProgram(argv, io);
}
