import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { writeDocs } from './docs.mjs';
import { BENCH_DIR } from './paths.mjs';
import { renderReport } from './report.mjs';

// `pnpm bench`: builds the packages (timed, cold then cached), then measures bundle sizes,
// throughput, cold import, consumer type-check cost and the growth curve of toJsonLd,
// defineDataset and validate (src/scale.mjs); writes bench/results.json, prints the
// tables and updates docs/benchmarks.md. `--skip-build` reuses the existing dist folders.
const skipBuild = process.argv.includes('--skip-build');
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

const { measureBuild } = await import('./repo-build.mjs');
const build = skipBuild ? undefined : measureBuild(log);

// Imported after the build: these modules load the built packages.
const { measureSizes } = await import('./sizes.mjs');
const { measureThroughput } = await import('./throughput.mjs');
const { measureImportTime } = await import('./import-time.mjs');
const { measureTypeCheck } = await import('./type-check.mjs');
const { measureScale } = await import('./scale.mjs');

const sizes = await measureSizes(log);
const throughput = await measureThroughput(log);
const importTime = measureImportTime(log);
const typeCheck = measureTypeCheck(log);
const scale = measureScale(log);

const results = {
  environment: {
    node: process.versions.node,
    cpus: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
  },
  sizes,
  throughput,
  importTime,
  typeCheck,
  scale,
  build,
};
writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeDocs(results);
process.stdout.write(`${renderReport(results)}\n`);
log('\nWrote bench/results.json and docs/benchmarks.md.');
