import { getEvent, getEventSeries, getInitiative, getPressRelease } from '@track4tip/core';
import {
  defineEvent,
  defineInitiative,
  defineOrganization,
  definePerson,
  definePublication,
} from '@track4tip/core/schemas';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../test/csl-json.schema.json' with { type: 'json' };
import { renderCitation } from '../engine.js';
import { CITATION_LOCALES } from '../styles/catalog.js';
import { toCsl } from './to-csl.js';

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('toCsl', () => {
  it('makes the press release an APA-friendly document: full date, genre, literal institutional author, no publisher', () => {
    expect(toCsl(getPressRelease())).toEqual({
      id: 'unodc-press-release-2021-02-01',
      type: 'document',
      // Untitled in the source: the style-neutral item cites it by its description, in brackets.
      title:
        '[UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases]',
      genre: 'Press release',
      author: [{ literal: 'United Nations Office on Drugs and Crime' }],
      issued: { 'date-parts': [[2021, 2, 1]] },
      URL: 'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html',
      language: 'en',
    });
  });

  it('makes the webinar an event without an event-title repeating its title', () => {
    const item = toCsl(getEvent('unodc-webinar'));
    expect(item.type).toBe('event');
    expect(item['event-title']).toBeUndefined();
    expect(item['event-date']).toEqual({ 'date-parts': [[2021, 2, 1]] });
    expect(item.genre).toBe('Webinar');
    expect(item.publisher).toBeUndefined();
    expect(item.title).toBe(
      '[UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases]',
    );
  });

  it('describes an untitled work the way each style’s manual asks', () => {
    const release = getPressRelease();
    const description =
      'UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases';
    // APA, MLA and Chicago: no title; the description (printed in brackets by APA, plain by MLA
    // and Chicago).
    for (const style of [
      'apa',
      'mla',
      'chicago-author-date',
      'chicago-notes-bibliography',
    ] as const) {
      const item = toCsl(release, { style });
      expect(item.title, style).toBeUndefined();
      expect(item.genre, style).toBe(description);
    }
    for (const style of ['harvard', 'ieee', 'vancouver'] as const) {
      const item = toCsl(release, { style });
      expect(item.title, style).toBe(`<span class="nocase">[${description}]</span>`);
      expect(item.genre, style).toBeUndefined();
    }
    // A title of the caller's is a title in every style.
    expect(toCsl(release, { style: 'apa', title: 'Cooperation' })).toMatchObject({
      title: 'Cooperation',
      genre: 'Press release',
    });
    expect(() => toCsl(release, { style: 'apa7' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_STYLE', path: ['options', 'style'] }),
    );
  });

  it('validates the title option like a one-line field of the core models', () => {
    const release = getPressRelease();
    for (const title of [
      '',
      '   ',
      'Line one\nLine two',
      ' padded',
      'tab\there',
      'x'.repeat(501),
    ]) {
      expect(() => toCsl(release, { title }), JSON.stringify(title)).toThrowError(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'title'] }),
      );
    }
    expect(toCsl(release, { title: 'x'.repeat(500) }).title).toHaveLength(500);
  });

  it('adds an access date, and rejects one that is not a calendar date', () => {
    expect(toCsl(getPressRelease(), { accessed: '2024-02-29' }).accessed).toEqual({
      'date-parts': [[2024, 2, 29]],
    });
    for (const accessed of ['2023-02-29', '2024-13-01', '2024-1-1', '2024-01-01T10:00:00Z', '']) {
      expect(() => toCsl(getPressRelease(), { accessed }), accessed).toThrowError(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'accessed'] }),
      );
    }
  });

  it('passes an event’s language to CSL `language`', () => {
    const event = defineEvent({
      id: 'spanish-webinar',
      kind: 'webinar',
      descriptiveLabel: 'Seminario web de prueba',
      startDate: '2024-05-02',
      ledBy: ['unodc'],
      inLanguage: ['es'],
    });
    expect(toCsl(event).language).toBe('es');
    expect(toCsl(getEvent('unodc-webinar')).language).toBeUndefined();
  });

  it('makes the programme a document dated by its years', () => {
    const item = toCsl(getInitiative('track4tip'));
    expect(item).toMatchObject({ type: 'document', title: 'TRACK4TIP', genre: 'Program' });
    expect(item.issued).toEqual({ 'date-parts': [[2019], [2022]] });
    expect(toCsl(getInitiative('track4tip'), { locale: 'en-GB' }).genre).toBe('Programme');
  });

  it('translates the genre word with our own table in every locale', () => {
    const genres = CITATION_LOCALES.map((locale) => toCsl(getPressRelease(), { locale }).genre);
    expect(genres).toEqual([
      'Press release',
      'Press release',
      'Comunicado de prensa',
      'Comunicado de prensa',
      'Comunicado de prensa',
      'Comunicado de imprensa',
      'Persbericht',
    ]);
  });

  it('writes items that validate against the CSL-JSON schema, in every locale', () => {
    for (const locale of CITATION_LOCALES) {
      const items = [getPressRelease(), getEvent('unodc-webinar'), getInitiative('track4tip')].map(
        (entity) => toCsl(entity, { locale }),
      );
      expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema rejects what CSL-JSON forbids (so the check above means something)', () => {
    expect(validate([{ id: 'x', type: 'press-release' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'document', author: 'UNODC' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'document', issued: '2021-02-01' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'document', headline: 'x' }])).toBe(false);
  });

  it('works for a user’s own initiative and organisation from the define* builders', () => {
    const agency = defineOrganization({ id: 'my-agency', kind: 'governmental', name: 'My Agency' });
    const initiative = defineInitiative({
      id: 'my-programme',
      name: 'SAFE-ROUTES',
      startYear: 2024,
      endYear: 2024,
      implementedBy: ['my-agency'],
    });
    const item = toCsl(initiative, { organizations: [agency], locale: 'pt-BR' });
    expect(item).toEqual({
      id: 'my-programme',
      type: 'document',
      title: 'SAFE-ROUTES',
      genre: 'Programa',
      author: [{ literal: 'My Agency' }],
      issued: { 'date-parts': [[2024]] },
    });
    expect(validate([item])).toBe(true);
  });

  it('says that an event series is cited by its sessions', () => {
    expect(() => toCsl(getEventSeries('criminal-justice-cooperation-series') as never)).toThrow(
      /an event series is not cited as such: cite its sessions/,
    );
  });

  it('cites an article as the web page it is published on, never as a preprint', async () => {
    const organizations = [
      defineOrganization({ id: 'ibdh', name: 'Instituto Brasileiro', kind: 'nongovernmental' }),
    ];
    const article = definePublication({
      id: 'news',
      kind: 'article',
      headline: 'Conferência reúne especialistas',
      descriptiveLabel: 'News article on the conference',
      publisher: 'ibdh',
      datePublished: '2025-11-20',
      url: 'https://x.example/n',
    });
    expect(toCsl(article, { organizations }).type).toBe('webpage');
    const chicago = await renderCitation(article, { style: 'chicago-author-date', organizations });
    expect(chicago.value).not.toMatch(/Preprint/);
    const apa = await renderCitation(article, { style: 'apa', organizations });
    expect(apa.value).toContain('(2025, November 20)');
  });

  it('names people by family and given name where the record has them, else as printed', async () => {
    const people = [
      definePerson({
        id: 'maria-da-silva',
        name: 'Maria da Silva',
        familyName: 'da Silva',
        givenName: 'Maria',
      }),
      definePerson({
        id: 'tom-obrien',
        name: "Tom O'Brien",
        familyName: "O'Brien",
        givenName: 'Tom',
      }),
      definePerson({ id: 'ana-ruiz', name: 'Ana Ruiz' }),
    ];
    const organizations = [
      defineOrganization({
        id: 'example-institute',
        name: 'Example Institute',
        kind: 'association',
      }),
    ];
    const report = definePublication({
      id: 'cooperation-report',
      kind: 'report',
      headline: 'Cooperation in practice',
      descriptiveLabel: 'Report on cooperation',
      author: ['maria-da-silva', 'tom-obrien', 'ana-ruiz', 'example-institute'],
      datePublished: '2024-05-02',
    });
    expect(toCsl(report, { people, organizations }).author).toEqual([
      { family: 'da Silva', given: 'Maria' },
      { family: "O'Brien", given: 'Tom' },
      { literal: 'Ana Ruiz' },
      { literal: 'Example Institute' },
    ]);
    // APA inverts and initials the names it has in parts, and keeps the others whole.
    const { value } = await renderCitation(report, { style: 'apa', people, organizations });
    expect(value).toMatch(/^da Silva, M\., O’Brien, T\., Ana Ruiz, & Example Institute\. \(2024\)/);
  });

  it('uses a title the caller supplies', () => {
    expect(toCsl(getEvent('unodc-webinar'), { title: 'Cooperation webinar' }).title).toBe(
      'Cooperation webinar',
    );
  });

  it('says where the data are wrong and how to fix them', () => {
    const initiative = defineInitiative({
      id: 'orphan',
      name: 'ORPHAN',
      startYear: 2020,
      endYear: 2021,
      implementedBy: ['nobody'],
    });
    expect(() => toCsl(initiative)).toThrowError(
      expect.objectContaining({
        name: 'CiteError',
        code: 'INVALID_INPUT',
        path: ['entity', 'implementedBy', 0],
        message: expect.stringContaining('pass it in `options.organizations`'),
      }),
    );
    expect(() => toCsl(getPressRelease(), { locale: 'es' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_LOCALE', path: ['options', 'locale'] }),
    );
    expect(() => toCsl(getPressRelease(), { title: '  ' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'title'] }),
    );
  });
});
