/**
 * The built command, spawned as a user runs it: the bin's shebang and exit codes, and the split
 * between stdout and stderr. Builds the CLI and its dependencies first (turbo caches the build).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

const packageDir = resolve(import.meta.dirname, '..');
const root = resolve(packageDir, '../..');
const bin = resolve(packageDir, packageJson.bin.track4tip);

const track4tip = (...args: string[]) =>
  spawnSync(bin, args, { cwd: packageDir, encoding: 'utf8', timeout: 60_000 });

describe('the built track4tip command', () => {
  beforeAll(() => {
    // turbo needs the package manager on PATH: run it through the pinned pnpm.
    const { packageManager } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    execFileSync(
      'npx',
      [
        '-y',
        packageManager,
        'exec',
        'turbo',
        'run',
        'build',
        '--filter=@track4tip/cli...',
        '--output-logs=errors-only',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }, 600_000);

  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const out = track4tip('--version');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${packageJson.version}\n`);
  });

  it('prints results on stdout and nothing on stderr on success', () => {
    const out = track4tip('cite', 'unodc-webinar', '--locale', 'es-ES');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Seminario web');
    expect(out.stderr).toBe('');
  });

  it('exits with 1 on invalid input, the diagnostic on stderr only', () => {
    const out = track4tip('cite', 'unodc-webinar', '--style', 'nope', '--json');
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(JSON.parse(out.stderr).problems[0]).toMatchObject({
      code: 'UNKNOWN_STYLE',
      path: '--style',
    });
  });

  it('exits with 2 on a usage error', () => {
    const out = track4tip('validate');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("missing required argument 'file'");
  });

  it('runs with no arguments, as `pnpm start` does', () => {
    const out = track4tip();
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('# JSON-LD (unodc-webinar)');
    expect(out.stdout).toContain('Award No. SSJTIP19CA0027');
  });
});
