import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, gzipSize } from '../../scripts/lib/bundle.mjs';
import { JOBS } from './jobs.mjs';
import { BENCH_DIR, snippet } from './paths.mjs';

// citeproc-js alone needs the consumer to ship a style and a locale; they come from the files
// citation-js bundles, so both citation competitors format with the same APA style.
/** @type {import('esbuild').Plugin} */
const cslFiles = {
  name: 'csl-apa-en-us',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^virtual:csl-apa-en-us$/ }, (args) => ({
      path: args.path,
      namespace: 'csl',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'csl' }, () => {
      const lib = join(BENCH_DIR, 'node_modules/@citation-js/plugin-csl/lib');
      const styles = JSON.parse(readFileSync(join(lib, 'styles.json'), 'utf8'));
      const locales = JSON.parse(readFileSync(join(lib, 'locales.json'), 'utf8'));
      return {
        contents: `export const apaStyle = ${JSON.stringify(styles.apa)};\nexport const enUsLocale = ${JSON.stringify(locales['en-US'])};`,
        loader: 'js',
      };
    });
  },
};

/**
 * The floor of each job: the gzip size of the output itself (the JSON-LD text, the citation),
 * which no library can go below.
 *
 * @returns {Promise<Record<string, { what: string, gzip: number }>>}
 */
async function floors() {
  /** @type {Record<string, { what: string, gzip: number }>} */ const result = {};
  /** @param {string} id @param {string} what @param {() => string} output */
  const floor = (id, what, output) => {
    try {
      result[id] = { what, gzip: gzipSize(output()) };
    } catch (error) {
      process.stderr.write(`  floor of ${id} not measured: ${error}\n`);
    }
  };
  const { toJsonLd, serialize } = await import('@track4tip/jsonld');
  const { formatCitation } = await import('@track4tip/cite');
  const { fixtures, getEvent, getOrganization, getPressRelease } = await import('@track4tip/core');
  floor('webinar-script-tag', 'the JSON-LD text', () =>
    serialize(
      toJsonLd(fixtures, {
        baseUrl: 'https://www.unodc.org/',
        include: [{ type: 'event', id: 'unodc-webinar' }],
      }),
    ),
  );
  const { completeDataset } = await import('@track4tip/core/schemas');
  const { webinarPage, ownEvent } = await import('../snippets/ours/publisher.mjs');
  floor('webinar-complete-page', 'the JSON-LD text', () =>
    serialize(
      toJsonLd(completeDataset(fixtures, webinarPage.supplement), {
        baseUrl: webinarPage.baseUrl,
        include: [{ type: 'event', id: 'unodc-webinar' }],
        page: webinarPage.page,
      }),
    ),
  );
  floor('own-event-page', 'the JSON-LD text', () =>
    serialize(
      toJsonLd(/** @type {never} */ (ownEvent.dataset), {
        baseUrl: ownEvent.baseUrl,
        include: [{ type: 'event', id: 'quito-training-2025' }],
        page: ownEvent.page,
      }),
    ),
  );
  floor(
    'press-release-apa',
    'the citation text',
    () => formatCitation(getPressRelease(), { style: 'apa', format: 'html' }).value,
  );
  floor(
    'fixture-data',
    'the strings used',
    () => `${getEvent('unodc-webinar').descriptiveLabel} (${getOrganization('unodc').name})`,
  );
  return result;
}

/**
 * Bundles a snippet (scripts/lib/bundle.mjs, as the size budgets do); a snippet that does not
 * build (an API not there yet) is reported, not fatal.
 *
 * @param {string} name @param {string} entry @param {string} note @param {string[]} [external]
 * @returns {Promise<Row>}
 */
async function row(name, entry, note, external = []) {
  try {
    const r = await bundle({ entry: snippet(entry) }, { external, plugins: [cslFiles] });
    return { name, min: r.min, gzip: r.gzip, note, packages: r.packages };
  } catch (error) {
    const message = String(error).split('\n').slice(0, 3).join(' ');
    process.stderr.write(`  ${entry} did not build: ${message}\n`);
    return {
      name,
      min: Number.NaN,
      gzip: Number.NaN,
      note: `did not build: ${message}`,
      packages: [],
    };
  }
}

/**
 * @typedef {{ name: string, min: number, gzip: number, note: string, packages: string[] }} Row
 * @typedef {{ id: string, title: string, budget: number, aim: number | undefined,
 *   ours: Row, alternatives: Row[], floor: { what: string, gzip: number } | undefined }} SizeResult
 */

/**
 * Bundles every job's snippet, ours from the built packages, and the alternatives.
 *
 * @param {(line: string) => void} log
 * @returns {Promise<SizeResult[]>}
 */
export async function measureSizes(log) {
  const floor = await floors();
  /** @type {SizeResult[]} */ const results = [];
  for (const job of JOBS) {
    log(`  bundle: ${job.title}`);
    const ours = await row('TRACK4TIP', job.ours, '');
    const alternatives = [];
    for (const alternative of job.alternatives) {
      alternatives.push(
        await row(alternative.name, alternative.entry, alternative.note, alternative.external),
      );
    }
    results.push({
      id: job.id,
      title: job.title,
      budget: job.budget,
      aim: job.aim,
      ours,
      alternatives,
      floor: floor[job.id],
    });
  }
  return results;
}
