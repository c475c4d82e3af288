// What a publisher knows and the press release does not say: example.org values of an example
// web team (the same as examples/records), never facts of the 2021 press release.
const SITE = 'https://www.example.org/';

/** The webinar's page: the publisher's values for the fixture, and the page it goes on. */
export const webinarPage = {
  baseUrl: SITE,
  page: { url: `${SITE}events/webinar`, name: 'Strengthening cooperation' },
  supplement: {
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
  },
};

/** A user's own in-person event, with its organiser: everything Google's Event page asks for. */
export const ownEvent = {
  baseUrl: SITE,
  page: { url: `${SITE}eventos/taller-quito`, name: 'Taller regional en Quito' },
  dataset: {
    organizations: [
      { id: 'example-programme', name: 'Example Programme', kind: 'association', url: SITE },
    ],
    events: [
      {
        id: 'quito-training-2025',
        kind: 'training',
        title: 'Taller regional sobre cooperación judicial',
        descriptiveLabel: 'Two-day training on judicial cooperation in Quito',
        startDate: '2025-03-10T09:00:00-05:00',
        endDate: '2025-03-11T17:00:00-05:00',
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
        image: [`${SITE}images/quito.jpg`],
        offers: [{ url: `${SITE}eventos/taller-quito/registro`, price: 0, priceCurrency: 'USD' }],
        ledBy: ['example-programme'],
      },
    ],
  },
};
