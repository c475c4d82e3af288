// Shared helpers for the repository scripts: find the published packages,
// pack them exactly as `pnpm publish` would, and run commands loudly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The pnpm version the repository pins (root package.json `packageManager`). */
export const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .packageManager.replace(/^pnpm@/, '')
  .replace(/\+.*$/, '');

/** Published (non-private) packages under packages/*, in dependency order. */
export function publishedPackages() {
  const dir = join(root, 'packages');
  const pkgs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const path = join(dir, d.name);
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, dir: path, manifest };
    })
    .filter((p) => !p.manifest.private);
  // Dependencies before dependants, so installs and publishes never dangle.
  const names = new Set(pkgs.map((p) => p.name));
  const sorted = [];
  const visit = (p, seen = new Set()) => {
    if (sorted.includes(p) || seen.has(p.name)) return;
    seen.add(p.name);
    for (const dep of Object.keys(p.manifest.dependencies ?? {})) {
      if (names.has(dep))
        visit(
          pkgs.find((q) => q.name === dep),
          seen,
        );
    }
    sorted.push(p);
  };
  for (const p of pkgs) visit(p);
  return sorted;
}

/** Run a command, inheriting stdio unless `capture` is set; throw on failure. */
export function run(cmd, args, { cwd = root, env = process.env, capture = false } = {}) {
  const res = spawnSync(cmd, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    const out = capture ? `\n${res.stdout}\n${res.stderr}` : '';
    throw new Error(
      `\`${cmd} ${args.join(' ')}\` failed with exit code ${res.status} in ${cwd}${out}`,
    );
  }
  return res.stdout ?? '';
}

/**
 * The command that runs the pinned pnpm. Inside `pnpm run`, pnpm is on PATH;
 * elsewhere fall back to `npx -y pnpm@<pinned>`.
 */
export function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${pnpmVersion}`]];
}

/** Run the pinned pnpm. */
export function pnpm(args, opts) {
  const [cmd, pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], opts);
}

/**
 * `pnpm pack` every published package into a fresh temporary directory.
 * pnpm rewrites `workspace:^` ranges to real versions, so the tarballs are
 * byte-for-byte what `pnpm publish` (and so `changeset publish`) uploads.
 * Packages must be built first.
 */
export function packAll(dest = mkdtempSync(join(tmpdir(), 'track4tip-pack-'))) {
  return publishedPackages().map((p) => {
    const out = pnpm(['pack', '--pack-destination', dest], { cwd: p.dir, capture: true });
    const file = out
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.endsWith('.tgz'))
      .pop();
    if (!file) throw new Error(`pnpm pack printed no tarball for ${p.name}:\n${out}`);
    return { ...p, tarball: resolve(dest, file) };
  });
}

/** Make a temporary directory that is removed on exit unless KEEP_TMP is set. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: a debugging switch for scripts run outside turbo
  if (!process.env.KEEP_TMP) {
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (for a local server the test starts). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
