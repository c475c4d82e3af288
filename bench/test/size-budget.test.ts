import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle as bundleEntry } from '../../scripts/lib/bundle.mjs';
import { JOBS } from '../src/jobs.mjs';
import { ROOT_DIR, snippet } from '../src/paths.mjs';

// Bundling is deterministic, so these budgets hold in CI where timings would not. The snippets
// are bundled from the built packages (what a consumer of the published packages gets): the test
// command builds before it runs Vitest.
/** A snippet of `bench/snippets/`, bundled as the bench bundles it (from the built packages). */
const bundle = (entry: string) => bundleEntry({ entry: snippet(entry) });

const job = (id: string) => {
  const found = JOBS.find((j) => j.id === id);
  if (found === undefined) throw new Error(`no job ${id}`);
  return found;
};

// What each bundle must visibly contain, so a budget cannot pass on a bundle that lost its data.
const CONTENT: Record<string, RegExp> = {
  'webinar-complete-page': /application\/ld\+json[\s\S]*events\/webinar\/live/,
  'own-event-page': /application\/ld\+json[\s\S]*Hotel Quito/,
  'webinar-script-tag': /application\/ld\+json[\s\S]*unodc-webinar/,
  'validate-event-page': /GOOGLE_REQUIRED[\s\S]*Event pages/,
  'validate-article-page': /GOOGLE_REQUIRED[\s\S]*Article pages/,
  'validate-any-page': /GOOGLE_REQUIRED[\s\S]*knownVehicleDamages/,
  'press-release-apa': /United Nations Office on Drugs and Crime[\s\S]*2021/,
  'fixture-data': /UNODC webinar on cooperation between criminal justice authorities/,
  'validate-user-event': /INVALID_INPUT/,
  'webinar-from-fixtures': /application\/ld\+json[\s\S]*unodc-webinar/,
  'script-tag-only': /application\/ld\+json/,
  'press-release-head': /citation_title/,
  'head-adapters': /toNextMetadata[\s\S]*toUnhead/,
};

beforeAll(() => {
  for (const name of ['core', 'jsonld', 'cite', 'head']) {
    if (!existsSync(join(ROOT_DIR, 'packages', name, 'dist/index.js'))) {
      throw new Error(
        `packages/${name}/dist is missing: run \`pnpm build\` first (budgets measure the built packages)`,
      );
    }
  }
});

describe('size budgets of consumer snippets (min+gzip, esbuild, browser)', () => {
  for (const { id, title, budget } of JOBS) {
    it(`${title}: within ${budget} B`, async () => {
      const content = CONTENT[id];
      if (content === undefined)
        throw new Error(`add what the ${id} bundle must contain to CONTENT`);
      const result = await bundle(job(id).ours);
      expect(result.code).toMatch(content);
      expect(result.gzip, `${title} is ${result.gzip} B min+gzip`).toBeLessThanOrEqual(budget);
    });
  }

  it('fixture data alone carries no validator, no JSON-LD and no citation engine', async () => {
    const { packages } = await bundle(job('fixture-data').ours);
    expect(packages).toEqual(['@track4tip/core']);
    expect(packages).not.toContain('zod');
  });

  it('validating a user event costs at most 1.6 times the same fields hand-written with zod/mini', async () => {
    const ours = await bundle(job('validate-user-event').ours);
    const mini = await bundle('competitors/zod-mini-event.ts');
    // 1.5 until each issue had a code of its kind and the model's hints (1.57 since).
    expect(ours.gzip / mini.gzip, `${ours.gzip} B against ${mini.gzip} B`).toBeLessThanOrEqual(1.6);
  });

  it('validating a user event carries the event schema only, not every model', async () => {
    const { code } = await bundle(job('validate-user-event').ours);
    expect(code).toContain('expected "online", "offline" or "mixed"');
    // Messages of the country, award, initiative and participation schemas.
    for (const other of [
      'sovereign-state',
      'award number',
      'expected a year',
      'programme starts',
    ]) {
      expect(code).not.toContain(other);
    }
  });

  it('validating a user event generates no code at run time, as a strict CSP requires', async () => {
    const { code } = await bundle(job('validate-user-event').ours);
    const classic = await bundle('competitors/zod-event.ts');
    // Classic zod compiles its object checks with the Function constructor; zod/mini does not.
    const generatesCode = /new Function|=Function[;,)]|\beval\(/;
    expect(classic.code).toMatch(generatesCode);
    expect(code).not.toMatch(generatesCode);
  });

  it('the head of the press release page carries no citation engine, zod or schema-dts', async () => {
    const { packages } = await bundle(job('press-release-head').ours);
    expect(packages).not.toContain('citeproc');
    expect(packages).not.toContain('zod');
    expect(packages).not.toContain('schema-dts');
  });

  it('the APA citation of the press release carries no citation engine', async () => {
    const { packages } = await bundle(job('press-release-apa').ours);
    expect(packages).not.toContain('citeproc');
    expect(packages).not.toContain('zod');
  });
});
