/**
 * End-to-end: builds the site, serves it on 127.0.0.1 and reads it through Debian's Chromium
 * (playwright-core drives it; no browser is downloaded). Screenshots go to test-results/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  copyWithButton,
  HOSTILE_NAME,
  launchChromium,
  pwned,
  readHead,
  readJsonLd,
  shownText,
  watch,
} from '@track4tip/example-testing/browser';
import { lighthouseCategory } from '@track4tip/example-testing/lighthouse';
import { toContextObject } from '@track4tip/head';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  homeHead,
  LANGUAGES,
  type Language,
  PAGES,
  pageCitation,
  pageDisclaimer,
  pageGraph,
  pageHead,
  renderSite,
  type SiteOptions,
} from '../src/site.js';
import { writeSite } from '../src/write.js';

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));

const haveChromium = chromiumAvailable();

const ASSETS = new URL('../assets/', import.meta.url);

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
    await writeSite(folder, options, ASSETS);
    return browser.serve(folder);
  }

  const variants: [string, SiteOptions][] = [
    ['default', { baseUrl: 'https://www.example.org/' }],
    ['hostile', { baseUrl: 'https://www.example.org/', eventName: HOSTILE_NAME }],
  ];

  for (const [variant, options] of variants) {
    it(`${variant} data: every page's head (read back and compared with headFor), JSON-LD, citation with COinS and disclaimer are right and nothing executes`, async () => {
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

          // The head, read back by the browser, is what headFor gives from the model: title,
          // every meta and link element, and the COinS of the citation in the body.
          const head = pageHead(name, language, options);
          const seen = await readHead(page);
          expect(seen.title).toBe(head.title);
          expect(seen.meta).toEqual(head.meta);
          expect(seen.link).toEqual(head.link);
          expect(seen.coins).toEqual(
            head.citation === undefined ? [] : [toContextObject(head.citation)],
          );
          // What citation managers read is the citation's title, author and date, without the
          // site's name; the site's name is in <title> only.
          const tag = (key: string) =>
            seen.meta.filter((m) => (m.property ?? m.name) === key).map((m) => m.content);
          if (options.eventName === undefined || name !== 'webinar') {
            expect(tag('citation_title')).toEqual([pageCitation(name, language).title]);
          }
          expect(tag('og:title')).toEqual(tag('citation_title'));
          expect(seen.title.endsWith(` · ${tag('og:site_name')[0]}`)).toBe(true);
          expect(tag('citation_author')).toEqual(['United Nations Office on Drugs and Crime,']);
          expect(tag('og:locale')).toEqual([LANGUAGES[language].replace('-', '_')]);
          expect(tag('twitter:card')).toEqual(['summary_large_image']);
          const card = await page.request.get(
            tag('og:image')[0]?.replace('https://www.example.org/', url) ?? '',
          );
          expect(card.headers()['content-type']).toBe('image/png');

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

  it("the home page's head, read back, is headForSite's: the site's name, Open Graph and card", async () => {
    const options = { baseUrl: 'https://www.example.org/' };
    const url = await site('home', options);
    const page = await browser.context.newPage();
    await page.goto(`${url}index.html`, { waitUntil: 'load' });
    const head = homeHead(options);
    const seen = await readHead(page);
    expect(seen).toEqual({ title: head.title, meta: head.meta, link: head.link, coins: [] });
    await page.close();
  });

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
