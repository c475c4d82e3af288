import { fixtures, getEvent } from '@track4tip/core';
import { completeDataset, defineEvent } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { quitoTraining } from '../test/quito-training.js';
import { formatCitation as formatPrecomputed } from './citation/format.js';
import { renderCitation } from './engine.js';
import type { CitationLocale, CitationStyle } from './styles/catalog.js';

const training = quitoTraining();

const bibliography = async (
  entity: Parameters<typeof renderCitation>[0],
  style: CitationStyle,
  locale: CitationLocale,
) => (await renderCitation(entity, { style, locale })).value;

describe('renderCitation of an event over two days, in person', () => {
  // Each entry read against its manual. The styles print the date range in their own form (APA
  // "2025, March 10–11", MLA "10–11 Mar. 2025", Chicago "March 10–11, 2025"), and MLA 9 and
  // Chicago 18th print the place after it (CSL `event-place`); APA 7 prints no place for an event
  // without an event title. The place also travels in BibLaTeX `venue` and in RIS `CY`.
  const expected: readonly [CitationStyle, CitationLocale, string][] = [
    [
      'apa',
      'en-US',
      'United Nations Office on Drugs and Crime. (2025, March 10–11). Taller regional sobre cooperación judicial [Training].',
    ],
    [
      'apa',
      'es-ES',
      'United Nations Office on Drugs and Crime. (2025, marzo 10–11). Taller regional sobre cooperación judicial [Capacitación].',
    ],
    [
      'mla',
      'en-US',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Training. 10–11 Mar. 2025, Quito, Ecuador.',
    ],
    [
      'mla',
      'es-ES',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Capacitación. 10–11 de marzo de 2025, Quito, Ecuador.',
    ],
    [
      'chicago-author-date',
      'en-US',
      'United Nations Office on Drugs and Crime. 2025. Taller regional sobre cooperación judicial. Training. March 10–11, 2025, Quito, Ecuador.',
    ],
    [
      'chicago-author-date',
      'es-ES',
      'United Nations Office on Drugs and Crime. 2025. Taller regional sobre cooperación judicial. Capacitación. 10–11 de marzo de 2025, Quito, Ecuador.',
    ],
    [
      'chicago-notes-bibliography',
      'en-US',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Training. March 10–11, 2025, Quito, Ecuador.',
    ],
    [
      'chicago-notes-bibliography',
      'es-ES',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Capacitación. 10–11 de marzo de 2025, Quito, Ecuador.',
    ],
  ];

  it.each(expected)('%s, %s', async (style, locale, entry) => {
    expect(await bibliography(training, style, locale)).toBe(entry);
  });
});

describe('renderCitation of the webinar completed with times', () => {
  it('prints its one day, no place, exactly as the precomputed citation of the fixture', async () => {
    const site = completeDataset(fixtures, {
      events: {
        'unodc-webinar': {
          startDate: '2021-02-01T10:00:00-05:00',
          endDate: '2021-02-01T12:00:00-05:00',
          location: { virtualLocation: { url: 'https://www.example.org/live' } },
        },
      },
    });
    const webinar = site.events?.find((event) => event.id === 'unodc-webinar');
    if (webinar === undefined) throw new Error('no webinar');
    expect(await bibliography(webinar, 'apa', 'en-US')).toBe(
      'United Nations Office on Drugs and Crime. (2021, February 1). [UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases].',
    );
    expect(await bibliography(webinar, 'mla', 'es-ES')).toBe(
      'United Nations Office on Drugs and Crime. UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases. 1 de febrero de 2021.',
    );
    for (const style of ['apa', 'mla', 'chicago-author-date', 'ieee'] as const) {
      expect(await renderCitation(webinar, { style })).toEqual(
        formatPrecomputed(getEvent('unodc-webinar'), { style }),
      );
    }
  });
});

describe('renderCitation of an event of a free-text kind', () => {
  it('prints the kind as written (the style capitalises its first letter, as for any genre)', async () => {
    const event = defineEvent({
      id: 'capacitacion-fiscales',
      kind: 'capacitación',
      title: 'Cooperación judicial en casos de trata',
      descriptiveLabel: 'Training for prosecutors',
      startDate: '2025-03-11T23:30:00-05:00',
      inLanguage: ['es'],
      ledBy: ['unodc'],
    });
    expect(await bibliography(event, 'apa', 'en-US')).toBe(
      'United Nations Office on Drugs and Crime. (2025, March 11). Cooperación judicial en casos de trata [Capacitación].',
    );
    expect(await bibliography(event, 'apa', 'es-ES')).toBe(
      'United Nations Office on Drugs and Crime. (2025, marzo 11). Cooperación judicial en casos de trata [Capacitación].',
    );
  });
});
