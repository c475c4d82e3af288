import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT_DIR } from './paths.mjs';

/**
 * @param {string[]} args
 * @returns {{ ms: number, ok: boolean, output: string }}
 */
function turbo(args) {
  const start = performance.now();
  const result = spawnSync(join(ROOT_DIR, 'node_modules/.bin/turbo'), args, {
    cwd: ROOT_DIR,
    encoding: 'utf8',
  });
  return {
    ms: performance.now() - start,
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}`,
  };
}

/**
 * Times `pnpm build` (`turbo run build`, every workspace) twice: cold (`--force`, no cache), then
 * from turbo's cache. The cold build also leaves fresh `dist` folders for the rest of the
 * benchmark; when it fails, the packages alone are built so the other measurements can run.
 *
 * @param {(line: string) => void} log
 * @returns {{ coldMs: number, cachedMs: number, ratio: number } | { error: string }}
 */
export function measureBuild(log) {
  const args = ['run', 'build', '--output-logs=errors-only'];
  log('  pnpm build (cold: turbo --force)');
  const cold = turbo([...args, '--force']);
  if (cold.ok) {
    log('  pnpm build (cached)');
    const cached = turbo(args);
    if (cached.ok) return { coldMs: cold.ms, cachedMs: cached.ms, ratio: cold.ms / cached.ms };
  }
  const packages = turbo([...args, '--filter=./packages/*']);
  if (!packages.ok) {
    throw new Error(
      `building the packages failed (run through \`pnpm bench\`, which puts pnpm on PATH):\n${packages.output}`,
    );
  }
  log(`  pnpm build failed; built the packages alone:\n${cold.output}`);
  return { error: 'pnpm build failed: see the log of `pnpm bench`' };
}
