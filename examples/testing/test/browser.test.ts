/**
 * The helpers the browser tests rely on can fail: under the CSP of `serve({ csp: true })` a
 * script with someone else's nonce is refused and `watch` reports it, while the nonce'd one runs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  chromiumAvailable,
  launchChromium,
  readJsonLd,
  scriptNonces,
  watch,
} from '../src/browser.js';

const haveChromium = chromiumAvailable();

describe.skipIf(!haveChromium)('serve({ csp: true }) and watch() in Chromium', () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'track4tip-serve-'));
    await writeFile(
      join(folder, 'index.html'),
      '<!doctype html><html lang="en"><head><title>t</title>' +
        '<script type="application/ld+json">{"a":"\\u003c/script>"}</script>' +
        '<script>globalThis.ran = 1</script>' +
        '<script nonce="someone-else">globalThis.blocked = 1</script></head><body></body></html>',
    );
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('runs the scripts it nonced, refuses the others and reports the refusal', async () => {
    const url = await browser.serve(folder, { csp: true });
    const page = await browser.context.newPage();
    const { messages } = await watch(page);
    const response = await page.goto(url);
    const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await scriptNonces(page)).toEqual([
      { type: 'application/ld+json', nonce },
      { type: '', nonce },
      { type: '', nonce: 'someone-else' },
    ]);
    expect(await readJsonLd(page)).toEqual([{ a: '</script>' }]);
    const globals = await page.evaluate(() => {
      const g = globalThis as { ran?: number; blocked?: number };
      return { ran: g.ran, blocked: g.blocked };
    });
    expect(globals).toEqual({ ran: 1, blocked: undefined });
    await expect
      .poll(() => messages.filter((m) => m.startsWith('csp: ')))
      .toEqual(['csp: script-src-elem blocked inline']);
    await page.close();
  }, 60_000);
});
