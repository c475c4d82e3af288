import { Bench } from 'tinybench';
import { median } from './stats.mjs';

/**
 * @typedef {{ id: string, title: string, ours: string, reference: string, note: string,
 *   rounds?: number, time?: number, iterations?: number, warmup?: number,
 *   setup: () => Promise<{ ours: () => unknown, reference: () => unknown }> }} Case
 * @typedef {{ id: string, title: string, ours: string, reference: string, note: string,
 *   oursOps: number, referenceOps: number, ratio: number }} ThroughputResult
 */

/**
 * Measures ours and its reference alternately in this process: `rounds` short tinybench runs of
 * both, so a noisy neighbour slows both alike; reports median ops/s and the median of the rounds'
 * ratios (ours / reference: above 1 is faster than the reference).
 *
 * @param {Case} c
 * @returns {Promise<ThroughputResult>}
 */
async function measure(c) {
  const { ours, reference } = await c.setup();
  const rounds = c.rounds ?? 5;
  /** @type {number[]} */ const oursOps = [];
  /** @type {number[]} */ const referenceOps = [];
  /** @type {number[]} */ const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time: c.time ?? 200,
      iterations: c.iterations ?? 64,
      warmupTime: 50,
      warmupIterations: c.warmup ?? 16,
      throws: true,
    });
    // Alternate which goes first, so neither always runs on a warmer (or colder) machine.
    const order = round % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const name of order) bench.add(name, name === 'ours' ? ours : reference);
    await bench.run();
    /** @param {string} name */
    const ops = (name) => {
      const result = bench.getTask(name)?.result;
      if (result === undefined || !('period' in result)) throw new Error(`${c.id}: ${name} failed`);
      return 1000 / result.period;
    };
    oursOps.push(ops('ours'));
    referenceOps.push(ops('reference'));
    ratios.push(ops('ours') / ops('reference'));
  }
  return {
    id: c.id,
    title: c.title,
    ours: c.ours,
    reference: c.reference,
    note: c.note,
    oursOps: median(oursOps),
    referenceOps: median(referenceOps),
    ratio: median(ratios),
  };
}

const BASE_URL = 'https://www.unodc.org/';

/** The citation side: ours (the runtime engine) and citation-js, on the same CSL-JSON item. */
async function citations() {
  const { getPressRelease } = await import('@track4tip/core');
  const { toCsl } = await import('@track4tip/cite');
  const engine = await import('@track4tip/cite/engine');
  const { Cite, plugins } = await import('@citation-js/core');
  await import('@citation-js/plugin-csl');
  const item = toCsl(getPressRelease());
  const csl = plugins.config.get('@csl');
  let coldTemplate = 0;
  return {
    item,
    engine,
    ours: (/** @type {unknown} */ data) =>
      engine.renderCslItem(data, { style: 'apa', format: 'html' }),
    oursList: (/** @type {unknown} */ data) =>
      engine.renderBibliography(data, { style: 'apa', format: 'html' }),
    citationJs: (/** @type {unknown} */ data, template = 'apa') =>
      new Cite(data).format('bibliography', { format: 'html', template, lang: 'en-US' }),
    // citation-js caches one engine per template name; a new name forces a new engine.
    freshTemplate: () => {
      const name = `apa-cold-${coldTemplate++}`;
      csl.styles.add(name, csl.styles.get('apa'));
      return name;
    },
  };
}

/**
 * A deep copy of JSON data: new arrays and objects, the same keys in the same order.
 *
 * @param {unknown} value
 * @returns {unknown}
 */
function copyJson(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  /** @type {Record<string, unknown>} */ const copy = {};
  for (const key in value)
    copy[key] = copyJson(/** @type {Record<string, unknown>} */ (value)[key]);
  return copy;
}

/** The fixtures' whole graph: how it is built, how it is serialised, and one built beforehand. */
async function fixtureGraph() {
  const { fixtures } = await import('@track4tip/core');
  const { toJsonLd, serialize } = await import('@track4tip/jsonld');
  const build = () => toJsonLd(fixtures, { baseUrl: BASE_URL });
  return { build, serialize, prebuilt: build() };
}

