import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_DIR } from './paths.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');

// A consumer's usual settings (skipLibCheck on, as in the Vite and Next.js templates), resolving
// the packages as published: dist types, no source condition.
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  files: ['index.ts'],
};

/** One-file consumers: each uses one entry point the way the README does. */
export const CONSUMERS = [
  {
    id: 'baseline',
    entry: '(none)',
    code: `export const label: string = 'Webinar';\n`,
  },
  {
    id: 'core',
    entry: '@track4tip/core',
    code: `import { getEvent } from '@track4tip/core';\nexport const label: string = getEvent('unodc-webinar').descriptiveLabel;\n`,
  },
  {
    id: 'core-schemas',
    entry: '@track4tip/core/schemas',
    code: `import { defineEvent } from '@track4tip/core/schemas';\nexport const event = defineEvent({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'Our webinar', startDate: '2024-05-02' });\n`,
  },
  {
    id: 'jsonld',
    entry: '@track4tip/jsonld',
    code: `import { fixtures } from '@track4tip/core';\nimport { toJsonLd, toScriptTag } from '@track4tip/jsonld';\nexport const html: string = toScriptTag(toJsonLd(fixtures, { baseUrl: 'https://example.org/', include: [{ type: 'event', id: 'unodc-webinar' }] }));\n`,
  },
  {
    id: 'jsonld-validate',
    entry: '@track4tip/jsonld/validate',
    code: `import { validate } from '@track4tip/jsonld/validate';\nexport const valid: boolean = validate({}).valid;\n`,
  },
  {
    id: 'cite',
    entry: '@track4tip/cite',
    code: `import { formatCitation } from '@track4tip/cite';\nimport { getPressRelease } from '@track4tip/core';\nexport const apa: string = formatCitation(getPressRelease(), { style: 'apa' }).value;\n`,
  },
  {
    id: 'cite-engine',
    entry: '@track4tip/cite/engine',
    code: `import { renderCslItem } from '@track4tip/cite/engine';\nexport const apa: Promise<string> = renderCslItem({ id: 'x', type: 'report', title: 'Annual report' }, { style: 'apa' });\n`,
  },
  {
    id: 'schema-dts',
    entry: 'schema-dts (reference)',
    code: `import type { Event, WithContext } from 'schema-dts';\nexport const event: WithContext<Event> = { '@context': 'https://schema.org', '@type': 'Event', name: 'Our webinar', startDate: '2024-05-02' };\n`,
  },
];

/**
 * @param {string} dir
 * @returns {{ ms: number, checkMs: number, instantiations: number, ok: boolean, output: string }}
 */
function check(dir) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [TSC, '-p', dir, '--extendedDiagnostics'], {
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const instantiations = Number(/Instantiations:\s+(\d+)/.exec(result.stdout)?.[1] ?? Number.NaN);
  const checkMs = 1000 * Number(/Check time:\s+([\d.]+)s/.exec(result.stdout)?.[1] ?? Number.NaN);
  const output = result.stdout
    .split('\n')
    .filter((line) => /error TS/.test(line))
    .join('\n');
  return { ms, checkMs, instantiations, ok: result.status === 0, output };
}

/**
 * @typedef {{ id: string, entry: string, ms: number, baselineMs: number, ratio: number,
 *   checkMs: number, instantiations: number, ok: boolean, errors: string }} TypeCheckResult
 */

/**
 * Times `tsc --noEmit` of each one-file consumer against the same consumer without the import,
 * in rounds (baseline first in each), and records type instantiations (a count that does not
 * depend on the machine).
 *
 * @param {(line: string) => void} log
 * @param {number} [rounds]
 * @returns {TypeCheckResult[]}
 */
export function measureTypeCheck(log, rounds = 3) {
  const root = join(BENCH_DIR, '.tmp/type-check');
  rmSync(root, { recursive: true, force: true });
  for (const consumer of CONSUMERS) {
    const dir = join(root, consumer.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    writeFileSync(join(dir, 'index.ts'), consumer.code);
  }
  /** @type {Map<string, ReturnType<typeof check>[]>} */ const runs = new Map();
  for (let round = 0; round < rounds; round++) {
    log(`  type-check: round ${round + 1} of ${rounds}`);
    for (const consumer of CONSUMERS) {
      const result = check(join(root, consumer.id));
      runs.set(consumer.id, [...(runs.get(consumer.id) ?? []), result]);
    }
  }
  const baselineMs = median((runs.get('baseline') ?? []).map((r) => r.ms));
  return CONSUMERS.map((consumer) => {
    const all = runs.get(consumer.id) ?? [];
    const ms = median(all.map((r) => r.ms));
    return {
      id: consumer.id,
      entry: consumer.entry,
      ms,
      baselineMs,
      ratio: ms / baselineMs,
      checkMs: median(all.map((r) => r.checkMs)),
      instantiations: all[0]?.instantiations ?? Number.NaN,
      ok: all.every((r) => r.ok),
      errors: all[0]?.output ?? '',
    };
  });
}
