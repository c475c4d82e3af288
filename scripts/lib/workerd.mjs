// Run a worker module in Cloudflare's workerd (from the `workerd` npm package) and fetch it
// once. The module is bundled with esbuild as Wrangler bundles a worker: browser platform,
// the `workerd` and `worker` export conditions first, Node built-ins left to the runtime
// (Node.js compatibility is on by default at the compatibility dates this workerd supports).
// Not a size measurement (sizes: scripts/lib/bundle.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { freePort } from './workspace.mjs';

const builtin = new RegExp(`^(node:.*|${builtinModules.join('|').replaceAll('/', '\\/')})$`);

/**
 * `require('node:events')` in a CommonJS dependency becomes an import of the built-in, as
 * Wrangler's Node.js compatibility plugin does: an ES module worker has no `require`.
 */
const requireBuiltinsAsImports = {
  name: 'require-builtins-as-imports',
  setup(build) {
    build.onResolve({ filter: builtin }, (args) =>
      args.kind === 'require-call' ? { path: args.path, namespace: 'require-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'require-builtin' }, (args) => ({
      contents: `import * as m from ${JSON.stringify(args.path)}; module.exports = m.default ?? m;`,
      loader: 'js',
    }));
  },
};

/**
 * Bundle `entry` (which resolves its imports from its own directory), serve it with the workerd
 * binary `workerdBin` on a free local port, fetch `/` and return the response body as text.
 * The compatibility date is the newest the binary supports (its version is 1.YYYYMMDD.n).
 * Throws with the bundler's or workerd's output if the worker cannot be built or started.
 */
export async function fetchFromWorker({ esbuild, workerdBin, workerdVersion, entry, outDir }) {
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    format: 'esm',
    external: ['node:*', ...builtinModules],
    plugins: [requireBuiltinsAsImports],
    outfile: join(outDir, 'worker.mjs'),
    logLevel: 'silent',
  });
  const [, day] = /^1\.(\d{8})\./.exec(workerdVersion) ?? [];
  if (!day) throw new Error(`cannot read a compatibility date from workerd ${workerdVersion}`);
  const port = await freePort();
  writeFileSync(
    join(outDir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}",
);
`,
  );
  const server = spawn(workerdBin, ['serve', 'config.capnp'], {
    cwd: outDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let exited = false;
  server.stdout.on('data', (d) => {
    log += d;
  });
  server.stderr.on('data', (d) => {
    log += d;
  });
  const done = new Promise((resolve) => server.on('exit', resolve));
  done.then(() => {
    exited = true;
  });
  try {
    for (let i = 0; i < 120 && !exited; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        const body = await res.text();
        if (!res.ok) throw new Error(`the worker answered ${res.status}: ${body}\n${log}`);
        return body;
      } catch (error) {
        if (error.message.startsWith('the worker answered')) throw error;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(
      `workerd did not answer on 127.0.0.1:${port}${exited ? ' (it exited)' : ''}:\n${log}`,
    );
  } finally {
    server.kill('SIGTERM');
    await done;
  }
}
