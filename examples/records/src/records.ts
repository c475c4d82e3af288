/**
 * A publisher's own records, written as another programme's web team would write them: the
 * fixtures completed with what the publisher knows, and new records of its own. Every value here
 * is the publisher's (example.org addresses, invented events of an example programme); none is
 * presented as a fact of the 2021 press release.
 */
import { type Dataset, fixtures } from '@track4tip/core';
import { completeDataset, type DatasetSupplement, defineDataset } from '@track4tip/core/schemas';

/** The example publisher's site. */
export const SITE = 'https://www.example.org/';

/** (a) What the publisher knows of the webinar: its name, page, online location, times, image. */
export const webinarSupplement: DatasetSupplement = {
  source: { name: 'Example web team' },
  events: {
    'unodc-webinar': {
      title: 'Strengthening cooperation between criminal justice authorities',
      url: `${SITE}events/webinar`,
      startDate: '2021-02-01T10:00:00-05:00',
      endDate: '2021-02-01T12:00:00-05:00',
      location: { virtualLocation: { url: `${SITE}events/webinar/live` } },
      image: `${SITE}images/webinar.jpg`,
    },
  },
};

/** (a) The webinar, completed. */
export const completedWebinar: Dataset = completeDataset(fixtures, webinarSupplement);

/** (b)–(d) The example programme's own events, people and programme, built on the fixtures. */
export const programme: Dataset = defineDataset(
  {
    people: [
      { id: 'ana-torres', name: 'Ana Torres', jobTitle: 'Fiscal' },
      { id: 'luis-mena', name: 'Luis Mena', jobTitle: 'Juez' },
      { id: 'marta-rios', name: 'Marta Ríos' },
    ],
    events: [
      {
        // (b) An in-person two-day training in Quito, in Spanish.
        id: 'quito-training-2025',
        kind: 'training',
        title: 'Taller regional sobre cooperación judicial',
        descriptiveLabel: 'Two-day training on judicial cooperation in Quito',
        startDate: '2025-03-10',
        endDate: '2025-03-11',
        inLanguage: ['es'],
        location: {
          place: {
            name: 'Hotel Quito',
            address: {
              streetAddress: 'Av. González Suárez N27-142',
              addressLocality: 'Quito',
              addressCountry: 'EC',
            },
          },
        },
        url: `${SITE}eventos/taller-quito`,
        image: `${SITE}images/quito.jpg`,
        offers: [{ url: `${SITE}eventos/taller-quito/registro`, price: 0, priceCurrency: 'USD' }],
        ledBy: ['unodc'],
        underInitiative: 'track4tip',
      },
      {
        // (c) A hybrid event in Lima: a venue and an online location.
        id: 'lima-forum-2025',
        kind: 'forum',
        title: 'Foro sobre trata de personas en flujos migratorios',
        descriptiveLabel: 'Hybrid forum in Lima',
        startDate: '2025-06-05T09:00:00-05:00',
        endDate: '2025-06-05T13:00:00-05:00',
        inLanguage: ['es'],
        location: {
          place: {
            name: 'Centro de Convenciones de Lima',
            address: { addressLocality: 'Lima', addressCountry: 'PE' },
          },
          virtualLocation: { url: `${SITE}eventos/foro-lima/en-vivo` },
        },
        url: `${SITE}eventos/foro-lima`,
        ledBy: ['unodc'],
      },
      {
        // (d) A cancelled event…
        id: 'bogota-seminar-2025',
        kind: 'seminar',
        title: 'Seminario sobre investigación financiera',
        descriptiveLabel: 'Seminar in Bogotá, cancelled',
        startDate: '2025-04-22',
        status: 'cancelled',
        location: {
          place: { address: { addressLocality: 'Bogotá', addressCountry: 'CO' } },
        },
        ledBy: ['unodc'],
      },
      {
        // …and a rescheduled one, with the date it was first planned for.
        id: 'santo-domingo-workshop-2025',
        kind: 'workshop',
        title: 'Taller sobre identificación de víctimas',
        descriptiveLabel: 'Workshop in Santo Domingo, rescheduled',
        startDate: '2025-09-15',
        status: 'rescheduled',
        previousStartDate: '2025-05-12',
        location: {
          place: { address: { addressLocality: 'Santo Domingo', addressCountry: 'DO' } },
        },
        ledBy: ['unodc'],
      },
    ],
    publications: [
      {
        // (g) A report of the programme, and the training's own web page.
        id: 'quito-training-report',
        kind: 'report',
        headline: 'Informe del taller regional sobre cooperación judicial',
        descriptiveLabel: 'Report on the Quito training',
        publisher: 'unodc',
        author: ['ana-torres', 'luis-mena'],
        datePublished: '2025-04-02',
        inLanguage: 'es',
        url: `${SITE}publicaciones/informe-taller-quito`,
        about: ['quito-training-2025'],
      },
      {
        id: 'quito-training-page',
        kind: 'web-page',
        headline: 'Taller regional en Quito',
        descriptiveLabel: 'The training’s web page',
        publisher: 'unodc',
        datePublished: '2025-02-01',
        dateModified: '2025-03-12T10:00:00-05:00',
        inLanguage: 'es',
        url: `${SITE}eventos/taller-quito`,
        about: ['quito-training-2025'],
      },
    ],
    participations: [
      { event: 'quito-training-2025', person: 'ana-torres', role: 'speaker', order: 1 },
      { event: 'quito-training-2025', person: 'luis-mena', role: 'speaker', order: 2 },
      { event: 'quito-training-2025', person: 'marta-rios', role: 'moderator', order: 3 },
    ],
  },
  fixtures,
);

/** (e) and (f): what the publisher knows of the initiative and of the press release. */
export const pagesSupplement: DatasetSupplement = {
  source: { name: 'Example web team' },
  initiatives: {
    track4tip: {
      url: `${SITE}track4tip`,
      logo: `${SITE}images/track4tip-logo.png`,
      sameAs: [`${SITE}about/track4tip`],
    },
  },
  pressReleases: {
    'unodc-press-release-2021-02-01': {
      // Its url is already in the record (the page UNODC published it on): a supplied one
      // would be refused rather than replace it.
      headline: 'UNODC facilitates seminar on criminal justice cooperation',
      dateModified: '2021-02-03',
      image: `${SITE}images/press-release.jpg`,
    },
  },
};

/** (e) and (f): the initiative's page and the press release's page, completed. */
export const pages: Dataset = completeDataset(fixtures, pagesSupplement);

/** The fixtures and the programme's own records together: what its pages are built from. */
export const site: Dataset = {
  ...fixtures,
  people: [...(fixtures.people ?? []), ...(programme.people ?? [])],
  events: [...(fixtures.events ?? []), ...(programme.events ?? [])],
  participations: [...(fixtures.participations ?? []), ...(programme.participations ?? [])],
  publications: [...(programme.publications ?? [])],
};
