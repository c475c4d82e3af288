import { EVENT_KINDS } from '@track4tip/core';
import { defineEvent, type EventInput } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { CITATION_LOCALES } from '../styles/catalog.js';
import { ITEM_TERMS } from './terms.js';
import { toCsl } from './to-csl.js';

// A training in Spanish.
const quitoTraining = (extra: Partial<EventInput> = {}) =>
  defineEvent({
    id: 'quito-training-2025',
    kind: 'training',
    title: 'Taller regional sobre cooperación judicial',
    descriptiveLabel: 'Two-day training in Quito',
    startDate: '2025-03-10',
    endDate: '2025-03-11',
    inLanguage: ['es'],
    location: {
      place: { name: 'Hotel Quito', address: { addressLocality: 'Quito', addressCountry: 'EC' } },
    },
    ledBy: ['unodc'],
    ...extra,
  });

describe('toCsl of an event', () => {
  it('has a genre for every kind of EVENT_KINDS in every locale', () => {
    for (const locale of CITATION_LOCALES) {
      expect(Object.keys(ITEM_TERMS[locale].event).sort(), locale).toEqual([...EVENT_KINDS].sort());
    }
    const genres = (locale: (typeof CITATION_LOCALES)[number]) =>
      ['training', 'course', 'lecture', 'panel', 'roundtable', 'forum', 'symposium'].map(
        (kind) => toCsl(quitoTraining({ kind }), { locale }).genre,
      );
    const english = ['Training', 'Course', 'Lecture', 'Panel', 'Roundtable', 'Forum', 'Symposium'];
    const spanish = [
      'Capacitación',
      'Curso',
      'Charla',
      'Panel',
      'Mesa redonda',
      'Foro',
      'Simposio',
    ];
    expect(genres('en-US')).toEqual(english);
    expect(genres('en-GB')).toEqual(english);
    expect(genres('es-ES')).toEqual(spanish);
    expect(genres('es-MX')).toEqual(spanish);
    expect(genres('es-CL')).toEqual(spanish);
    expect(genres('pt-BR')).toEqual([
      'Capacitação',
      'Curso',
      'Palestra',
      'Painel',
      'Mesa-redonda',
      'Fórum',
      'Simpósio',
    ]);
    expect(genres('nl-NL')).toEqual([
      'Training',
      'Cursus',
      'Lezing',
      'Panel',
      'Rondetafelgesprek',
      'Forum',
      'Symposium',
    ]);
  });

  it('cites a free-text kind as written, in every locale', () => {
    const event = quitoTraining({ kind: 'capacitación' });
    expect(toCsl(event, { locale: 'en-US' }).genre).toBe('capacitación');
    expect(toCsl(event, { locale: 'es-ES' }).genre).toBe('capacitación');
    for (const locale of CITATION_LOCALES) {
      expect(toCsl(event, { locale }).genre, locale).toBe('capacitación');
    }
    // Words that are keys of every object are free text too, not inherited properties.
    expect(toCsl(quitoTraining({ kind: 'constructor' })).genre).toBe('constructor');
  });
});