/** @type {Case[]} */
const CASES = [
  {
    id: 'graph',
    title: 'Build + serialise the full JSON-LD graph',
    ours: 'serialize(toJsonLd(fixtures, { baseUrl }))',
    reference: 'JSON.stringify(prebuilt graph)',
    note: 'the floor: serialising alone',
    setup: async () => {
      const { build, serialize, prebuilt } = await fixtureGraph();
      return {
        ours: () => serialize(build()),
        reference: () => JSON.stringify(prebuilt),
      };
    },
  },
  {
    // Not a job of the SDK: what the first case's aim leaves room for. A builder that returns
    // new objects allocates at least the graph's objects; a plain deep copy of the prebuilt
    // graph is that allocation with none of the builder's work (reading records, resolving
    // references, leaving out what is absent).
    id: 'graph-copy',
    title: 'Deep copy + serialise the prebuilt graph (allocation alone, no building)',
    ours: 'serialize(deep copy of the prebuilt graph)',
    reference: 'JSON.stringify(prebuilt graph)',
    note: 'a plain copy allocates the same objects, with none of the building',
    setup: async () => {
      const { serialize, prebuilt } = await fixtureGraph();
      return {
        ours: () => serialize(/** @type {never} */ (copyJson(prebuilt))),
        reference: () => JSON.stringify(prebuilt),
      };
    },
  },
  {
    id: 'define-event',
    title: 'Validate a user event',
    ours: 'defineEvent(input)',
    reference: 'EventSchema.parse(input)',
    note: 'bare zod parse of the same data with the same schema',
    setup: async () => {
      const { getEvent } = await import('@track4tip/core');
      const { defineEvent, EventSchema } = await import('@track4tip/core/schemas');
      // A user's own event: the webinar under another id, without the fixture's provenance.
      const { provenance: _provenance, ...webinar } = getEvent('unodc-webinar');
      const input = { ...structuredClone(webinar), id: 'our-webinar' };
      return {
        ours: () => defineEvent(/** @type {never} */ (input)),
        reference: () => EventSchema.parse(input),
      };
    },
  },
  {
    id: 'cite-cold',
    title: 'APA citation, cold engine',
    ours: 'clearEngineCache(); renderCslItem(item)',
    reference: 'citation-js with a new engine',
    note: 'each call builds a citeproc-js engine for APA en-US',
    rounds: 2,
    time: 0,
    iterations: 3,
    warmup: 1,
    setup: async () => {
      const c = await citations();
      return {
        ours: async () => {
          c.engine.clearEngineCache();
          return c.ours(c.item);
        },
        reference: () => c.citationJs(c.item, c.freshTemplate()),
      };
    },
  },
  {
    id: 'cite-warm',
    title: 'APA citation, warm engine',
    ours: 'renderCslItem(item)',
    reference: "new Cite(item).format('bibliography')",
    note: 'engine reused by both',
    setup: async () => {
      const c = await citations();
      await c.ours(c.item);
      c.citationJs(c.item);
      return { ours: () => c.ours(c.item), reference: () => c.citationJs(c.item) };
    },
  },
  {
    id: 'cite-same-author',
    title: 'APA reference list, 50 items, same author and year',
    ours: 'renderBibliography(items)',
    reference: "new Cite(items).format('bibliography')",
    note: 'year suffixes 2021a, 2021b, …',
    rounds: 3,
    time: 0,
    iterations: 5,
    warmup: 1,
    setup: async () => {
      const c = await citations();
      // Fifty reports by one institution in one year: APA must add year suffixes.
      const items = Array.from({ length: 50 }, (_, index) => ({
        ...structuredClone(c.item),
        id: `report-${index}`,
        title: `Report ${index + 1} on criminal justice cooperation`,
      }));
      await c.oursList(items);
      c.citationJs(items);
      return { ours: () => c.oursList(items), reference: () => c.citationJs(items) };
    },
  },
];

/**
 * Runs every throughput case.
 *
 * @param {(line: string) => void} log
 * @returns {Promise<ThroughputResult[]>}
 */
export async function measureThroughput(log) {
  /** @type {ThroughputResult[]} */ const results = [];
  for (const c of CASES) {
    log(`  throughput: ${c.title}`);
    try {
      results.push(await measure(c));
    } catch (error) {
      log(`  throughput: ${c.title} not measured: ${error}`);
      const { setup: _s, rounds: _r, time: _t, iterations: _i, warmup: _w, ...rest } = c;
      results.push({ ...rest, oursOps: Number.NaN, referenceOps: Number.NaN, ratio: Number.NaN });
    }
  }
  return results;
}
