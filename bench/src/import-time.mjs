import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { BENCH_DIR } from './paths.mjs';
import { median } from './stats.mjs';

/** Entry points whose cold import is timed: ours, then two alternatives for scale. */
export const IMPORTS = [
  '@track4tip/core',
  '@track4tip/core/schemas',
  '@track4tip/jsonld',
  '@track4tip/jsonld/validate',
  '@track4tip/cite',
  '@track4tip/cite/engine',
  '@track4tip/cli',
  '@unhead/schema-org',
  '@citation-js/core + @citation-js/plugin-csl',
];

/**
 * @param {string} code
 * @param {number} [attempt]
 * @returns {number} Wall time of `node -e code`, in milliseconds.
 */
function time(code, attempt = 1) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: BENCH_DIR,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = performance.now() - start;
  if (result.status === 0) return elapsed;
  // In a shared working tree another build may be rewriting dist/: wait and try again.
  if (attempt < 4) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
    return time(code, attempt + 1);
  }
  throw new Error(`node -e ${code} failed:\n${result.stderr}`);
}

/**
 * @typedef {{ entry: string, ms: number, baselineMs: number, ratio: number }} ImportResult
 */

/**
 * Times `await import(entry)` in a fresh Node process, `runs` times, each run followed by
 * `node -e 0` (the baseline, measured alternately so both see the same machine).
 *
 * @param {(line: string) => void} log
 * @param {number} [runs]
 * @returns {ImportResult[]}
 */
export function measureImportTime(log, runs = 9) {
  /** @type {ImportResult[]} */ const results = [];
  for (const entry of IMPORTS) {
    log(`  cold import: ${entry}`);
    const code = entry
      .split(' + ')
      .map((name) => `await import(${JSON.stringify(name)});`)
      .join('');
    time(code); // warm the file system cache: the first spawn reads from disk
    /** @type {number[]} */ const ms = [];
    /** @type {number[]} */ const baseline = [];
    for (let run = 0; run < runs; run++) {
      ms.push(time(code));
      baseline.push(time('0'));
    }
    const m = median(ms);
    const b = median(baseline);
    results.push({ entry, ms: m, baselineMs: b, ratio: m / b });
  }
  return results;
}
