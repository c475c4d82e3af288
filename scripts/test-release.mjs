#!/usr/bin/env node
// Release test: run the project's own release flow end to end against a
// throwaway Verdaccio registry on 127.0.0.1, on a temporary copy of the
// repository (the working tree is never touched):
//   changeset file → `pnpm changeset version` (fixed group bump + CHANGELOGs)
//   → `pnpm release` (build, package checks, `changeset publish`)
//   → npm install from the registry into a fresh project → import, require, bin.
// Provenance is switched off by environment for this run only: it needs the
// OIDC identity of a CI provider (see docs/release.md).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliRuns, runWithNode, writeRuntimeConsumers } from './lib/consumer.mjs';
import { freePort, pnpmVersion, publishedPackages, root, run, tempDir } from './lib/workspace.mjs';

const started = Date.now();
const results = [];
const record = (name, ok, detail = '') => {
  results.push({ name, ok });
  const t = `[${((Date.now() - started) / 1000).toFixed(0)} s]`;
  console.log(`${ok ? '✓' : '✗'} ${t} ${name}${detail ? `  ${detail}` : ''}`);
  if (!ok) finish();
};
const work = tempDir('track4tip-release-');

// Environment for every child: nothing inherited from a surrounding `pnpm run`
// may point npm or pnpm at the real registry configuration.
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(npm_config_|npm_package_|npm_lifecycle_|NPM_CONFIG_|PNPM_)/i.test(k),
  ),
);

// 1. Verdaccio, installed once per lockfile hash outside the workspace.
const verdaccioSrc = join(root, 'scripts', 'verdaccio');
const lockHash = createHash('sha256')
  .update(readFileSync(join(verdaccioSrc, 'package-lock.json')))
  .digest('hex')
  .slice(0, 12);
const verdaccioDir = join(root, 'node_modules', '.cache', `track4tip-verdaccio-${lockHash}`);
const verdaccioBin = join(verdaccioDir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
if (!existsSync(verdaccioBin)) {
  mkdirSync(verdaccioDir, { recursive: true });
  cpSync(join(verdaccioSrc, 'package.json'), join(verdaccioDir, 'package.json'));
  cpSync(join(verdaccioSrc, 'package-lock.json'), join(verdaccioDir, 'package-lock.json'));
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: verdaccioDir,
    env: baseEnv,
  });
}

const port = await freePort();
const registry = `http://127.0.0.1:${port}/`;
const storage = join(work, 'registry', 'storage');
mkdirSync(storage, { recursive: true });
writeFileSync(join(work, 'registry', 'htpasswd'), '');
const config = join(work, 'registry', 'config.yaml');
writeFileSync(
  config,
  `storage: ${storage}
auth:
  htpasswd:
    file: ${join(work, 'registry', 'htpasswd')}
    max_users: 10
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  '@track4tip/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    proxy: npmjs
listen: 127.0.0.1:${port}
log: { type: stdout, format: pretty, level: warn }
web: { enable: false }
publish: { allow_offline: true }
`,
);

const server = spawn(
  process.execPath,
  [verdaccioBin, '--config', config, '--listen', `127.0.0.1:${port}`],
  {
    env: baseEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let serverLog = '';
server.stdout.on('data', (d) => {
  serverLog += d;
});
server.stderr.on('data', (d) => {
  serverLog += d;
});
let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  server.kill('SIGTERM');
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0 && serverLog) console.error(`--- registry log ---\n${serverLog.slice(-4000)}`);
  console.log(`\nrelease test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`release: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
process.on('uncaughtException', (error) => {
  results.push({ name: 'uncaught', ok: false });
  console.error(error);
  finish();
});

async function waitForRegistry() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${registry}-/ping`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the registry did not start on ${registry}`);
}
await waitForRegistry();
record(`Verdaccio started on ${registry}`, true);

// A throwaway user; its token goes into a temporary npmrc used by npm and pnpm.
const user = await fetch(`${registry}-/user/org.couchdb.user:release-test`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'release-test', password: 'release-test-password' }),
});
const { token } = await user.json();
record('registry user created', user.ok && typeof token === 'string');
const npmrc = join(work, 'npmrc');
writeFileSync(npmrc, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
// `changeset publish` makes annotated tags (`git tag NAME -m NAME`), which need a
// committer identity, and it ignores git's failure. A fresh CI runner or an
// empty HOME has no global identity, so every git call this test causes gets
// one from the environment. The user's global and system git config are neither
// read nor touched, so this test sees what a fresh runner sees on every machine.
const gitConfig = join(work, 'gitconfig');
writeFileSync(gitConfig, '');
const gitIdentity = {
  GIT_CONFIG_GLOBAL: gitConfig,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'release-test',
  GIT_AUTHOR_EMAIL: 'release-test@localhost',
  GIT_COMMITTER_NAME: 'release-test',
  GIT_COMMITTER_EMAIL: 'release-test@localhost',
};
const env = {
  ...baseEnv,
  ...gitIdentity,
  npm_config_registry: registry,
  NPM_CONFIG_USERCONFIG: npmrc,
  npm_config_cache: join(work, 'npm-cache'),
  NPM_CONFIG_PROVENANCE: 'false',
  TURBO_TELEMETRY_DISABLED: '1',
};

// 2. A copy of the working tree (tracked and untracked files, not ignored ones),
//    made a git repository so `changeset publish` can tag it.
const repo = join(work, 'repo');
const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  capture: true,
})
  .split('\0')
  .filter((f) => f && existsSync(join(root, f)));
