// Generate and run consumer programs against installed @track4tip packages.
// Used by the tarball consumer test and by the release test.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, cliRuns, runtimes } from '../../test/consumers/cases.mjs';

export { cases, cliRuns, runtimes };

// A tiny assert, inlined into every generated file so the browser bundle needs no Node built-ins.
const assertSource = `const assert = {
  ok(value, message = 'expected a truthy value') { if (!value) throw new Error(message); },
  equal(actual, expected, message) {
    if (actual !== expected) throw new Error(message ?? \`expected \${JSON.stringify(expected)}, got \${JSON.stringify(actual)}\`);
  },
  match(actual, re, message) {
    if (typeof actual !== 'string' || !re.test(actual)) throw new Error(message ?? \`expected \${JSON.stringify(actual)} to match \${re}\`);
  },
  throws(fn, message = 'expected a throw') { try { fn(); } catch { return; } throw new Error(message); },
};`;

function casesSource(selected) {
  return `[\n${selected
    .map(
      (c, i) =>
        `  { specifier: ${JSON.stringify(c.specifier)}, exports: ${JSON.stringify(c.exports)}, module: m${i}, smoke: ${c.smoke.toString()} },`,
    )
    .join('\n')}\n]`;
}

// Runs every case; returns the summary instead of printing it, so a worker can answer with it.
const runCasesSource = `async function runCases(label) {
  const failures = [];
  let passed = 0;
  for (const c of cases) {
    const missing = c.exports.filter((name) => !(name in c.module));
    try {
      if (missing.length > 0) throw new Error(\`missing named exports: \${missing.join(', ')}\`);
      await c.smoke(c.module, assert, core);
      passed++;
    } catch (error) {
      failures.push({ specifier: c.specifier, message: \`\${label} \${c.specifier}: \${error && error.message}\` });
    }
  }
  return { label, runtime: runtimeName(), passed, failed: failures.length, failures };
}
function runtimeName() {
  if (typeof Deno !== 'undefined') return \`Deno \${Deno.version.deno}\`;
  if (typeof Bun !== 'undefined') return \`Bun \${Bun.version}\`;
  // workerd's Node.js compatibility defines process.versions.node too.
  const agent = globalThis.navigator && globalThis.navigator.userAgent;
  if (agent === 'Cloudflare-Workers') return agent;
  if (typeof process !== 'undefined' && process.versions && process.versions.node) return \`Node.js \${process.versions.node}\`;
  return agent || 'unknown';
}`;

// The last stdout line is the summary runWithNode and runWithCommand read.
const printSource = (label) => `
const summary = await runCases(${JSON.stringify(label)});
for (const f of summary.failures) console.error('✗ ' + f.message);
console.log(JSON.stringify(summary));
if (summary.failed > 0 && typeof process !== 'undefined') process.exitCode = 1;
`;

// The module's imports (`m0`, `m1`, … and `core`) as ESM `import`s or CommonJS `require`s.
function importsSource(selected, kind) {
  const load =
    kind === 'esm'
      ? (name, specifier) => `import * as ${name} from ${JSON.stringify(specifier)};`
      : (name, specifier) => `const ${name} = require(${JSON.stringify(specifier)});`;
  return [
    ...selected.map((c, i) => load(`m${i}`, c.specifier)),
    load('core', '@track4tip/core'),
  ].join('\n');
}

// What every generated file holds after its imports: the assert, the cases and `runCases`.
const runnerSource = (selected) =>
  `${assertSource}\nconst cases = ${casesSource(selected)};\n${runCasesSource}`;

/** An ES module that imports every selected entry point statically. */
export function esmSource(selected, label) {
  return `${importsSource(selected, 'esm')}\n${runnerSource(selected)}\n${printSource(label)}`;
}

/**
 * A worker module (the module syntax of Cloudflare Workers and workerd) that imports every
 * selected entry point and answers each request with the summary as JSON.
 */
export function workerSource(selected, label) {
  const handler = `export default {
  async fetch() {
    const summary = await runCases(${JSON.stringify(label)});
    return new Response(JSON.stringify(summary), { headers: { 'content-type': 'application/json' } });
  },
};`;
  return `${importsSource(selected, 'esm')}\n${runnerSource(selected)}\n${handler}\n`;
}

/** A CommonJS module that requires every selected entry point. */
export function cjsSource(selected, label) {
  const body = `${runnerSource(selected)}\n${printSource(label)}`;
  return `'use strict';\n${importsSource(selected, 'cjs')}\n(async () => {\n${body}\n})();\n`;
}

/** One TypeScript module per case: it imports every named export and runs the typed snippet. */
export function tsSources(selected) {
  return selected.map((c, i) => {
    const names = [...c.exports, ...c.types.map((t) => `type ${t}`)];
    const lines = [
      names.length > 0
        ? `import { ${names.join(', ')} } from ${JSON.stringify(c.specifier)};`
        : `import * as ns from ${JSON.stringify(c.specifier)};\nvoid ns;`,
      c.tsImports ?? '',
      c.exports.length > 0 ? `void [${c.exports.join(', ')}];` : '',
      c.ts,
      'export {};',
    ];
    return { name: `case-${i}`, source: `${lines.filter(Boolean).join('\n')}\n` };
  });
}

/**
 * Run one generated file with a command (`[cmd, ...args]`, the file appended) and return its
 * summary ({ runtime, passed, failed, failures }) with stderr and the exit status, or throw if
 * it printed none.
 */
export function runWithCommand(command, file, cwd, env = process.env) {
  const [cmd, ...args] = command;
  const res = spawnSync(cmd, [...args, file], { cwd, env, encoding: 'utf8' });
  if (res.error) throw res.error;
  const last = res.stdout.trim().split('\n').pop() ?? '';
  let summary;
  try {
    summary = JSON.parse(last);
  } catch {
    throw new Error(
      `${file} with \`${command.join(' ')}\` printed no summary (exit ${res.status}):\n${res.stdout}\n${res.stderr}`,
    );
  }
  return { ...summary, stderr: res.stderr, status: res.status };
}

/**
 * Run one generated file with a given Node (`current` = this Node, or a version
 * run through `npx -y node@<major>`); return its summary or throw.
 */
export function runWithNode(major, file, cwd, env = process.env) {
  const command = major === 'current' ? [process.execPath] : ['npx', '-y', `node@${major}`];
  return runWithCommand(command, file, cwd, env);
}

/** Write the ESM and CJS runtime consumers into `dir`. */
export function writeRuntimeConsumers(dir) {
  writeFileSync(join(dir, 'esm.mjs'), esmSource(cases, 'import'));
  writeFileSync(join(dir, 'cjs.cjs'), cjsSource(cases, 'require'));
  return ['esm.mjs', 'cjs.cjs'];
}
