import { type CitationLocale, type CitationStyle, toBibLaTeX, toCsl } from '@track4tip/cite';
import { renderCitation } from '@track4tip/cite/engine';
import type { Dataset, Event } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { completedWebinar, site } from '../src/records.js';

const eventOf = (data: Dataset, id: string): Event => {
  const event = data.events?.find((entry) => entry.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
};

const cite = async (event: Event, style: CitationStyle, locale: CitationLocale) =>
  (await renderCitation(event, { style, locale, organizations: site.organizations ?? [] })).value;

describe('(a) the completed webinar', () => {
  const webinar = eventOf(completedWebinar, 'unodc-webinar');
  it.each([
    [
      'apa',
      'en-US',
      'United Nations Office on Drugs and Crime. (2021, February 1). Strengthening cooperation between criminal justice authorities [Webinar]. https://www.example.org/events/webinar',
    ],
    [
      'apa',
      'es-ES',
      'United Nations Office on Drugs and Crime. (2021, febrero 1). Strengthening cooperation between criminal justice authorities [Seminario web]. https://www.example.org/events/webinar',
    ],
    [
      'mla',
      'en-US',
      'United Nations Office on Drugs and Crime. Strengthening Cooperation between Criminal Justice Authorities. Webinar. 1 Feb. 2021, https://www.example.org/events/webinar.',
    ],
    [
      'chicago-notes-bibliography',
      'es-ES',
      'United Nations Office on Drugs and Crime. Strengthening cooperation between criminal justice authorities. Seminario web. 1 de febrero de 2021. https://www.example.org/events/webinar.',
    ],
  ] as const)(
    '%s %s: its name, its one day (in its own offset) and its page',
    async (style, locale, expected) => {
      expect(await cite(webinar, style, locale)).toBe(expected);
    },
  );
  it('has no place: it was online only', () => {
    expect(
      toCsl(webinar, { organizations: site.organizations ?? [] })['event-place'],
    ).toBeUndefined();
  });
});

describe('(b) the two-day training in Quito', () => {
  const training = eventOf(site, 'quito-training-2025');
  it.each([
    [
      'apa',
      'en-US',
      'United Nations Office on Drugs and Crime. (2025, March 10–11). Taller regional sobre cooperación judicial [Training]. https://www.example.org/eventos/taller-quito',
    ],
    [
      'apa',
      'es-ES',
      'United Nations Office on Drugs and Crime. (2025, marzo 10–11). Taller regional sobre cooperación judicial [Capacitación]. https://www.example.org/eventos/taller-quito',
    ],
    [
      'mla',
      'en-US',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Training. 10–11 Mar. 2025, Quito, Ecuador, https://www.example.org/eventos/taller-quito.',
    ],
    [
      'mla',
      'es-ES',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Capacitación. 10–11 de marzo de 2025, Quito, Ecuador, https://www.example.org/eventos/taller-quito.',
    ],
    [
      'chicago-author-date',
      'en-US',
      'United Nations Office on Drugs and Crime. 2025. Taller regional sobre cooperación judicial. Training. March 10–11, 2025, Quito, Ecuador. https://www.example.org/eventos/taller-quito.',
    ],
    [
      'chicago-notes-bibliography',
      'en-US',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Training. March 10–11, 2025, Quito, Ecuador. https://www.example.org/eventos/taller-quito.',
    ],
    [
      'chicago-notes-bibliography',
      'es-ES',
      'United Nations Office on Drugs and Crime. Taller regional sobre cooperación judicial. Capacitación. 10–11 de marzo de 2025, Quito, Ecuador. https://www.example.org/eventos/taller-quito.',
    ],
  ] as const)(
    '%s %s: both days, the genre in the citation’s language, the place where the style prints it',
    async (style, locale, expected) => {
      expect(await cite(training, style, locale)).toBe(expected);
    },
  );

  it('carries the range and the place in CSL-JSON and BibLaTeX', () => {
    const item = toCsl(training, { locale: 'es-ES', organizations: site.organizations ?? [] });
    expect(item['event-date']).toEqual({
      'date-parts': [
        [2025, 3, 10],
        [2025, 3, 11],
      ],
    });
    expect(item['event-place']).toBe('Quito, Ecuador');
    const biblatex = toBibLaTeX(item);
    expect(biblatex).toMatch(/^ {2}eventdate = \{2025-03-10\/2025-03-11\},$/m);
    expect(biblatex).toMatch(/^ {2}venue {5}= \{Quito, Ecuador\},$/m);
  });
});

describe('(c) the hybrid forum in Lima', () => {
  it('is cited on its day, with its place in the item', async () => {
    const forum = eventOf(site, 'lima-forum-2025');
    expect(await cite(forum, 'apa', 'es-ES')).toBe(
      'United Nations Office on Drugs and Crime. (2025, junio 5). Foro sobre trata de personas en flujos migratorios [Foro]. https://www.example.org/eventos/foro-lima',
    );
    expect(toCsl(forum, { organizations: site.organizations ?? [] })['event-place']).toBe(
      'Lima, Peru',
    );
  });
});

describe('(g) the report', () => {
  it('is a report by its authors (names as printed), published by UNODC', async () => {
    const report = site.publications?.find((entry) => entry.id === 'quito-training-report');
    if (report === undefined) throw new Error('no report');
    const options = { organizations: site.organizations ?? [], people: site.people ?? [] };
    const item = toCsl(report, options);
    expect(item).toMatchObject({
      type: 'report',
      author: [{ literal: 'Ana Torres' }, { literal: 'Luis Mena' }],
      publisher: 'United Nations Office on Drugs and Crime',
      issued: { 'date-parts': [[2025, 4, 2]] },
    });
    const apa = await renderCitation(report, { style: 'apa', locale: 'es-ES', ...options });
    expect(apa.value).toBe(
      'Ana Torres & Luis Mena. (2025). Informe del taller regional sobre cooperación judicial. United Nations Office on Drugs and Crime. https://www.example.org/publicaciones/informe-taller-quito',
    );
  });
});
