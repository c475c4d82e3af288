#!/usr/bin/env node
// Tarball consumer test: install the packed packages with npm into fresh
// projects outside the workspace and use them as a user would:
//   - `import` (ESM) and `require` (CommonJS) on Node 20, 22 and 24
//   - the `track4tip` bin
//   - TypeScript consumers under moduleResolution node16 (ESM and CJS) and bundler
//   - an esbuild browser bundle per entry point, run, and checked for what it must not pull in
// Run after `pnpm build`. The entry points and their checks live in test/consumers/cases.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cases,
  cliRuns,
  esmSource,
  runWithNode,
  tsSources,
  writeRuntimeConsumers,
} from './lib/consumer.mjs';
import { packAll, run, tempDir } from './lib/workspace.mjs';

// Tools the consumer projects take from the registry, pinned so the test is repeatable.
const TYPESCRIPT = '5.9.3';
const ESBUILD = '0.25.12';
const NODE_MAJORS = ['current', '22', '24'];

const started = Date.now();
const work = tempDir('track4tip-consumers-');
const results = [];
const record = (name, ok, detail = '') => {
  results.push({ name, ok });
  const t = `[${((Date.now() - started) / 1000).toFixed(0)} s]`;
  console.log(`${ok ? '✓' : '✗'} ${t} ${name}${detail ? `  ${detail}` : ''}`);
};

// 1. Pack.
const packed = packAll(join(work, 'tarballs'));
console.log(`packed ${packed.map((p) => p.tarball.split('/').pop()).join(', ')}`);

// 2. Fresh projects. An isolated npm cache directory keeps the user's cache out
//    of it; third-party dependencies (zod, commander, …) come from the registry.
const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache') };
for (const key of Object.keys(npmEnv)) {
  // Settings inherited from a surrounding `pnpm run` must not reach npm.
  if (key.startsWith('npm_config_') && key !== 'npm_config_cache') delete npmEnv[key];
  if (key.startsWith('npm_package_') || key === 'npm_lifecycle_event') delete npmEnv[key];
}
function project(name, extraDeps) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true }, null, 2)}\n`);
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packed.map((p) => p.tarball),
      ...extraDeps,
    ],
    { cwd: dir, env: npmEnv },
  );
  return dir;
}

// The runtime project holds the tarballs and nothing else, so a missing
// `dependencies` entry cannot hide behind a tool installed beside it.
const runtime = project('runtime', []);
record('npm install of the tarballs into a fresh project', true);

// 3. import / require on each Node.
for (const file of writeRuntimeConsumers(runtime)) {
  for (const major of NODE_MAJORS) {
    const label = `${file.endsWith('.mjs') ? 'import' : 'require'} on Node ${major === 'current' ? process.versions.node : major}`;
    try {
      const r = runWithNode(major, file, runtime);
      record(
        label,
        r.failed === 0 && r.status === 0,
        `${r.passed} entry points ok${r.stderr ? `\n${r.stderr}` : ''}`,
      );
    } catch (error) {
      record(label, false, error.message);
    }
  }
}

// 4. The bin.
for (const { args, expect } of cliRuns) {
  const res = spawnSync('npx', ['--no-install', 'track4tip', ...args], {
    cwd: runtime,
    encoding: 'utf8',
    env: npmEnv,
  });
  const out = `${res.stdout}${res.stderr}`;
  record(
    `track4tip ${args.join(' ')}`,
    res.status === 0 && expect.test(out),
    res.status === 0 ? '' : out,
  );
}

// 5. TypeScript and esbuild consumers.
const tooling = project('tooling', [`typescript@${TYPESCRIPT}`, `esbuild@${ESBUILD}`]);
const tsFiles = { esm: [], cjs: [], bundler: [] };
for (const { name, source } of tsSources(cases)) {
  for (const [kind, ext] of [
    ['esm', 'mts'],
    ['cjs', 'cts'],
    ['bundler', 'ts'],
  ]) {
    writeFileSync(join(tooling, `${name}.${ext}`), source);
    tsFiles[kind].push(`${name}.${ext}`);
  }
}
const strict = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: 'es2022',
  lib: ['es2022', 'dom'],
  types: [],
};
const tsconfigs = {
  'node16 (ESM and CJS)': {
    compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' },
    files: [...tsFiles.esm, ...tsFiles.cjs],
  },
  bundler: {
    compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' },
    files: tsFiles.bundler,
  },
};
for (const [name, config] of Object.entries(tsconfigs)) {
  const file = `tsconfig.${name.split(' ')[0]}.json`;
  writeFileSync(join(tooling, file), JSON.stringify(config, null, 2));
  const res = spawnSync(join(tooling, 'node_modules', '.bin', 'tsc'), ['-p', file], {
    cwd: tooling,
    encoding: 'utf8',
  });
  record(
    `tsc, moduleResolution ${name}`,
    res.status === 0,
    res.status === 0 ? '' : res.stdout + res.stderr,
  );
}

// 6. Browser bundles: one per entry point, so each is checked for what it pulls in.
const esbuild = await import(join(tooling, 'node_modules', 'esbuild', 'lib', 'main.js'));
for (const [i, c] of cases.entries()) {
  if (!c.browser) continue;
  const entry = join(tooling, `browser-${i}.mjs`);
  writeFileSync(entry, esmSource([c], `browser bundle`));
  const name = `esbuild browser bundle of ${c.specifier}`;
  try {
    const out = join(tooling, `browser-${i}.bundle.mjs`);
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile: out,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(built.metafile.inputs);
    const pulled = c.notInBundle.filter((pkg) =>
      inputs.some((p) => p.includes(`node_modules/${pkg}/`)),
    );
    const bytes = built.metafile.outputs[Object.keys(built.metafile.outputs)[0]].bytes;
    if (pulled.length > 0) throw new Error(`bundle pulls in ${pulled.join(', ')}`);
    // Run the bundle: it must work with no Node built-ins.
    const r = runWithNode('current', out, tooling);
    if (r.failed > 0 || r.status !== 0) throw new Error(r.stderr);
    record(name, true, `${(bytes / 1024).toFixed(1)} KiB`);
  } catch (error) {
    record(name, false, error.message);
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nconsumer test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`consumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
