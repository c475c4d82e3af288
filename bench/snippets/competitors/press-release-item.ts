// The press release as a CSL-JSON item, written out by hand as a site without @track4tip/cite would.
export const pressRelease = {
  id: 'unodc-press-release-2021-02-01',
  type: 'article',
  genre: 'Press release',
  // The SDK's descriptive label: the press release has no known headline.
  title:
    'UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases',
  author: [{ literal: 'United Nations Office on Drugs and Crime' }],
  publisher: 'United Nations Office on Drugs and Crime',
  issued: { 'date-parts': [[2021, 2, 1]] },
  language: 'en',
  URL: 'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html',
};
