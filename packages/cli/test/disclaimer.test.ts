import { formatDisclaimer } from '@track4tip/cite';
import { getAward } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const award = getAward('SSJTIP19CA0027');

describe('track4tip disclaimer', () => {
  it("prints the press release's own wording by default", async () => {
    const out = await cli(['disclaimer']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(`${formatDisclaimer({ award }).value}\n`);
    expect(out.stdout).toContain('Award No. SSJTIP19CA0027');
  });

  it('honours --medium and --format', async () => {
    const out = await cli(['disclaimer', '--medium', 'website', '--format', 'markdown']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      `${formatDisclaimer({ award, medium: 'website', format: 'markdown' }).value}\n`,
    );
  });

  it('prints a translation followed by its unofficial notice', async () => {
    const out = await cli(['disclaimer', '--locale', 'es-ES']);
    const expected = formatDisclaimer({ award, locale: 'es-ES' });
    expect(out.code).toBe(0);
    expect(expected.notice).toBeDefined();
    expect(out.stdout).toBe(`${expected.value}\n\n${expected.notice}\n`);
  });

  it('exits with 1 and names --medium for an unknown medium', async () => {
    const out = await cli(['disclaimer', '--medium', 'billboard']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^error UNKNOWN_MEDIUM --medium: unknown medium "billboard"/m);
  });

  it('exits with 1 and names --format for an unknown format', async () => {
    const out = await cli(['disclaimer', '--format', 'pdf', '--json']);
    expect(out.code).toBe(1);
    const { problems } = JSON.parse(out.stderr) as { problems: { code: string; path: string }[] };
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_FORMAT', path: '--format' }),
    ]);
  });

  it('exits with 2 on a stray argument or an option without its value', async () => {
    expect((await cli(['disclaimer', 'website'])).code).toBe(2);
    expect((await cli(['disclaimer', '--medium'])).code).toBe(2);
  });
});
