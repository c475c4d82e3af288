/**
 * The end-to-end suite every framework example runs: its production build served on 127.0.0.1
 * and read through Chromium. The default build must embed the library's graph, citation and
 * disclaimer, pass axe-core and keep the console empty; served under a nonce-based CSP, every
 * script (the JSON-LD one included) must carry the nonce, nothing may be refused and the page's
 * own script must still work; a second build with a hostile event name must keep it as data. The
 * head the browser reads back (title, meta and link elements, the COinS in the body) must be what
 * `headFor` of `@track4tip/head` gives from the model, in both builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type HeadTags, toContextObject } from '@track4tip/head';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  copyWithButton,
  HOSTILE_NAME,
  launchChromium,
  type PageHead,
  pwned,
  readHead,
  readJsonLd,
  scriptNonces,
  shownText,
  watch,
} from './browser.js';

/** What a framework example is and what its page must show. */
export interface StaticExample {
  /** The framework's name, for the test titles. */
  readonly name: string;
  /** The example's folder. */
  readonly root: string;
  /** Its production build's output folder, as `pnpm run build` leaves it. */
  readonly built: string;
  /**
   * The production build command, run with `TRACK4TIP_EVENT_NAME` set, writing into `outDir`
   * (a folder inside `root`): the program and its arguments, and extra environment variables.
   */
  readonly build: (outDir: string) => { command: readonly string[]; env?: Record<string, string> };
  /** The expected head, graph, heading, citation (HTML and text) and disclaimer (HTML). */
  readonly expected: {
    readonly head: (eventName?: string) => HeadTags;
    readonly graph: (eventName?: string) => unknown;
    readonly heading: (eventName?: string) => string;
    readonly citation: { readonly html: string; readonly text: string };
    readonly disclaimer: string;
  };
}

// The tags headFor writes; a framework adds its own (charset, viewport, generator) beside them.
const MODEL_TAG = /^(description$|og:|article:|twitter:|citation_|DC\.)/;
// A framework may write an address in another form of the same URL (Next writes the root's og:url
// without its slash): addresses are compared as URLs.
const sameForm = (value: string) => (/^https?:\/\/\S+$/.test(value) ? new URL(value).href : value);
const tagKey = (tag: { name?: string; property?: string; content: string }) =>
  `${tag.property === undefined ? `name=${tag.name}` : `property=${tag.property}`} ${sameForm(tag.content)}`;
const linkKey = (tag: { rel: string; href: string; hreflang?: string }) =>
  `${tag.rel} ${tag.hreflang ?? ''} ${sameForm(tag.href)}`;

/**
 * The page's head as the browser read it holds exactly the model's title, meta tags, canonical
 * and alternate links (in any order: a framework orders them its own way) and COinS.
 */
export function expectModelHead(seen: PageHead, head: HeadTags): void {
  expect(seen.title).toBe(head.title);
  expect(
    seen.meta
      .filter((tag) => MODEL_TAG.test(tag.property ?? tag.name ?? ''))
      .map(tagKey)
      .sort(),
  ).toEqual(head.meta.map(tagKey).sort());
  const linked = (tag: { rel: string }) => tag.rel === 'canonical' || tag.rel === 'alternate';
  expect(seen.link.filter(linked).map(linkKey).sort()).toEqual(
    head.link.filter(linked).map(linkKey).sort(),
  );
  expect(seen.coins).toEqual(head.citation === undefined ? [] : [toContextObject(head.citation)]);
}

/** Declares the suite for one example (see the module comment). */
export function describeStaticExample(example: StaticExample): void {
  const haveChromium = chromiumAvailable();
  const { expected } = example;

  describe.skipIf(!haveChromium)(`${example.name} example in Chromium`, () => {
    let browser: Browser;

    async function open(folder: string, csp = false) {
      const url = await browser.serve(folder, { csp });
      const page = await browser.context.newPage();
      const { messages } = await watch(page);
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      return { page, messages, policy: response?.headers()['content-security-policy'] };
    }

    // The copy button is the page's own script: that it works shows the page's scripts ran.
    async function copyWorks(page: Page): Promise<void> {
      expect(await copyWithButton(page, 'Copy citation')).toEqual({
        status: 'Copied',
        clipboard: expected.citation.text,
      });
    }

    beforeAll(async () => {
      if (!existsSync(join(example.built, 'index.html')))
        throw new Error(`${example.built} has no index.html: run "pnpm run build" first`);
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("the built page has the model's head and embeds the library graph, citation and disclaimer, and passes axe-core", async () => {
      const { page, messages } = await open(example.built);
      expectModelHead(await readHead(page), expected.head());
      expect(await readJsonLd(page)).toEqual([expected.graph()]);
      expect(await page.locator('h1').textContent()).toBe(expected.heading());
      for (const [selector, html] of [
        ['.citation', expected.citation.html],
        ['.disclaimer', expected.disclaimer],
      ] as const) {
        const [shown, library] = await shownText(page, selector, html);
        expect(shown).toBeTruthy();
        expect(shown).toBe(library);
      }
      await copyWorks(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(messages).toEqual([]);
      await page.close();
    }, 60_000);

    it('under a nonce-based CSP every script carries the nonce and nothing is refused', async () => {
      const { page, messages, policy } = await open(example.built, true);
      const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
      expect(nonce).toBeTruthy();
      const scripts = await scriptNonces(page);
      expect(scripts.filter((script) => script.type === 'application/ld+json')).toEqual([
        { type: 'application/ld+json', nonce },
      ]);
      for (const script of scripts) expect(script).toEqual({ type: script.type, nonce });
      expect(await readJsonLd(page)).toEqual([expected.graph()]);
      await copyWorks(page);
      expect(messages).toEqual([]);
      await page.close();
    }, 60_000);

    it('a hostile event name stays data: the head, the JSON-LD and the heading hold it, nothing runs', async () => {
      const outDir = 'test-results/hostile';
      await rm(join(example.root, outDir), { recursive: true, force: true });
      const { command, env } = example.build(outDir);
      const [program, ...args] = command;
      if (program === undefined) throw new Error('build: empty command');
      const run = spawnSync(program, args, {
        cwd: example.root,
        encoding: 'utf8',
        env: { ...process.env, ...env, TRACK4TIP_EVENT_NAME: HOSTILE_NAME },
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const { page, messages } = await open(join(example.root, outDir));
      expect(await readJsonLd(page)).toEqual([expected.graph(HOSTILE_NAME)]);
      expectModelHead(await readHead(page), expected.head(HOSTILE_NAME));
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_NAME);
      await copyWorks(page);
      expect(await pwned(page)).toBeUndefined();
      expect(messages).toEqual([]);
      await page.close();
    }, 240_000);
  });
}
