#!/usr/bin/env node
// Package checks: every published package, packed exactly as it will be
// published, must pass `publint --strict` and `attw` (are-the-types-wrong)
// with no problem under node10, node16 (CJS and ESM) and bundler resolution.
// Run after `pnpm build` (the root `check:packages` script). The checks run a
// few at a time (one per core); each one's output is printed whole, in order.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packAll, publishedPackages, root, tempDir } from './lib/workspace.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

for (const p of publishedPackages()) {
  if (!existsSync(join(p.dir, 'dist'))) {
    console.error(`${p.name}: no dist/ — run \`pnpm build\` first.`);
    process.exit(1);
  }
}

/** Runs a command to its end, with its stdout and stderr as one text. */
function check(cmd, args) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => done({ ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (status) => done({ ok: status === 0, output }));
  });
}

const checks = packAll(tempDir('track4tip-check-')).flatMap((p) => [
  // publint reads the tarball directly: what it sees is what npm serves.
  { p, tool: 'publint --strict', cmd: bin('publint'), args: ['run', '--strict', p.tarball] },
  // The strict profile checks node10, node16-CJS, node16-ESM and bundler. --pack would use
  // `npm pack`, which leaves `workspace:^` unresolved; the pnpm-packed tarball is the one
  // actually published.
  {
    p,
    tool: 'attw',
    cmd: bin('attw'),
    args: [p.tarball, '--profile', 'strict', '--format', 'table-flipped'],
  },
]);

const results = new Array(checks.length);
let next = 0;
async function worker() {
  while (next < checks.length) {
    const index = next++;
    results[index] = await check(checks[index].cmd, checks[index].args);
  }
}
await Promise.all(Array.from({ length: availableParallelism() }, worker));

const failures = [];
checks.forEach(({ p, tool }, index) => {
  if (tool === 'publint --strict') console.log(`\n■ ${p.name}  (${p.tarball.split('/').pop()})`);
  process.stdout.write(results[index].output);
  if (!results[index].ok) failures.push(`${p.name}: ${tool}`);
});

if (failures.length > 0) {
  console.error(`\nPackage checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nPackage checks passed: publint --strict and attw are clean for every package.');
