// The webinar page's data written out by hand, as a site without @track4tip/core would: the same
// event, organiser, sponsor, series, initiative and speakers that our graph carries.
export const BASE = 'https://www.unodc.org/';
export const PAGE =
  'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html';

export const webinar = {
  name: 'UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases (1 February 2021)',
  description:
    'An online seminar, led by UNODC under TRACK4TIP, on strengthening cooperation between criminal justice authorities in trafficking in persons cases, with speakers from UNODC, the United States, the Kingdom of the Netherlands, Chile and Argentina.',
  startDate: '2021-02-01',
};

export const unodc = {
  name: 'United Nations Office on Drugs and Crime',
  url: 'https://www.unodc.org',
};
export const tipOffice = {
  name: 'Office to Monitor and Combat Trafficking in Persons',
  url: 'https://www.state.gov/about-us-office-to-monitor-and-combat-trafficking-in-persons/',
};
export const series = {
  name: 'Series of two sessions on criminal justice cooperation in trafficking in persons cases',
};
export const track4tip = {
  name: 'TRACK4TIP',
  alternateName:
    'Transforming alerts into criminal justice responses to combat human trafficking within migration flows',
};

export const speakers: readonly { name: string; jobTitle?: string; affiliation?: string }[] = [
  { name: 'Andin Bikker', jobTitle: 'Minister of Justice of Aruba' },
  { name: 'Maarten Smidts', jobTitle: 'Deputy Head', affiliation: 'Law Enforcement Department' },
  {
    name: 'José Vila del Castillo',
    jobTitle: 'Chief Representative of UNODC for Central America and the Caribbean',
    affiliation: unodc.name,
  },
  {
    name: 'Carlos Perez',
    jobTitle: 'Crime Prevention and Criminal Justice Officer',
    affiliation: 'Trafficking in Persons and Smuggling of Migrants Section',
  },
  { name: 'Antonio Segovia', jobTitle: 'Head', affiliation: 'International Cooperation Unit' },
  {
    name: 'Marcelo Colombo',
    jobTitle: 'Head',
    affiliation: 'Unit against Trafficking and Exploitation of Persons',
  },
  {
    name: 'Lissette Antonieta Reyes',
    jobTitle: 'National Project Officer for the Dominican Republic',
    affiliation: unodc.name,
  },
  {
    name: 'Pascale Reinke-Schreiber',
    affiliation: 'Trafficking in Persons and Smuggling of Migrants Section',
  },
  {
    name: 'Silke Albert',
    jobTitle:
      'Coordinator of the Global Programs on Trafficking in Persons and Smuggling of Migrants',
    affiliation: unodc.name,
  },
  { name: 'Laura Rundlet', jobTitle: 'Acting Deputy Director', affiliation: tipOffice.name },
];
