import { EVENT_KINDS, fixtures, getEvent } from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../test/csl-json.schema.json' with { type: 'json' };
import { quitoTraining } from '../../test/quito-training.js';
import { CITATION_LOCALES } from '../styles/catalog.js';
import { ITEM_TERMS } from './terms.js';
import { toCsl } from './to-csl.js';

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('toCsl of an event', () => {
  it('cites a two-day training by both days and its place, the genre in the citation’s language', () => {
    expect(toCsl(quitoTraining(), { locale: 'es-ES' })).toEqual({
      id: 'quito-training-2025',
      type: 'event',
      title: 'Taller regional sobre cooperación judicial',
      genre: 'Capacitación',
      author: [{ literal: 'United Nations Office on Drugs and Crime' }],
      issued: {
        'date-parts': [
          [2025, 3, 10],
          [2025, 3, 11],
        ],
      },
      'event-date': {
        'date-parts': [
          [2025, 3, 10],
          [2025, 3, 11],
        ],
      },
      'event-place': 'Quito, Ecuador',
      language: 'es',
    });
    expect(toCsl(quitoTraining())).toMatchObject({
      genre: 'Training',
      'event-place': 'Quito, Ecuador',
    });
    expect(validate([toCsl(quitoTraining())])).toBe(true);
  });

  it('names the country in the citation’s language, after the town (or the region without one)', () => {
    const inTheHague = quitoTraining({
      location: { place: { address: { addressLocality: 'Den Haag', addressCountry: 'NL' } } },
    });
    const places = CITATION_LOCALES.map((locale) => toCsl(inTheHague, { locale })['event-place']);
    expect(places).toEqual([
      'Den Haag, Netherlands',
      'Den Haag, Netherlands',
      'Den Haag, Países Bajos',
      'Den Haag, Países Bajos',
      'Den Haag, Países Bajos',
      'Den Haag, Países Baixos',
      'Den Haag, Nederland',
    ]);
    expect(toCsl(quitoTraining(), { locale: 'pt-BR' })['event-place']).toBe('Quito, Equador');
    const at = (address: Record<string, string>) =>
      toCsl(quitoTraining({ location: { place: { address } } }))['event-place'];
    expect(at({ addressRegion: 'Pichincha', addressCountry: 'EC' })).toBe('Pichincha, Ecuador');
    expect(at({ addressLocality: 'Quito', addressRegion: 'Pichincha' })).toBe('Quito');
    expect(at({ addressCountry: 'EC' })).toBe('Ecuador');
    expect(at({ addressLocality: 'Singapore', addressCountry: 'SG' })).toBe('Singapore');
    // A street or a postal code alone names no place a citation can print.
    expect(at({ streetAddress: 'Av. Amazonas N34-451', postalCode: '170135' })).toBeUndefined();
  });

  it('gives an online-only event no place, and a hybrid one the place of its venue', () => {
    const live = { url: 'https://www.example.org/live' };
    const online = toCsl(quitoTraining({ location: { virtualLocation: live } }));
    expect(online).not.toHaveProperty('event-place');
    const hybrid = quitoTraining({
      location: {
        place: { address: { addressLocality: 'Quito', addressCountry: 'EC' } },
        virtualLocation: live,
      },
    });
    expect(toCsl(hybrid)['event-place']).toBe('Quito, Ecuador');
  });

  it('cites the webinar completed with times and an online location by its one day, with no place', () => {
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
    const item = toCsl(webinar);
    expect(item.issued).toEqual({ 'date-parts': [[2021, 2, 1]] });
    expect(item['event-date']).toEqual({ 'date-parts': [[2021, 2, 1]] });
    expect(item).not.toHaveProperty('event-place');
    // The times change nothing a citation prints: the item is the fixture's.
    expect(item).toEqual(toCsl(getEvent('unodc-webinar')));
  });

  it('takes each day in the value’s own offset, the same in every time zone', () => {
    const late = quitoTraining({
      startDate: '2025-03-10T09:00:00-05:00',
      endDate: '2025-03-11T23:30:00-05:00',
    });
    const sameDay = quitoTraining({
      startDate: '2025-03-11T23:30:00-05:00',
      endDate: '2025-03-11T23:45:00-05:00',
    });
    const before = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        expect(toCsl(late)['event-date'], zone).toEqual({
          'date-parts': [
            [2025, 3, 10],
            [2025, 3, 11],
          ],
        });
        expect(toCsl(sameDay).issued, zone).toEqual({ 'date-parts': [[2025, 3, 11]] });
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    // An end later the same day, in either form, is one day.
    const oneDay = quitoTraining({ startDate: '2025-03-10', endDate: '2025-03-10T17:00:00-05:00' });
    expect(toCsl(oneDay).issued).toEqual({ 'date-parts': [[2025, 3, 10]] });
  });

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

  it('says which date or country of an event it cannot read', () => {
    const event = quitoTraining();
    expect(() => toCsl({ ...event, endDate: '11 March 2025' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['entity', 'endDate'] }),
    );
    expect(() => toCsl({ ...event, startDate: '2025-03-10T09:00:00' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['entity', 'startDate'] }),
    );
    const inEcuador = {
      place: { address: { addressLocality: 'Quito', addressCountry: 'Ecuador' } },
    };
    expect(() => toCsl({ ...event, location: inEcuador })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: ['entity', 'location', 'place', 'address', 'addressCountry'],
      }),
    );
  });
});
