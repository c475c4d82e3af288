import { getAward, getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { defineEvent, defineOrganization, definePressRelease } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { formatCitation as formatPrecomputed } from './citation/format.js';
import {
  clearEngineCache,
  engineCacheSize,
  preloadEngine,
  renderBibliography,
  renderCitation,
  renderCslItem,
} from './engine.js';
import {
  CITATION_KINDS,
  CITATION_LOCALES,
  CITATION_STYLES,
  type CitationStyle,
  OUTPUT_FORMATS,
} from './styles/catalog.js';

const fixtures = [getPressRelease(), getEvent('unodc-webinar'), getInitiative('track4tip')];

describe('renderCitation', () => {
  it('gives exactly the precomputed strings for every fixture, style, locale, kind and format', async () => {
    clearEngineCache(); // engines other tests built in this worker would be counted below
    let compared = 0;
    for (const style of Object.keys(CITATION_STYLES) as CitationStyle[]) {
      for (const locale of CITATION_LOCALES) {
        for (const entity of fixtures) {
          for (const kind of CITATION_KINDS) {
            for (const format of OUTPUT_FORMATS) {
              const options = { style, locale, kind, format };
              expect(await renderCitation(entity, options)).toEqual(
                formatPrecomputed(entity, options),
              );
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).toBe(7 * 7 * 3 * 2 * 3);
    // One engine per style and locale, never one per citation.
    expect(engineCacheSize()).toBe(7 * 7);
  }, 120_000);

  it('formats a user’s own event with a caller-supplied title', async () => {
    const host = defineOrganization({
      id: 'acme-institute',
      kind: 'nongovernmental',
      name: 'Acme Institute',
    });
    const event = defineEvent({
      id: 'acme-webinar',
      kind: 'webinar',
      descriptiveLabel: 'Acme webinar on evidence',
      startDate: '2024-05-02',
      ledBy: ['acme-institute'],
    });
    const result = await renderCitation(event, {
      style: 'apa',
      title: 'Evidence in practice',
      organizations: [host],
    });
    expect(result.value).toBe('Acme Institute. (2024, May 2). Evidence in practice [Webinar].');
    expect(result.title).toEqual({
      value: 'Evidence in practice',
      official: false,
      source: 'caller',
    });
  });

  it('flags the default title of the webinar as a descriptive label, not an official title', async () => {
    const { title } = await renderCitation(getEvent('unodc-webinar'), { style: 'mla' });
    expect(title.official).toBe(false);
    expect(title.source).toBe('descriptive-label');
  });

  it('formats a user’s press release in Dutch with the genre word translated', async () => {
    const release = definePressRelease({
      id: 'acme-release',
      descriptiveLabel: 'Acme press release',
      headline: 'Acme opens a new office',
      publisher: 'unodc',
      dateline: '2023-11-07',
      inLanguage: 'en',
      about: 'unodc-webinar',
    });
    const { value, title } = await renderCitation(release, { style: 'apa', locale: 'nl-NL' });
    expect(value).toContain('[Persbericht]');
    expect(value).toContain('Acme opens a new office');
    expect(title).toEqual({ value: 'Acme opens a new office', official: true, source: 'headline' });
  });

  it('rejects an unknown style or locale instead of falling back to English', async () => {
    await expect(
      renderCitation(getPressRelease(), { style: 'turabian' as never }),
    ).rejects.toMatchObject({
      name: 'CiteError',
      code: 'UNKNOWN_STYLE',
      path: ['options', 'style'],
    });
    await expect(
      renderCitation(getPressRelease(), { style: 'apa', locale: 'fr-FR' as never }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_LOCALE' });
    await expect(preloadEngine('apa', 'de-DE' as never)).rejects.toMatchObject({
      code: 'UNKNOWN_LOCALE',
    });
  });

  it('rejects something that is not citable, with the path', async () => {
    await expect(
      renderCitation(getAward('SSJTIP19CA0027') as never, { style: 'apa' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['entity'],
    });
  });

  it('builds an engine once and reuses it; clearing the cache forces a rebuild', async () => {
    clearEngineCache();
    await preloadEngine('ieee', 'en-GB');
    await preloadEngine('ieee', 'en-GB');
    expect(engineCacheSize()).toBe(1);
    clearEngineCache();
    expect(engineCacheSize()).toBe(0);
  });
});

describe('options users need', () => {
  const ownEvent = (extra: Record<string, unknown> = {}) =>
    defineEvent({
      id: 'own-webinar',
      kind: 'webinar',
      descriptiveLabel: 'Own webinar',
      startDate: '2024-05-02',
      ledBy: ['unodc'],
      url: 'https://example.org/webinar',
      ...extra,
    });

  it('prints an access date where the style asks for one', async () => {
    const accessed = '2024-06-03';
    const cases: [CitationStyle, string][] = [
      ['harvard', '(Accessed: June 3, 2024)'],
      ['ieee', 'Accessed: Jun. 03, 2024'],
      ['vancouver', '[cited 2024 Jun 3]'],
    ];
    for (const [style, expected] of cases) {
      const { value } = await renderCitation(ownEvent(), { style, accessed, title: 'Evidence' });
      expect(value, style).toContain(expected);
      const without = await renderCitation(ownEvent(), { style, title: 'Evidence' });
      expect(without.value, style).not.toContain('2024 Jun 3');
      expect(without.value, style).not.toMatch(/Accessed|cited/);
    }
    await expect(
      renderCitation(ownEvent(), { style: 'ieee', accessed: '3 June 2024' }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION', path: ['options', 'accessed'] });
  }, 30_000);

  it('leaves a Spanish title in its own case (the event’s language reaches CSL), but title-cases English', async () => {
    const title = 'Cooperación entre autoridades de justicia penal';
    const spanish = await renderCitation(ownEvent({ inLanguage: ['es'] }), { style: 'mla', title });
    expect(spanish.value).toContain(title);
    const english = await renderCitation(ownEvent(), {
      style: 'mla',
      title: 'cooperation between criminal justice authorities',
    });
    expect(english.value).toContain('Cooperation between Criminal Justice Authorities');
  });

  it('cites a caller’s title as a title (italic in APA), not as a description', async () => {
    const { value } = await renderCitation(getPressRelease(), {
      style: 'apa',
      format: 'html',
      title: 'UNODC facilitates seminar to strengthen cooperation in human trafficking cases',
    });
    expect(value).toContain(
      '<i>UNODC facilitates seminar to strengthen cooperation in human trafficking cases</i> [Press release]',
    );
  }, 30_000);

  it('rejects a title on several lines or too long, as for entity fields', async () => {
    for (const title of ['One\n# Two', 'x'.repeat(501)]) {
      await expect(
        renderCitation(getPressRelease(), { style: 'apa', title }),
      ).rejects.toMatchObject({ code: 'INVALID_OPTION', path: ['options', 'title'] });
    }
  });
});

describe('addresses as recorded', () => {
  it('writes a URL and a DOI with an apostrophe as they are, in every style and format, while the text keeps its typography', async () => {
    const url = "https://www.example.org/events/women's-day?x=1&y=2";
    const doi = "10.1000/women's-day";
    const item = {
      id: 'lecture',
      type: 'webpage' as const,
      title: "Women's day lecture",
      author: [{ literal: 'Example Institute' }],
      issued: { 'date-parts': [[2025, 3, 8]] },
      URL: url,
      DOI: doi,
    };
    const straight = (text: string) => text.replaceAll('\u2019', "'");
    for (const style of Object.keys(CITATION_STYLES) as CitationStyle[]) {
      for (const format of OUTPUT_FORMATS) {
        const where = `${style} ${format}`;
        const entry = await renderCslItem(item, { style, format });
        const html = format === 'html';
        // Whatever the style prints of the addresses is the record's, character for character.
        const shown = [html ? url.replace('&', '&#38;') : url, doi];
        const printed = shown.filter((address) => straight(entry).includes(address));
        expect(printed.length, where).toBeGreaterThan(0);
        for (const address of printed) expect(entry, where).toContain(address);
        // The title's apostrophe is still typographic where the style makes it so.
        if (format !== 'markdown') expect(entry, where).toMatch(/Women\u2019s/i);
      }
    }
  }, 60_000);
});

describe('renderBibliography', () => {
  it('adds APA year suffixes to many items of one institution and year', async () => {
    const items = Array.from({ length: 30 }, (_, index) => ({
      id: `item-${index}`,
      type: 'document' as const,
      genre: 'Press release',
      title: `Statement ${String(index).padStart(2, '0')}`,
      author: [{ literal: 'United Nations Office on Drugs and Crime' }],
      issued: { 'date-parts': [[2021, 2, 1]] },
    }));
    const entries = await renderBibliography(items, { style: 'apa' });
    expect(entries).toHaveLength(30);
    expect(entries[0]).toContain('(2021a, February 1)');
    expect(entries[29]).toContain('(2021ad, February 1)');
    // Single citations are formatted alone, so no suffix leaks into them.
    expect(await renderCslItem(items[0] as never, { style: 'apa', kind: 'citation' })).toBe(
      '(United Nations Office on Drugs and Crime, 2021)',
    );
  }, 30_000);

  it('rejects duplicate ids', async () => {
    const item = { id: 'a', type: 'document' as const, title: 'A' };
    await expect(renderBibliography([item, item], { style: 'apa' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['items', 1, 'id'],
    });
  });
});

describe('no stale output across calls', () => {
  it('renders the item it is given, even when an earlier item had the same id, in every style, kind and format', async () => {
    const item = (title: string, year: number) => ({
      id: 'same-id',
      type: 'document' as const,
      title,
      author: [{ literal: title === 'Alpha report' ? 'Alpha Institute' : 'Beta Institute' }],
      issued: { 'date-parts': [[year]] },
      // Chicago's 18th-edition notes style lists a document in the bibliography only when a
      // reader can retrieve it (CMOS 14.114): from its publisher or URL.
      publisher: 'Example Press',
    });
    const first = item('Alpha report', 2001);
    const second = item('Beta report', 2002);
    const combinations = CITATION_KINDS.flatMap((kind) =>
      OUTPUT_FORMATS.map((format) => ({ kind, format })),
    );
    for (const style of Object.keys(CITATION_STYLES) as CitationStyle[]) {
      // What a fresh engine that never saw the first item makes of the second.
      clearEngineCache();
      const fresh = [];
      for (const { kind, format } of combinations) {
        fresh.push(await renderCslItem(second, { style, kind, format }));
      }
      clearEngineCache();
      for (const [index, { kind, format }] of combinations.entries()) {
        const options = { style, kind, format };
        const where = `${style} ${kind} ${format}`;
        const a = await renderCslItem(first, options);
        const b = await renderCslItem(second, options);
        expect(b, where).toBe(fresh[index]);
        if (kind === 'bibliography') {
          expect(a, where).toContain('Alpha');
          expect(b, where).toContain('Beta');
          expect(b, where).not.toContain('Alpha');
        }
        // And back again: the second data are not kept either.
        expect(await renderCslItem(first, options), where).toBe(a);
      }
    }
  }, 60_000);

  it('formats two users’ entities with the same id each with its own data', async () => {
    const own = (label: string) =>
      defineEvent({
        id: 'shared-event-id',
        kind: 'webinar',
        descriptiveLabel: label,
        startDate: '2024-05-02',
        ledBy: ['unodc'],
      });
    const a = await renderCitation(own('Webinar A'), { style: 'apa', title: 'First user’s title' });
    const b = await renderCitation(own('Webinar B'), {
      style: 'apa',
      title: 'Second user’s title',
    });
    expect(a.value).toContain('First user’s title');
    expect(b.value).toContain('Second user’s title');
    expect(b.value).not.toContain('First');
  });
});
