/**
 * End-to-end: builds the site, serves it on 127.0.0.1 and reads it through Debian's Chromium
 * (playwright-core drives it; no browser is downloaded). Screenshots go to test-results/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../src/serve.js';
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

const CHROMIUM = '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const HOSTILE_NAME = `</script><img src=x onerror="globalThis.__pwned=1;console.error('pwned')"><script>globalThis.__pwned=2</script>`;

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const message = `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium"`;
  // In CI a missing browser is a failure, never a silent skip.
  const ci = process.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') throw new Error(message);
  console.warn(`SKIPPING the browser test: ${message}`);
}

async function writeSite(folder: string, options: SiteOptions): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const [path, html] of Object.entries(renderSite(options))) {
    const file = join(folder, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
}

describe.skipIf(!haveChromium)('example website in Chromium', () => {
  let context: BrowserContext;
  let userDataDir: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'track4tip-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    for (const server of servers) server.close();
    if (userDataDir !== undefined) await rm(userDataDir, { recursive: true, force: true });
  });

  async function site(variant: string, options: SiteOptions): Promise<string> {
    const folder = join(RESULTS, `site-${variant}`);
    await writeSite(folder, options);
    const { server, url } = await serve(folder);
    servers.push(server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: url.replace(/\/$/, ''),
    });
    return url;
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
          const page = await context.newPage();
          const consoleMessages: string[] = [];
          page.on('console', (message) => consoleMessages.push(message.text()));
          page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
          const response = await page.goto(`${url}${language}/${name}.html`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);

          // Every JSON-LD block, read by the browser, parses to the library's graph for the page.
          const blocks = await page.evaluate(() =>
            Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) =>
              JSON.parse(s.textContent ?? ''),
            ),
          );
          expect(blocks).toEqual([pageGraph(name, language, options)]);

          // The visible citation and disclaimer are the library's, read as text by the browser.
          const expected = {
            citation: pageCitation(name, language),
            disclaimer: pageDisclaimer(language),
          };
          const seen = await page.evaluate(
            ({ citation, disclaimer }) => {
              const text = (html: string) => {
                const template = document.createElement('template');
                template.innerHTML = html;
                return template.content.textContent?.trim();
              };
              return {
                citation: [
                  document.querySelector('.citation')?.textContent?.trim(),
                  text(citation),
                ],
                disclaimer: [
                  document.querySelector('.disclaimer')?.textContent?.trim(),
                  text(disclaimer),
                ],
                lang: document.documentElement.lang,
                heading: document.querySelector('h1')?.textContent,
              };
            },
            { citation: expected.citation.html, disclaimer: expected.disclaimer },
          );
          expect(seen.citation[0]).toBeTruthy();
          expect(seen.citation[0]).toBe(seen.citation[1]);
          expect(seen.disclaimer[0]).toBeTruthy();
          expect(seen.disclaimer[0]).toBe(seen.disclaimer[1]);
          expect(seen.lang).toBe(language);
          if (name === 'webinar' && options.eventName !== undefined)
            expect(seen.heading).toBe(options.eventName);

          // The copy button puts the plain-text citation on the clipboard.
          await page.getByRole('button').click();
          await expect.poll(() => page.getByRole('status').textContent()).not.toBe('');
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
            expected.citation.text,
          );

          // Nothing from the data ran: no global was set, no console message was written.
          expect(
            await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned),
          ).toBeUndefined();
          expect(consoleMessages).toEqual([]);

          await page.screenshot({
            path: join(RESULTS, 'screenshots', `${variant}-${language}-${name}.png`),
            fullPage: true,
          });
          await page.close();
        }
      }
    }, 120_000);
  }
});
