#!/usr/bin/env node
// Tarball consumer test: install the packed packages with npm into fresh
// projects outside the workspace and use them as a user would:
//   - `import` (ESM) and `require` (CommonJS) on Node 20, 22 and 24, Deno and Bun, and a
//     worker module in Cloudflare's workerd; what does not run where is declared in
//     test/consumers/cases.mjs (`runtimes`) and must be exactly what fails
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
  runtimes,
  runWithCommand,
  runWithNode,
  tsSources,
  workerSource,
  writeRuntimeConsumers,
} from './lib/consumer.mjs';
import { fetchFromWorker } from './lib/workerd.mjs';
import { packAll, run, tempDir } from './lib/workspace.mjs';

// Tools the consumer projects take from the registry, pinned so the test is repeatable.
const TYPESCRIPT = '5.9.3';
const ESBUILD = '0.25.12';
// Deno, Bun and workerd ship their binaries in npm packages, pinned in `runtimes`.
const runtimePackages = [
  ...new Set(runtimes.map((r) => r.package).filter((p) => !p.startsWith('node@'))),
];

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

// The runtime project holds the tarballs and what a user installs next to them
// (citeproc, for @track4tip/cite/engine) and nothing else, so a missing
// `dependencies` entry cannot hide behind a tool installed beside it.
const citeManifest = packed.find((p) => p.name === '@track4tip/cite').manifest;
const citeproc = citeManifest.peerDependencies?.citeproc ?? citeManifest.dependencies?.citeproc;
const runtime = project('runtime', [`citeproc@${citeproc}`]);
record('npm install of the tarballs into a fresh project', true);
// The browser bundles are built here too: a user who bundles @track4tip/cite/engine installs its
// optional peer citeproc beside it, so it is installed here as well.
const tooling = project('tooling', [
  `citeproc@${citeproc}`,
  `typescript@${TYPESCRIPT}`,
  `esbuild@${ESBUILD}`,
  ...runtimePackages,
]);
record(`npm install of the tools (${runtimePackages.join(', ')})`, true);
const esbuild = await import(join(tooling, 'node_modules', 'esbuild', 'lib', 'main.js'));
const bin = (name) => join(tooling, 'node_modules', '.bin', name);

// 3. Every case on every runtime. Each run must fail on exactly the entry points its
//    `notRunning` names (so a regression and a stale declaration both fail the test).
// `npx node@22` uses the user's npm cache (as before), so Node.js downloads once per machine.
const { npm_config_cache: _, ...withoutCache } = npmEnv;
const runtimeEnv = {
  ...withoutCache,
  DENO_DIR: join(work, 'deno'),
  DENO_NO_UPDATE_CHECK: '1',
  BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
  DO_NOT_TRACK: '1',
};
const files = writeRuntimeConsumers(runtime);
const expectedRuntime = (rt) => {
  const [name, version] = rt.package.split('@');
  if (name === 'node') return `Node.js ${version}.`;
  if (name === 'workerd') return 'Cloudflare-Workers';
  return `${name === 'deno' ? 'Deno' : 'Bun'} ${version}`;
};
function check(rt, kind, r) {
  const declared = Object.keys(rt.notRunning).sort();
  const failing = r.failures.map((f) => f.specifier).sort();
  const unexpected = r.failures.filter((f) => !declared.includes(f.specifier));
  const ranAnyway = declared.filter((s) => !failing.includes(s));
  const ok =
    unexpected.length === 0 &&
    ranAnyway.length === 0 &&
    r.passed === cases.length - declared.length &&
    r.runtime.startsWith(expectedRuntime(rt)) &&
    // A worker has no exit status; a process must exit 1 exactly when something failed.
    (r.status === undefined || r.status === (declared.length > 0 ? 1 : 0));
  const detail = [
    `${r.passed} of ${cases.length} entry points ok${ok && declared.length > 0 ? `; ${declared.join(', ')} does not run, as declared` : ''}`,
    ...unexpected.map((f) => `unexpected failure: ${f.message}`),
    ...ranAnyway.map(
      (s) =>
        `${s} now runs on ${rt.name}: remove it from \`notRunning\` in test/consumers/cases.mjs and from the README's Runtimes table`,
    ),
    r.runtime.startsWith(expectedRuntime(rt)) ? '' : `ran on ${r.runtime}`,
    ok ? '' : r.stderr,
  ].filter(Boolean);
  record(`${kind} on ${rt.name} (${r.runtime})`, ok, detail.join('\n'));
}
for (const rt of runtimes) {
  if (rt.package.startsWith('workerd@')) continue;
  for (const file of files) {
    const kind = file.endsWith('.mjs') ? 'import' : 'require';
    try {
      let r;
      if (rt.package.startsWith('node@')) {
        const major = rt.package.slice('node@'.length);
        const current = process.versions.node.split('.')[0] === major;
        r = runWithNode(current ? 'current' : major, file, runtime, runtimeEnv);
      } else {
        const [name, ...args] = rt.command;
        r = runWithCommand([bin(name), ...args], file, runtime, runtimeEnv);
      }
      check(rt, kind, r);
    } catch (error) {
      record(`${kind} on ${rt.name}`, false, error.message);
    }
  }
}

// workerd: a worker module with every entry point answers one request.
{
  const rt = runtimes.find((r) => r.package.startsWith('workerd@'));
  const entry = join(runtime, 'worker.mjs');
  writeFileSync(entry, workerSource(cases, 'worker'));
  try {
    const body = await fetchFromWorker({
      esbuild,
      workerdBin: bin('workerd'),
      workerdVersion: rt.package.split('@')[1],
      entry,
      outDir: join(work, 'worker'),
    });
    check(rt, 'worker module', { ...JSON.parse(body), stderr: '' });
  } catch (error) {
    record(`worker module on ${rt.name}`, false, error.message);
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

// 6. Browser bundles: one per entry point, so each is checked for what it pulls in and that it
// runs without Node built-ins. Not a size measurement: sizes are measured once, by
// scripts/lib/bundle.mjs, against the budgets in bench/src/jobs.mjs. This bundles with the
// esbuild installed beside the tarballs, as a user's build would.
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
    if (pulled.length > 0) throw new Error(`bundle pulls in ${pulled.join(', ')}`);
    // Run the bundle: it must work with no Node built-ins.
    const r = runWithNode('current', out, tooling);
    if (r.failed > 0 || r.status !== 0) throw new Error(r.stderr);
    record(name, true);
  } catch (error) {
    record(name, false, error.message);
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nconsumer test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`consumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
