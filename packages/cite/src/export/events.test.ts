import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { getInitiative, getPressRelease } from '@track4tip/core';
import { defineEvent } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { quitoTraining } from '../../test/quito-training.js';
import { ITEM_TERMS } from '../csl/terms.js';
import { toCsl } from '../csl/to-csl.js';
import { CITATION_LOCALES } from '../styles/catalog.js';
import { toBibLaTeX, toBibTeX } from './bibtex.js';
import { toRis } from './ris.js';

const training = quitoTraining();
const spanish = toCsl(training, { locale: 'es-ES' });
const english = toCsl(training, { locale: 'en-US' });

const entries = (text: string) => {
  const library = parseBibtex(text, { english: false });
  expect(library.errors).toEqual([]);
  return library.entries;
};

describe('an event over two days, in person, in the reference-manager formats', () => {
  it('BibLaTeX: both days in `date` and `eventdate`, the place in `venue`, the genre in the citation’s language', () => {
    expect(toBibLaTeX(spanish)).toBe(
      [
        '@misc{quito-training-2025,',
        '  author    = {{United Nations Office on Drugs and Crime}},',
        '  title     = {Taller regional sobre cooperación judicial},',
        '  type      = {Capacitación},',
        '  date      = {2025-03-10/2025-03-11},',
        '  eventdate = {2025-03-10/2025-03-11},',
        '  venue     = {Quito, Ecuador},',
        '  langid    = {spanish}',
        '}',
        '',
      ].join('\n'),
    );
    const [entry] = entries(toBibLaTeX(english));
    expect(entry?.fields).toMatchObject({
      type: 'Training',
      date: '2025-03-10/2025-03-11',
      eventdate: '2025-03-10/2025-03-11',
      venue: 'Quito, Ecuador',
    });
  });

  it('RIS: both days kept whole in DA, the first year in PY, the place in CY', () => {
    expect(toRis(spanish)).toBe(
      [
        'TY  - SLIDE',
        'TI  - Taller regional sobre cooperación judicial',
        'AU  - United Nations Office on Drugs and Crime',
        'PY  - 2025',
        'DA  - 2025-03-10–2025-03-11',
        'M3  - Capacitación',
        'CY  - Quito, Ecuador',
        'LA  - es',
        'ID  - QUITOTRAINING1U5MONK',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
    // citation-js reads the range back whole, and the place as the item's place.
    const [read] = plugins.input.chain(toRis(english), { generateGraph: false }) as Record<
      string,
      unknown
    >[];
    expect(read).toMatchObject({
      issued: {
        'date-parts': [
          [2025, 3, 10],
          [2025, 3, 11],
        ],
      },
      'publisher-place': 'Quito, Ecuador',
      genre: 'Training',
    });
  });

  it('BibTeX: the year and the month the two days fall in (BibTeX has no day), the place in `address`', () => {
    expect(toBibTeX(spanish)).toBe(
      [
        '@misc{quito-training-2025,',
        '  author  = {{United Nations Office on Drugs and Crime}},',
        '  title   = {Taller regional sobre cooperación judicial},',
        '  year    = {2025},',
        '  month   = mar,',
        '  note    = {Capacitación},',
        '  address = {Quito, Ecuador}',
        '}',
        '',
      ].join('\n'),
    );
    // Across months, the year alone; across years, the range of years. Never `2025--2025`.
    const across = (start: number[], end: number[]) =>
      entries(toBibTeX({ ...english, issued: { 'date-parts': [start, end] } }))[0]?.fields;
    expect(across([2025, 3, 31], [2025, 4, 1])).toMatchObject({ year: '2025' });
    expect(across([2025, 3, 31], [2025, 4, 1])).not.toHaveProperty('month');
    expect(across([2024, 12, 30], [2025, 1, 2])).toMatchObject({ year: '2024–2025' });
    expect(across([2024, 12, 30], [2025, 1, 2])).not.toHaveProperty('month');
  });

  it('writes no place for an online-only event', () => {
    const online = toCsl(
      defineEvent({
        id: 'online-training',
        kind: 'training',
        descriptiveLabel: 'Online training',
        startDate: '2025-03-10',
        location: { virtualLocation: { url: 'https://www.example.org/live' } },
        ledBy: ['unodc'],
      }),
    );
    expect(toBibLaTeX(online)).not.toMatch(/venue/);
    expect(toBibTeX(online)).not.toMatch(/address/);
    expect(toRis(online)).not.toMatch(/CY {2}- /);
    expect(toBibLaTeX(online)).toContain('  eventdate = {2025-03-10}\n');
  });
});

describe('genres in every citation locale', () => {
  it('are the locale’s words in CSL-JSON, BibTeX, BibLaTeX and RIS', () => {
    for (const locale of CITATION_LOCALES) {
      const terms = ITEM_TERMS[locale];
      const items = [
        [toCsl(getPressRelease(), { locale }), terms.pressRelease],
        [toCsl(getInitiative('track4tip'), { locale, title: 'TRACK4TIP' }), terms.programme],
        [toCsl(training, { locale }), terms.event.training],
      ] as const;
      for (const [item, genre] of items) {
        const where = `${locale} ${item.id}`;
        expect(item.genre, where).toBe(genre);
        expect(toBibTeX(item), where).toMatch(new RegExp(`note += \\{${genre}\\}`));
        expect(toBibLaTeX(item), where).toMatch(new RegExp(`type += \\{${genre}\\}`));
        expect(toRis(item), where).toContain(`M3  - ${genre}`);
      }
    }
  });
});
