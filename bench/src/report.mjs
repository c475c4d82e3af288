/**
 * Renders results.json as Markdown tables: the full report (docs/benchmarks.md, and the console)
 * and a short summary for the README.
 */
import { renderScale } from './scale.mjs';

/**
 * @param {(n: number) => string} format
 * @returns {(n: number) => string} The format, or "n/a" for a value that was not measured.
 */
const orNa = (format) => (n) => (Number.isFinite(n) ? format(n) : 'n/a');
const bytes = orNa((n) => n.toLocaleString('en-US'));
const kb = orNa((n) => `${(n / 1024).toFixed(2)} kB`);
const ratio = orNa((n) => `${n >= 10 ? n.toFixed(0) : n.toFixed(2)}×`);
const ops = orNa((n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3)));
const ms = orNa((n) => `${Math.round(n).toLocaleString('en-US')} ms`);

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
function table(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** @param {any} results */
function sizeTable(results) {
  /** @type {string[][]} */ const rows = [];
  for (const job of results.sizes) {
    const aim = job.aim
      ? `, aim < ${kb(job.aim)}${job.ours.gzip <= job.aim ? ' (met)' : ' (**not met**)'}`
      : '';
    const budget = `budget ${bytes(job.budget)} B${aim}`;
    rows.push([
      `**${job.title}**`,
      '**TRACK4TIP**',
      bytes(job.ours.min),
      `**${bytes(job.ours.gzip)}**`,
      '1×',
      `${budget}; ${job.ours.packages.join(', ')}`,
    ]);
    for (const alternative of job.alternatives) {
      rows.push([
        '',
        alternative.name,
        bytes(alternative.min),
        bytes(alternative.gzip),
        ratio(alternative.gzip / job.ours.gzip),
        alternative.note,
      ]);
    }
    if (job.floor) {
      rows.push([
        '',
        `floor: ${job.floor.what}`,
        '',
        bytes(job.floor.gzip),
        ratio(job.floor.gzip / job.ours.gzip),
        'gzip of the output alone',
      ]);
    }
  }
  return table(['Job', 'Library', 'min (B)', 'min+gzip (B)', 'vs ours (gzip)', 'Notes'], rows);
}

/** @param {any} results */
function throughputTable(results) {
  return table(
    ['Operation', 'TRACK4TIP', 'ops/s', 'Reference', 'ops/s', 'Ratio (ours ÷ reference)'],
    results.throughput.map((/** @type {any} */ r) => [
      r.title,
      `\`${r.ours}\``,
      ops(r.oursOps),
      `\`${r.reference}\` (${r.note})`,
      ops(r.referenceOps),
      `**${ratio(r.ratio)}**`,
    ]),
  );
}

/** @param {any} results */
function importTable(results) {
  return table(
    ['Entry point', 'Cold import (median)', '`node -e 0` (median)', 'Ratio'],
    results.importTime.map((/** @type {any} */ r) => [
      `\`${r.entry}\``,
      ms(r.ms),
      ms(r.baselineMs),
      ratio(r.ratio),
    ]),
  );
}

/** @param {any} results */
function typeCheckTable(results) {
  return table(
    [
      'Consumer imports',
      '`tsc --noEmit` (median)',
      'Ratio to no import',
      'of which checking (tsc "Check time")',
      'Type instantiations',
    ],
    results.typeCheck.map((/** @type {any} */ r) => [
      r.entry === '(none)'
        ? 'nothing (baseline)'
        : `\`${r.entry}\`${r.ok ? '' : ' (type errors!)'}`,
      ms(r.ms),
      ratio(r.ratio),
      ms(r.checkMs),
      bytes(r.instantiations),
    ]),
  );
}

/** @param {any} results */
function buildTable(results) {
  if (!results.build) return '_Not measured in this run (`--skip-build`)._';
  if (results.build.error) return `_Not measured: ${results.build.error}._`;
  return table(
    ['Cold `pnpm build` (turbo --force)', 'Cached `pnpm build`', 'Ratio (cold ÷ cached)'],
    [[ms(results.build.coldMs), ms(results.build.cachedMs), ratio(results.build.ratio)]],
  );
}

/** @param {any} results */
function environment(results) {
  const e = results.environment;
  return `Measured with Node ${e.node} on ${e.cpus} × ${e.cpu} (${e.platform}). Times are from a shared machine: read the ratios, not the absolute numbers. Sizes are deterministic.`;
}

/**
 * @param {any} results
 * @returns {string} The full report, Markdown.
 */
export function renderReport(results) {
  return [
    environment(results),
    '### Bundle size',
    'Each consumer snippet bundled with esbuild (browser, ESM, minified, `NODE_ENV=production`); ours from the built packages, as a consumer of the published packages gets them. Gzip level 9.',
    sizeTable(results),
    '### Throughput',
    'Operations per second, ours and the reference measured alternately in the same process (tinybench, median of rounds). A ratio above 1× means ours is faster.',
    throughputTable(results),
    '### Cold import',
    '`await import(entry)` in a fresh Node process, alternating with `node -e 0`.',
    importTable(results),
    '### Consumer type-check cost',
    'A one-file consumer (strict, `skipLibCheck`, `moduleResolution: "Bundler"`, DOM lib) importing each entry point, against the same consumer without the import. Wall time includes starting tsc and reading the standard library, which is most of the baseline; tsc\'s own check time and the instantiation count (which does not depend on the machine) show the cost of the types themselves.',
    typeCheckTable(results),
    ...(results.scale === undefined
      ? []
      : [
          '### Growth with the number of references',
          'n events each led by the same n organisations (n² references), each size in a fresh Node process with its own peak RSS (`node bench/src/scale.mjs`). With linear cost, "× previous time" stays near "× previous references".',
          renderScale(results.scale),
        ]),
    '### Whole repository',
    buildTable(results),
  ].join('\n\n');
}

/**
 * @param {any} results
 * @returns {string} The README summary: sizes and ratios.
 */
export function renderSummary(results) {
  const rows = results.sizes.map((/** @type {any} */ job) => [
    job.title,
    `${bytes(job.ours.gzip)} B`,
    job.alternatives.length === 0
      ? '—'
      : job.alternatives.map((/** @type {any} */ a) => `${a.name} ${bytes(a.gzip)} B`).join('; '),
    job.floor ? `${bytes(job.floor.gzip)} B` : '—',
  ]);
  const speed = results.throughput.map(
    (/** @type {any} */ r) => `${r.title}: ${ratio(r.ratio)} the speed of \`${r.reference}\``,
  );
  return [
    table(['Job (min+gzip)', 'TRACK4TIP', 'Alternatives', 'Floor'], rows),
    speed.map((line) => `- ${line}`).join('\n'),
  ].join('\n\n');
}
