/**
 * End-to-end: builds the site, serves it on 127.0.0.1 and reads it through Debian's Chromium
 * (playwright-core drives it; no browser is downloaded). Screenshots go to test-results/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  copyWithButton,
  HOSTILE_NAME,
  launchChromium,
  pwned,
  readJsonLd,
  shownText,
  watch,
} from '@track4tip/example-testing/browser';
import { lighthouseCategory } from '@track4tip/example-testing/lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  type Language,
  PAGES,
  pageCitation,
  pageDisclaimer,
  pageGraph,
  renderSite,
  type SiteOptions,
} from '../src/site.js';

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));

const haveChromium = chromiumAvailable();

async function writeSite(folder: string, options: SiteOptions): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const [path, html] of Object.entries(renderSite(options))) {
    const file = join(folder, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
}

describe.skipIf(!haveChromium)('example website in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function site(variant: string, options: SiteOptions): Promise<string> {
    const folder = join(RESULTS, `site-${variant}`);
    await writeSite(folder, options);
    return browser.serve(folder);
  }

  const variants: [string, SiteOptions][] = [
    ['default', { baseUrl: 'https://www.example.org/' }],
    ['hostile', { baseUrl: 'https://www.example.org/', eventName: HOSTILE_NAME }],
  ];

  for (const [variant, options] of variants) {
    it(`${variant} data: every page's JSON-LD, citation and disclaimer are right and nothing executes`, async () => {
      const url = await site(variant, options);
      await mkdir(join(RESULTS, 'screenshots'), { recursive: true });
      for (const language of Object.keys(LANGUAGES) as Language[]) {
        for (const name of PAGES) {
          const page = await browser.context.newPage();
          const { messages } = await watch(page);
          const response = await page.goto(`${url}${language}/${name}.html`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);

          // Every JSON-LD block, read by the browser, parses to the library's graph for the page.
          expect(await readJsonLd(page)).toEqual([pageGraph(name, language, options)]);

          // The visible citation and disclaimer are the library's, read as text by the browser.
          const expected = {
            citation: pageCitation(name, language),
            disclaimer: pageDisclaimer(language),
          };
          const citation = await shownText(page, '.citation', expected.citation.html);
          const disclaimer = await shownText(page, '.disclaimer', expected.disclaimer);
          expect(citation[0]).toBeTruthy();
          expect(citation[0]).toBe(citation[1]);
          expect(disclaimer[0]).toBeTruthy();
          expect(disclaimer[0]).toBe(disclaimer[1]);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          if (name === 'webinar' && options.eventName !== undefined)
            expect(await page.locator('h1').textContent()).toBe(options.eventName);

          // The copy button puts the plain-text citation on the clipboard.
          const copied = await copyWithButton(page);
          expect(copied.status).not.toBe('');
          expect(copied.clipboard).toBe(expected.citation.text);

          // Nothing from the data ran: no global was set, no console message was written.
          expect(await pwned(page)).toBeUndefined();
          expect(messages).toEqual([]);

          await page.screenshot({
            path: join(RESULTS, 'screenshots', `${variant}-${language}-${name}.png`),
            fullPage: true,
          });
          await page.close();
        }
      }
    }, 120_000);
  }

  it('axe-core finds no accessibility violation on any page', async () => {
    const url = await site('axe', { baseUrl: 'https://www.example.org/' });
    const found: Record<string, unknown> = {};
    for (const path of Object.keys(renderSite())) {
      const page = await browser.context.newPage();
      await page.goto(`${url}${path}`, { waitUntil: 'load' });
      const violations = await axeViolations(page);
      if (violations.length > 0) found[path] = violations;
      await page.close();
    }
    expect(found).toEqual({});
  }, 120_000);

  it("Lighthouse's SEO category scores 100 on every page", async () => {
    const url = await site('lighthouse', { baseUrl: 'https://www.example.org/' });
    const pages = Object.keys(renderSite()).filter((path) => path.endsWith('.html'));
    const results = await lighthouseCategory(
      pages.map((path) => `${url}${path}`),
      'seo',
    );
    expect(Object.keys(results)).toHaveLength(pages.length);
    for (const [page, result] of Object.entries(results)) {
      expect({ page, ...result }).toEqual({ page, score: 100, failing: [] });
    }
  }, 300_000);
});
