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

describe('track4tip cite with any CSL style', () => {
  const style = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>https://example.org/styles/short</id><title>Short</title><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter=", "><names variable="author"/><date variable="issued" form="text"/></group></layout></bibliography>
</style>`;

  it('takes the CSL id of a style the SDK ships', async () => {
    const out = await cli(['cite', 'unodc-webinar', '--style', 'modern-language-association']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      `${formatCitation(getEvent('unodc-webinar'), { style: 'mla' }).value}\n`,
    );
  });

  it('cites with a style file (--style-file), in the locale asked for', async () => {
    const out = await cli(
      ['cite', 'unodc-press-release-2021-02-01', '--style-file', 'short.csl', '--locale', 'es'],
      { 'short.csl': style },
    );
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('United Nations Office on Drugs and Crime, 1 de febrero de 2021\n');
  });

  it('reports what is wrong with a style file, at --style-file, and refuses it with --style', async () => {
    const broken = await cli(['cite', 'unodc-webinar', '--style-file', 'broken.csl'], {
      'broken.csl': style.replace(' xmlns="http://purl.org/net/xbiblio/csl"', ''),
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error INVALID_STYLE --style-file: .*CSL namespace/m);
    const both = await cli(
      ['cite', 'unodc-webinar', '--style', 'apa', '--style-file', 'short.csl'],
      { 'short.csl': style },
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(
      /^error INVALID_OPTION --style-file: give --style or --style-file/m,
    );
    const missing = await cli(['cite', 'unodc-webinar', '--style-file', 'none.csl']);
    expect(missing.stderr).toMatch(/^error UNREADABLE_FILE none\.csl/m);
  });
});
