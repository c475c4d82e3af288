import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Growth curve: how time and peak memory grow with the number of references, for toJsonLd,
// defineDataset (@track4tip/core/schemas) and validate (@track4tip/jsonld/validate). Each size
// runs in a fresh Node process, so its peak RSS is its own. Uses the built packages (`pnpm build`).
// Standalone: `node bench/src/scale.mjs` prints the table; `pnpm bench` includes it.

/** n events each led by the same n organisations: n² references (as 100 × 100 vs 400 × 400). */
export const SIDES = [32, 64, 128, 256, 512, 1000];
export const SUBJECTS = ['toJsonLd', 'defineDataset', 'validate'];
const TIMEOUT_MS = 120_000;
const BASE_URL = 'https://www.example.org/';

/** @param {number} side */
function dataset(side) {
  const organizations = Array.from({ length: side }, (_, i) => ({
    id: `org-${i}`,
    name: `Organisation ${i}`,
    kind: 'association',
  }));
  const ledBy = organizations.map((org) => org.id);
  const events = Array.from({ length: side }, (_, i) => ({
    id: `event-${i}`,
    kind: 'webinar',
    descriptiveLabel: `Event ${i}`,
    startDate: '2024-01-01',
    ledBy,
  }));
  return { organizations, events };
}

/**
 * Runs one subject at one size in this process; prints `{ ms, peakMB }` as JSON.
 * @param {string} subject
 * @param {number} side
 */
async function runOne(subject, side) {
  const data = dataset(side);
  const { toJsonLd } = await import('@track4tip/jsonld');
  /** @type {() => unknown} */ let task;
  if (subject === 'toJsonLd') task = () => toJsonLd(data, { baseUrl: BASE_URL });
  else if (subject === 'defineDataset') {
    const { defineDataset } = await import('@track4tip/core/schemas');
    task = () => defineDataset(data);
  } else {
    const { validate } = await import('@track4tip/jsonld/validate');
    const graph = toJsonLd(data, { baseUrl: BASE_URL });
    task = () => validate(graph);
  }
  task(); // warm-up, and the first error if any
  // Repeat small sizes until 200 ms have passed, so timer resolution does not matter.
  let runs = 0;
  const started = performance.now();
  do {
    task();
    runs += 1;
  } while (performance.now() - started < 200);
  const ms = (performance.now() - started) / runs;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakMB })}\n`);
}

/**
 * @typedef {{ subject: string, references: number, ms: number, peakMB: number,
 *   error?: string }} ScaleRow
 */

/**
 * Measures every subject at every size, each in a child process; a subject that fails or times
 * out at one size is not run at larger ones.
 * @param {(line: string) => void} log
 * @returns {ScaleRow[]}
 */
export function measureScale(log) {
  /** @type {ScaleRow[]} */ const rows = [];
  const script = fileURLToPath(import.meta.url);
  for (const subject of SUBJECTS) {
    for (const side of SIDES) {
      const references = side * side;
      log(`  scale: ${subject}, ${references.toLocaleString('en-US')} references`);
      try {
        const output = execFileSync(process.execPath, [script, '--one', subject, String(side)], {
          encoding: 'utf8',
          timeout: TIMEOUT_MS,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const { ms, peakMB } = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
        rows.push({ subject, references, ms, peakMB });
      } catch (error) {
        const e = /** @type {{ signal?: string, stderr?: string }} */ (error);
        const reason =
          e.signal === 'SIGTERM'
            ? `timed out after ${TIMEOUT_MS / 1000} s`
            : ((e.stderr ?? String(error))
                .trim()
                .split('\n')
                .find((l) => /Error/.test(l)) ?? 'failed');
        rows.push({
          subject,
          references,
          ms: Number.NaN,
          peakMB: Number.NaN,
          error: reason.slice(0, 160),
        });
        break;
      }
    }
  }
  return rows;
}

/**
 * The growth curve as a Markdown table; each row's ratios are to the row before it of the same
 * function.
 * @param {readonly ScaleRow[]} rows
 * @returns {string}
 */
export function renderScale(rows) {
  const lines = [
    '| function | references | time | × previous time | × previous references | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [i, row] of rows.entries()) {
    const before = rows[i - 1];
    const previous =
      row.error === undefined && before?.subject === row.subject ? before : undefined;
    const timeRatio = previous === undefined ? Number.NaN : row.ms / previous.ms;
    const referenceRatio =
      previous === undefined ? Number.NaN : row.references / previous.references;
    const cell = (/** @type {number} */ n, /** @type {(n: number) => string} */ f) =>
      Number.isFinite(n) ? f(n) : '—';
    lines.push(
      `| ${row.subject} | ${row.references.toLocaleString('en-US')} | ${
        row.error === undefined ? cell(row.ms, (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`) : row.error
      } | ${cell(timeRatio, (n) => `${n.toFixed(1)}×`)} | ${cell(referenceRatio, (n) => `${n.toFixed(1)}×`)} | ${cell(row.peakMB, (n) => `${n.toFixed(0)} MB`)} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--one');
  if (at !== -1) {
    await runOne(process.argv[at + 1] ?? '', Number(process.argv[at + 2]));
  } else {
    const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
    process.stdout.write(`${renderScale(measureScale(log))}\n`);
  }
}