for (const f of files) {
  mkdirSync(dirname(join(repo, f)), { recursive: true });
  cpSync(join(root, f), join(repo, f));
}
const git = (...args) => run('git', args, { cwd: repo, env, capture: true });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'snapshot for the release test');
record(`copied ${files.length} files to a temporary repository`, true);

// npm gives `publishConfig` precedence over every config source but command-line
// flags, so NPM_CONFIG_PROVENANCE=false cannot switch off `publishConfig.provenance`.
// That is deliberate (a publish from a laptop fails instead of shipping without
// provenance); in this throwaway copy only, the field is set to false.
for (const p of publishedPackages()) {
  const file = join(repo, 'packages', p.dir.split('/').pop(), 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.publishConfig.provenance = false;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}
git('commit', '-q', '-am', 'release test: no OIDC identity here, so no provenance');

const pnpm = (args) => run('npx', ['-y', `pnpm@${pnpmVersion}`, ...args], { cwd: repo, env });
// The lockfile is the repository's; the store already holds what it names.
pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);
record('pnpm install --frozen-lockfile in the copy', true);

// 3. A changeset and `changeset version`.
const before = publishedPackages().map((p) => p.name);
const oldVersion = publishedPackages()[0].version;
writeFileSync(
  join(repo, '.changeset', 'release-test.md'),
  `---\n'${before[0]}': minor\n---\n\nRelease test: a throwaway minor release.\n`,
);
pnpm(['changeset', 'version']);
const manifests = Object.fromEntries(
  publishedPackages().map((p) => {
    const dir = join(repo, 'packages', p.dir.split('/').pop());
    return [p.name, { dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }];
  }),
);
const versions = new Set(Object.values(manifests).map((m) => m.pkg.version));
const [version] = versions;
record(
  `changeset version bumps the fixed group together (${oldVersion} → ${version})`,
  versions.size === 1 && version !== oldVersion,
  [...versions].join(', '),
);
record(
  'changeset version writes a CHANGELOG.md for every package',
  Object.values(manifests).every(
    (m) =>
      existsSync(join(m.dir, 'CHANGELOG.md')) &&
      readFileSync(join(m.dir, 'CHANGELOG.md'), 'utf8').includes(`## ${version}`),
  ),
);
git('add', '-A');
git('commit', '-q', '-m', `Version packages (${version})`);

// 4. The project's own release command.
pnpm(['release']);
record('pnpm release (build, check:packages, changeset publish)', true);
const tags = git('tag', '--list').trim().split('\n').filter(Boolean);
record(
  'changeset publish tags every package',
  before.every((name) => tags.includes(`${name}@${version}`)),
  tags.join(', '),
);
for (const name of before) {
  const view = JSON.parse(
    run('npm', ['view', `${name}@${version}`, '--json'], { cwd: work, env, capture: true }),
  );
  const internal = Object.entries(view.dependencies ?? {}).filter(([d]) =>
    d.startsWith('@track4tip/'),
  );
  record(
    `${name}@${version} is on the registry with real ranges for internal dependencies`,
    view.version === version && internal.every(([, range]) => range === `^${version}`),
    internal.map(([d, r]) => `${d}@${r}`).join(' '),
  );
}

// 5. Install from the registry into a fresh project and use the packages.
const consumer = join(work, 'consumer');
mkdirSync(consumer);
writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
// citeproc is the optional peer of @track4tip/cite/engine: a user of the engine installs it beside.
const citeManifest = JSON.parse(
  readFileSync(join(root, 'packages', 'cite', 'package.json'), 'utf8'),
);
const citeproc = `citeproc@${citeManifest.peerDependencies.citeproc}`;
run(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...before.map((n) => `${n}@${version}`),
    citeproc,
  ],
  { cwd: consumer, env },
);
record('npm install from the registry into a fresh project', true);
for (const file of writeRuntimeConsumers(consumer)) {
  const r = runWithNode('current', file, consumer);
  record(`${file} runs against the published packages`, r.failed === 0 && r.status === 0, r.stderr);
}
for (const { args, expect } of cliRuns) {
  const res = spawnSync('npx', ['--no-install', 'track4tip', ...args], {
    cwd: consumer,
    env,
    encoding: 'utf8',
  });
  record(
    `published track4tip ${args.join(' ')}`,
    res.status === 0 && expect.test(res.stdout + res.stderr),
    res.status === 0 ? '' : res.stdout + res.stderr,
  );
}

finish();
