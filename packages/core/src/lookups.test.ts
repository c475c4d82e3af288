import { describe, expect, it } from 'vitest';
import { errorCode } from '../test/error-code.js';
import { countries } from './fixtures/countries.js';
import { people } from './fixtures/people.js';
import { PRESS_RELEASE_TEXT } from './fixtures/press-release-text.js';
import { PERSON_IDS } from './ids.js';
import {
  getAward,
  getCountry,
  getEvent,
  getEventSeries,
  getInitiative,
  getLegalInstrument,
  getOrganization,
  getPerson,
  getPressRelease,
  getProgramme,
  getSeriesOf,
} from './lookups.js';

describe('the webinar', () => {
  const webinar = getEvent('unodc-webinar');

  it('is an online webinar dated 2021-02-01, with no invented time, title or URL', () => {
    expect(webinar.kind).toBe('webinar');
    expect(webinar.attendanceMode).toBe('online');
    expect(webinar.startDate).toBe('2021-02-01');
    expect(webinar).not.toHaveProperty('endDate');
    expect(webinar).not.toHaveProperty('title');
    expect(webinar).not.toHaveProperty('url');
  });

  it('keeps the four relations to institutions distinct', () => {
    expect(webinar.ledBy).toEqual(['unodc']);
    expect(webinar.underAuspicesOf).toEqual(['us-tip-office']);
    expect(webinar.inCoordinationWith).toEqual(['NL']);
    expect(webinar.underInitiative).toBe('track4tip');
    expect(getCountry('NL').name).toBe('Kingdom of the Netherlands');
  });

  it('is the second session of a two-session series whose first was given by the DoJ', () => {
    const found = getSeriesOf('unodc-webinar');
    expect(found?.position).toBe(2);
    expect(found?.series.sessions).toHaveLength(2);
    const first = getEvent(found?.series.sessions[0] ?? 'unodc-webinar');
    expect(first.givenBy).toEqual(['us-department-of-justice']);
    expect(first.audience?.groups).toEqual(['police units', 'prosecutors', 'judges']);
    expect(first.audience?.countries).toEqual(['netherlands', 'AW', 'CW', 'SX']);
    expect(first).not.toHaveProperty('startDate');
    expect(webinar).not.toHaveProperty('audience');
    expect(getSeriesOf('us-doj-session')?.position).toBe(1);
    expect(getEventSeries('criminal-justice-cooperation-series').title).toBeUndefined();
  });

  it('has a programme of ten people in the order of the text', () => {
    const programme = getProgramme('unodc-webinar');
    expect(programme.map((p) => p.person)).toEqual([...PERSON_IDS]);
    expect(programme.map((p) => p.role)).toEqual([
      'opening',
      'opening-commentary',
      'opening-commentary',
      'trainer',
      'trainer',
      'trainer',
      'trainer',
      'trainer',
      'closing',
      'closing',
    ]);
    expect(programme.find((p) => p.person === 'antonio-segovia')?.onBehalfOf).toBe('aiamp');
    expect(programme.filter((p) => p.onBehalfOf !== undefined)).toHaveLength(1);
    expect(getProgramme('us-doj-session')).toEqual([]);
  });
});

describe('people', () => {
  it('are the ten named, with honorifics only where printed', () => {
    expect(Object.keys(people)).toHaveLength(10);
    const withHonorific = Object.values(people).filter((person) => person.honorific);
    expect(withHonorific.map((person) => [person.name, person.honorific])).toEqual([
      ['Silke Albert', 'Ms.'],
      ['Laura Rundlet', 'Ms.'],
    ]);
  });

  it('keep names and titles exactly as printed', () => {
    expect(getPerson('carlos-perez').name).toBe('Carlos Perez');
    expect(getPerson('laura-rundlet').jobTitle).toBe('Acting Deputy Director');
    expect(getPerson('antonio-segovia').jobTitle).toBe('Head');
    expect(getPerson('pascale-reinke-schreiber')).not.toHaveProperty('jobTitle');
    expect(getPerson('andin-bikker')).not.toHaveProperty('affiliation');
    expect(getPerson('andin-bikker').designation).toBe('the current Minister of Justice of Aruba');
  });
});

describe('TRACK4TIP', () => {
  it('runs 2019-2022 for eight countries in the order of the text', () => {
    const initiative = getInitiative('track4tip');
    expect([initiative.startYear, initiative.endYear, initiative.durationYears]).toEqual([
      2019, 2022, 3,
    ]);
    expect(initiative.beneficiaryCountries.map((id) => getCountry(id).name)).toEqual([
      'Ecuador',
      'Peru',
      'Brazil',
      'Colombia',
      'Dominican Republic',
      'Trinidad and Tobago',
      'Curaçao',
      'Aruba',
    ]);
    expect(initiative.implementedBy).toEqual(['unodc']);
    expect(initiative.supportedBy).toEqual(['us-tip-office']);
  });
});

describe('countries', () => {
  it('model the Kingdom and its European constituent country separately', () => {
    expect(getCountry('NL').status).toBe('sovereign-state');
    expect(getCountry('netherlands').status).toBe('constituent-country');
    expect(getCountry('netherlands').partOf).toBe('NL');
    expect(getCountry('netherlands')).not.toHaveProperty('iso3166');
    for (const id of ['AW', 'CW', 'SX'] as const) expect(getCountry(id).partOf).toBe('NL');
  });

  it('use their alpha-2 code as id', () => {
    for (const country of Object.values(countries)) {
      if (country.iso3166) expect(country.id).toBe(country.iso3166.alpha2);
    }
  });
});

describe('award, instruments and press release', () => {
  it('keep the award to what the text states', () => {
    const award = getAward('SSJTIP19CA0027');
    expect(award.number).toBe('SSJTIP19CA0027');
    expect(Object.keys(award).sort()).toEqual([
      'funder',
      'funderInText',
      'id',
      'number',
      'provenance',
      'supports',
    ]);
    expect(getOrganization(award.funder).name).toBe('United States Department of State');
    // As the press release's closing statement names the funder, and where it does.
    expect(award.funderInText).toBe('the United States Department of State');
    expect(PRESS_RELEASE_TEXT).toContain(`support provided by ${award.funderInText},`);
  });

  it('link the Protocol to the Convention it supplements', () => {
    expect(getLegalInstrument('tip-protocol').supplements).toBe('untoc');
    expect(getLegalInstrument('untoc').acronym).toBe('UNTOC');
    expect(getLegalInstrument('tip-protocol')).not.toHaveProperty('acronym');
  });

  it('give the press release no invented headline', () => {
    const release = getPressRelease();
    expect(release).not.toHaveProperty('headline');
    expect(release.fundingStatement).toBe(
      'This press release was made possible through support provided by the United States Department of State, under the terms of Award No. SSJTIP19CA0027. The opinions expressed herein are those of the author(s) and do not necessarily reflect the views of the United States Department of State.',
    );
  });
});

describe('lookups', () => {
  it('reject unknown ids with UNKNOWN_ID, including inherited property names', () => {
    expect(errorCode(() => getPerson('nobody' as never))).toBe('UNKNOWN_ID');
    expect(errorCode(() => getCountry('toString' as never))).toBe('UNKNOWN_ID');
    expect(errorCode(() => getEvent('__proto__' as never))).toBe('UNKNOWN_ID');
    expect(errorCode(() => getProgramme('nope' as never))).toBe('UNKNOWN_ID');
    expect(errorCode(() => getPressRelease('x' as never))).toBe('UNKNOWN_ID');
  });

  it('name the known ids in the message', () => {
    expect(() => getCountry('XX' as never)).toThrow(/"CW"/);
  });
});
