#!/usr/bin/env node
// Package checks: every published package, packed exactly as it will be
// published, must pass `publint --strict` and `attw` (are-the-types-wrong)
// with no problem under node10, node16 (CJS and ESM) and bundler resolution.
// Run after `pnpm build` (the root `check:packages` script).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packAll, publishedPackages, root, run, tempDir } from './lib/workspace.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

for (const p of publishedPackages()) {
  if (!existsSync(join(p.dir, 'dist'))) {
    console.error(`${p.name}: no dist/ — run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const failures = [];
for (const p of packAll(tempDir('track4tip-check-'))) {
  console.log(`\n■ ${p.name}  (${p.tarball.split('/').pop()})`);
  try {
    // publint reads the tarball directly: what it sees is what npm serves.
    run(bin('publint'), ['run', '--strict', p.tarball]);
  } catch {
    failures.push(`${p.name}: publint --strict`);
  }
  try {
    // The strict profile checks node10, node16-CJS, node16-ESM and bundler.
    // --pack would use `npm pack`, which leaves `workspace:^` unresolved; the
    // pnpm-packed tarball is the one actually published.
    run(bin('attw'), [p.tarball, '--profile', 'strict', '--format', 'table-flipped']);
  } catch {
    failures.push(`${p.name}: attw`);
  }
}

if (failures.length > 0) {
  console.error(`\nPackage checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nPackage checks passed: publint --strict and attw are clean for every package.');
