// Generate and run consumer programs against installed @track4tip packages.
// Used by the tarball consumer test and by the release test.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, cliRuns } from '../../test/consumers/cases.mjs';

export { cases, cliRuns };

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

const runnerSource = (label) => `
const failures = [];
let passed = 0;
for (const c of cases) {
  const missing = c.exports.filter((name) => !(name in c.module));
  try {
    if (missing.length > 0) throw new Error(\`missing named exports: \${missing.join(', ')}\`);
    await c.smoke(c.module, assert, core);
    passed++;
  } catch (error) {
    failures.push(\`${label} \${c.specifier}: \${error && error.message}\`);
  }
}
for (const f of failures) console.error('✗ ' + f);
console.log(JSON.stringify({ label: ${JSON.stringify(label)}, passed, failed: failures.length }));
if (failures.length > 0) process.exitCode = 1;
`;

/** An ES module that imports every selected entry point statically. */
export function esmSource(selected, label) {
  const imports = selected.map((c, i) => `import * as m${i} from ${JSON.stringify(c.specifier)};`);
  imports.push(`import * as core from '@track4tip/core';`);
  return `${imports.join('\n')}\n${assertSource}\nconst cases = ${casesSource(selected)};\n${runnerSource(label)}`;
}

/** A CommonJS module that requires every selected entry point. */
export function cjsSource(selected, label) {
  const requires = selected.map((c, i) => `const m${i} = require(${JSON.stringify(c.specifier)});`);
  requires.push(`const core = require('@track4tip/core');`);
  const body = `${assertSource}\nconst cases = ${casesSource(selected)};\n${runnerSource(label)}`;
  return `'use strict';\n${requires.join('\n')}\n(async () => {\n${body}\n})();\n`;
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
 * Run one generated file with a given Node (`node` = this Node, or a version
 * run through `npx -y node@<major>`); return { passed, failed } or throw.
 */
export function runWithNode(major, file, cwd) {
  const [cmd, args] =
    major === 'current' ? [process.execPath, [file]] : ['npx', ['-y', `node@${major}`, file]];
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  const last = res.stdout.trim().split('\n').pop() ?? '';
  let summary;
  try {
    summary = JSON.parse(last);
  } catch {
    throw new Error(
      `${file} on Node ${major} printed no summary (exit ${res.status}):\n${res.stdout}\n${res.stderr}`,
    );
  }
  return { ...summary, stderr: res.stderr, status: res.status };
}

/** Write the ESM and CJS runtime consumers into `dir`. */
export function writeRuntimeConsumers(dir) {
  writeFileSync(join(dir, 'esm.mjs'), esmSource(cases, 'import'));
  writeFileSync(join(dir, 'cjs.cjs'), cjsSource(cases, 'require'));
  return ['esm.mjs', 'cjs.cjs'];
}
