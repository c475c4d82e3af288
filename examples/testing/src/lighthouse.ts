/**
 * Lighthouse (the npm package, run programmatically) against a locally served page, in Debian's
 * Chromium with the same headless flags as the other browser tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.js';

/** A category's score (0-100) and the audits that did not pass. */
export interface CategoryResult {
  readonly score: number | null;
  readonly failing: readonly { id: string; title: string; score: number | null }[];
}

/**
 * Runs the given Lighthouse categories on each URL with one browser.
 *
 * @param urls - The pages to audit.
 * @param category - A Lighthouse category id, e.g. `seo`.
 * @returns For each URL, the category's score out of 100 and its failing audits.
 */
export async function lighthouseCategory(
  urls: readonly string[],
  category: string,
): Promise<Record<string, CategoryResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS],
    logLevel: 'error',
  });
  const results: Record<string, CategoryResult> = {};
  try {
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: [category],
        output: 'json',
        logLevel: 'error',
      });
      if (run === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = run;
      const found = lhr.categories[category];
      if (found === undefined) throw new Error(`Lighthouse has no category "${category}"`);
      results[url] = {
        score: found.score === null ? null : Math.round(found.score * 100),
        failing: found.auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'manual' &&
              audit.scoreDisplayMode !== 'notApplicable',
          )
          .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score })),
      };
    }
  } finally {
    chrome.kill();
  }
  return results;
}
