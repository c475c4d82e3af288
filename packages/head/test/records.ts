import { fixtures } from '@track4tip/core';
import { completeDataset, defineDataset } from '@track4tip/core/schemas';

/**
 * A site's own records (merged with the fixtures below): a report by a fixture organisation and
 * two people (one with a family name and given name recorded), with an image.
 */
const own = defineDataset(
  {
    people: [
      { id: 'ana-ruiz', name: 'Ana Ruiz', url: 'https://www.example.org/people/ana-ruiz' },
      // Family and given names recorded: citations invert them, and readers get them in parts.
      { id: 'joao-silva', name: 'João da Silva', familyName: 'da Silva', givenName: 'João' },
    ],
    publications: [
      {
        id: 'cooperation-report-2024',
        kind: 'report',
        headline: 'Cooperation in trafficking cases: lessons from the region',
        descriptiveLabel: 'Report on judicial cooperation, 2024',
        publisher: 'unodc',
        author: ['ana-ruiz', 'joao-silva'],
        datePublished: '2024-05-02',
        dateModified: '2024-06-10T09:30:00+02:00',
        inLanguage: 'es',
        url: 'https://www.example.org/reports/cooperation-2024',
        image: 'https://www.example.org/reports/cooperation-2024.png',
      },
    ],
  },
  fixtures,
);
/** The fixtures and the site's own records, as a site passes them. */
export const ownRecords = {
  ...fixtures,
  people: [...(fixtures.people ?? []), ...(own.people ?? [])],
  publications: own.publications ?? [],
};

/** The fixtures with the webinar's title and an image of it supplied by the publisher. */
export const completed = completeDataset(fixtures, {
  events: {
    'unodc-webinar': {
      title: 'Webinar on cooperation in trafficking in persons cases',
      image: 'https://www.example.org/webinar.png',
    },
  },
});

/** The options of a page in English and Spanish. */
export const pageOptions = (language: 'en' | 'es') => ({
  url: `https://www.example.org/${language}/page.html`,
  language,
  locale: language === 'en' ? 'en-US' : 'es-ES',
  siteName: language === 'en' ? 'TRACK4TIP webinar' : 'Seminario web de TRACK4TIP',
  description: language === 'en' ? 'A page in English.' : 'Una página en español.',
  alternates: [
    { language: 'en', locale: 'en-US', url: 'https://www.example.org/en/page.html' },
    { language: 'es', locale: 'es-ES', url: 'https://www.example.org/es/page.html' },
  ],
});
