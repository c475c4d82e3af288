import { formatCitation } from '@track4tip/cite';
import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('track4tip cite', () => {
  it("prints the library's APA reference of the webinar by default", async () => {
    const out = await cli(['cite', 'unodc-webinar']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      `${formatCitation(getEvent('unodc-webinar'), { style: 'apa' }).value}\n`,
    );
  });

  it('honours --style, --locale, --format and --kind', async () => {
    const out = await cli([
      'cite',
      'unodc-webinar',
      '--style',
      'apa',
      '--locale',
      'es-ES',
      '--format',
      'html',
    ]);
    expect(out.code).toBe(0);
    const expected = formatCitation(getEvent('unodc-webinar'), {
      style: 'apa',
      locale: 'es-ES',
      format: 'html',
    });
    expect(out.stdout).toBe(`${expected.value}\n`);
    const inText = await cli([
      'cite',
      'unodc-press-release-2021-02-01',
      '--kind',
      'citation',
      '--style',
      'harvard',
    ]);
    expect(inText.stdout).toBe(
      `${formatCitation(getPressRelease(), { style: 'harvard', kind: 'citation' }).value}\n`,
    );
    const mla = await cli(['cite', 'track4tip', '--style', 'mla', '--format', 'markdown']);
    expect(mla.stdout).toBe(
      `${formatCitation(getInitiative('track4tip'), { style: 'mla', format: 'markdown' }).value}\n`,
    );
  });

  it('exits with 1 and names --style for an unknown style, never falling back', async () => {
    const out = await cli(['cite', 'unodc-webinar', '--style', 'turabian']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      /^error UNKNOWN_STYLE --style: unknown citation style "turabian"; use one of/m,
    );
  });

  it('exits with 1 and names --locale for an unsupported locale (JSON diagnostics)', async () => {
    const out = await cli(['cite', 'unodc-webinar', '--locale', 'fr-FR', '--json']);
    expect(out.code).toBe(1);
    const { problems } = JSON.parse(out.stderr) as { problems: { code: string; path: string }[] };
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_LOCALE', path: '--locale' }),
    ]);
  });

  it('cites the other session with the runtime engine', async () => {
    const out = await cli(['cite', 'us-doj-session']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('United States Department of Justice');
    // citeproc is loaded lazily and builds its engine on first use: slow on a loaded machine.
  }, 60_000);

  it('exits with 1 for an entity that cannot be cited (a person)', async () => {
    const out = await cli(['cite', 'silke-albert']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^error INVALID_INPUT <entity>: expected a press release/m);
  });

  it('exits with 1 for an unknown entity', async () => {
    const out = await cli(['cite', 'no-such-event']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('<entity>: there is no entity "no-such-event"');
  });

  it('exits with 2 without an entity', async () => {
    const out = await cli(['cite']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("missing required argument 'entity'");
  });
});
