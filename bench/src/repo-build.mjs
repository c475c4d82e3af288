import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT_DIR } from './paths.mjs';

/** @param {string[]} args */
function turbo(args) {
  const start = performance.now();
  const result = spawnSync(join(ROOT_DIR, 'node_modules/.bin/turbo'), args, {
    cwd: ROOT_DIR,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `turbo ${args.join(' ')} failed (run it through \`pnpm bench\`, which puts pnpm on PATH):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return performance.now() - start;
}

/**
 * Builds every package twice: cold (`--force`, no cache) and then again from turbo's cache. The
 * cold build also leaves fresh `dist` folders for the rest of the benchmark.
 *
 * @param {(line: string) => void} log
 * @returns {{ coldMs: number, cachedMs: number, ratio: number }}
 */
export function measureBuild(log) {
  const args = ['run', 'build', '--filter=./packages/*', '--output-logs=errors-only'];
  log('  pnpm build (cold: turbo --force)');
  const coldMs = turbo([...args, '--force']);
  log('  pnpm build (cached)');
  const cachedMs = turbo(args);
  return { coldMs, cachedMs, ratio: coldMs / cachedMs };
}
