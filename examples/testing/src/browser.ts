/**
 * Browser helpers of the examples' end-to-end tests: Debian's Chromium driven by playwright-core
 * (no browser is downloaded), the JSON-LD the browser parses, what a page wrote to its console or
 * the CSP refused, and axe-core's accessibility violations.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ServeOptions, serve } from './serve.js';

/** Where the tests expect Chromium (`apt-get install -y chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags every test browser runs with: headless, sandbox-less, quiet on the network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Whether Chromium is installed. In CI (`CI` set and not `false`/`0`) a missing browser throws,
 * so the browser tests fail instead of being skipped; elsewhere it warns and returns false.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium"`;
  const ci = process.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') throw new Error(message);
  console.warn(`SKIPPING the browser test: ${message}`);
  return false;
}

/** A running browser context, the sites it serves, and how to close it all. */
export interface Browser {
  readonly context: BrowserContext;
  /**
   * Serves `folder` on 127.0.0.1 (see `serve`) and lets its pages use the clipboard.
   *
   * @returns The site's base URL (ending in `/`).
   */
  serve(folder: string, options?: Omit<ServeOptions, 'port'>): Promise<string>;
  /** Closes the browser and the servers it started, and removes its profile. */
  close(): Promise<void>;
}

/** Starts Chromium with a throw-away profile and {@link CHROMIUM_FLAGS}. */
export async function launchChromium(): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'track4tip-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  const servers: Server[] = [];
  return {
    context,
    async serve(folder, options = {}) {
      const { server, url } = await serve(folder, options);
      servers.push(server);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: url.replace(/\/$/, ''),
      });
      return url;
    },
    async close() {
      await context.close();
      for (const server of servers) server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records, from before the page's first script, everything a test must see empty: console
 * messages, uncaught errors and Content-Security-Policy violations.
 */
export async function watch(page: Page): Promise<{ readonly messages: string[] }> {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__track4tipReport', (text: string) => messages.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { __track4tipReport(text: string): void })
        .__track4tipReport;
      report(`csp: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { messages };
}

/** The JSON-LD blocks of the page, read by the browser and parsed with `JSON.parse`. */
export function readJsonLd(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((script) =>
      JSON.parse(script.textContent ?? ''),
    ),
  );
}

/** What a page's head says, as the browser reads it back: what `headFor` of `@track4tip/head` gave. */
export interface PageHead {
  /** `document.title`. */
  readonly title: string;
  /** Every `<meta name|property content>` of the head, in order (charset and viewport left out). */
  readonly meta: { name?: string; property?: string; content: string }[];
  /** Every `<link>` of the head but the icon, in order. */
  readonly link: { rel: string; href: string; hreflang?: string }[];
  /** The `title` of each COinS span (`span.Z3988`) of the body. */
  readonly coins: string[];
}

/** Reads the page's title, meta and link elements and COinS spans back from the DOM. */
export function readHead(page: Page): Promise<PageHead> {
  return page.evaluate(() => {
    const meta = Array.from(document.head.querySelectorAll('meta[content]')).flatMap((element) => {
      const name = element.getAttribute('name');
      const property = element.getAttribute('property');
      const content = element.getAttribute('content') ?? '';
      if (name === 'viewport') return [];
      return [property === null ? { name: name ?? '', content } : { property, content }];
    });
    const link = Array.from(document.head.querySelectorAll('link')).flatMap((element) => {
      const rel = element.getAttribute('rel') ?? '';
      const href = element.getAttribute('href') ?? '';
      const hreflang = element.getAttribute('hreflang');
      if (rel === 'icon' || rel === 'stylesheet' || rel === 'preload' || rel === 'modulepreload')
        return [];
      return [hreflang === null ? { rel, href } : { rel, hreflang, href }];
    });
    const coins = Array.from(document.querySelectorAll('span.Z3988')).map(
      (span) => span.getAttribute('title') ?? '',
    );
    return { title: document.title, meta, link, coins };
  });
}

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core (all WCAG 2.x A/AA rules and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: typeof axe }).axe.run(document),
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Clicks the page's copy button (the one named `name`, else the only button) and waits for its
 * status message.
 *
 * @returns The status message and what the clipboard then holds.
 */
export async function copyWithButton(
  page: Page,
  name?: string,
): Promise<{ status: string; clipboard: string }> {
  await page.getByRole('button', name === undefined ? {} : { name }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
  return {
    status: (await status.textContent()) ?? '',
    clipboard: await page.evaluate(() => navigator.clipboard.readText()),
  };
}

/**
 * An event name that tries every way out of a `<script>` element and into HTML: a test passes it
 * as data and checks that nothing ran (`__pwned` stays unset, the console stays empty).
 */
export const HOSTILE_NAME = `</script><img src=x onerror="globalThis.__pwned=1;console.error('pwned')"><script>globalThis.__pwned=2</script>`;

/** What the hostile data would have set, had any of it run. */
export function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
}

/**
 * The trimmed text of the first element matching `selector` and, beside it, the text the browser
 * gets from `html` (the library's HTML output), so a test can compare what is shown with it.
 */
export function shownText(page: Page, selector: string, html: string): Promise<[string?, string?]> {
  return page.evaluate(
    ({ selector, html }) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return [
        document.querySelector(selector)?.textContent?.trim(),
        template.content.textContent?.trim(),
      ] as [string?, string?];
    },
    { selector, html },
  );
}

/** The `nonce` of every script element of the page (the DOM property: the attribute is hidden). */
export function scriptNonces(page: Page): Promise<{ type: string; nonce: string | undefined }[]> {
  return page.evaluate(() =>
    Array.from(document.scripts).map((script) => ({ type: script.type, nonce: script.nonce })),
  );
}
