#!/usr/bin/env node
// Run right after `pnpm build`: a second build with nothing changed must be
// served entirely from turbo's cache ("FULL TURBO"). A miss means a build
// writes into its own inputs or the turbo.json inputs/outputs are wrong.
import { spawnSync } from 'node:child_process';
import { root } from './lib/workspace.mjs';

const res = spawnSync('turbo', ['run', 'build', '--output-logs=none', '--summarize=false'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
});
const out = `${res.stdout}${res.stderr}`;
if (res.status !== 0 || !out.includes('FULL TURBO')) {
  console.error(`A second \`turbo run build\` was not fully cached:\n${out}`);
  process.exit(1);
}
console.log(
  out
    .split('\n')
    .filter((l) => /Tasks:|Cached:|Time:/.test(l))
    .join('\n'),
);
console.log('turbo cache: second build fully cached (FULL TURBO)');
