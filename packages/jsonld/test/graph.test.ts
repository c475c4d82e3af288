import { fixtures, formatPath } from '@track4tip/core';
import {
  completeDataset,
  defineDataset,
  defineEvent,
  defineOrganization,
  defineParticipation,
  definePerson,
  safeParseDataset,
} from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { type EntityRef, toJsonLd } from '../src/index.js';
import { validate } from '../src/validate.js';
import { BASE, node, references, urls } from './helpers.js';

const webinarPage = (options: Partial<Parameters<typeof toJsonLd>[1]> = {}) =>
  toJsonLd(fixtures, {
    baseUrl: BASE,
    include: [{ type: 'event', id: 'unodc-webinar' }],
    ...options,
  });

describe('toJsonLd on the fixtures', () => {
  const full = toJsonLd(fixtures, { baseUrl: BASE });

  it('passes validate with no errors, and says which Google requirements the data cannot meet', () => {
    const result = validate(full);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    const warnings = result.diagnostics
      .filter((d) => d.severity === 'warning')
      .map(
        (d) => `${d.id?.slice(`${BASE}#/schema/`.length)} ${d.code} ${formatPath(d.path.slice(2))}`,
      );
    expect(warnings).toEqual([
      'event/us-doj-session GOOGLE_REQUIRED location',
      'event/us-doj-session GOOGLE_REQUIRED name',
      'event/us-doj-session GOOGLE_REQUIRED startDate',
      'event/unodc-webinar GOOGLE_REQUIRED location',
      'event/unodc-webinar GOOGLE_REQUIRED name',
      'event-series/criminal-justice-cooperation-series GOOGLE_REQUIRED location',
      'event-series/criminal-justice-cooperation-series GOOGLE_REQUIRED name',
      'event-series/criminal-justice-cooperation-series GOOGLE_REQUIRED startDate',
    ]);
  });

  it('holds one node per entity, every reference resolves and every URL is absolute', () => {
    const ids = full['@graph'].map((n) => n['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(10 + 13 + 11 + 2 + 1 + 2 + 1 + 1 + 1);
    for (const ref of references(full)) expect(ids).toContain(ref);
    for (const url of urls(full)) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });

  it('invents nothing: the webinar has no name, URL, time or status, the award no amount', () => {
    const webinar = node(full, 'event/unodc-webinar');
    expect(webinar.name).toBeUndefined();
    expect(webinar.url).toBeUndefined();
    expect(webinar.eventStatus).toBeUndefined();
    expect(webinar.startDate).toBe('2021-02-01');
    // The source says the webinar was online but gives no address: no empty VirtualLocation.
    expect(webinar.location).toBeUndefined();
    expect(webinar.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(webinar.disambiguatingDescription).toMatch(/^UNODC webinar/);
    const grant = node(full, 'award/SSJTIP19CA0027');
    expect(Object.keys(grant).sort()).toEqual([
      '@id',
      '@type',
      'fundedItem',
      'funder',
      'identifier',
    ]);
    expect(node(full, 'press-release/unodc-press-release-2021-02-01').headline).toBeUndefined();
  });

  it('keeps led by, under the auspices of, in coordination with and under the initiative distinct', () => {
    const webinar = node(full, 'event/unodc-webinar');
    // The initiative it was held under organises it with UNODC: its own page links it.
    expect(webinar.organizer).toEqual([
      { '@id': `${BASE}#/schema/organization/unodc` },
      { '@id': `${BASE}#/schema/initiative/track4tip` },
    ]);
    expect(webinar.sponsor).toEqual([{ '@id': `${BASE}#/schema/organization/us-tip-office` }]);
    expect(webinar.contributor).toEqual([{ '@id': `${BASE}#/schema/country/NL` }]);
    expect(node(full, 'initiative/track4tip').event).toEqual([
      { '@id': `${BASE}#/schema/event/unodc-webinar` },
    ]);
    expect(webinar.superEvent).toEqual([
      { '@id': `${BASE}#/schema/event-series/criminal-justice-cooperation-series` },
    ]);
  });

  it('gives the first session to the Department of Justice and its audience, not the webinar', () => {
    const first = node(full, 'event/us-doj-session');
    expect(first.performer).toEqual([
      { '@id': `${BASE}#/schema/organization/us-department-of-justice` },
    ]);
    expect(first.audience).toMatchObject({
      '@type': 'Audience',
      audienceType: ['police units', 'prosecutors', 'judges'],
      geographicArea: ['netherlands', 'AW', 'CW', 'SX'].map((id) => ({
        '@id': `${BASE}#/schema/country/${id}`,
      })),
    });
    expect(node(full, 'event/unodc-webinar').audience).toBeUndefined();
    expect(node(full, 'event-series/criminal-justice-cooperation-series').subEvent).toEqual([
      { '@id': `${BASE}#/schema/event/us-doj-session` },
      { '@id': `${BASE}#/schema/event/unodc-webinar` },
    ]);
  });

  it('writes the programme in order as PerformanceRoles', () => {
    const roles = node(full, 'event/unodc-webinar').performer as unknown as {
      roleName: string;
      performer: { '@id': string };
    }[];
    expect(roles.map((r) => `${r.roleName}: ${r.performer['@id'].split('/').pop()}`)).toEqual([
      'opening: andin-bikker',
      'opening commentary: maarten-smidts',
      'opening commentary: jose-vila-del-castillo',
      'trainer: carlos-perez',
      'trainer: antonio-segovia',
      'trainer: marcelo-colombo',
      'trainer: lissette-antonieta-reyes',
      'trainer: pascale-reinke-schreiber',
      'closing: silke-albert',
      'closing: laura-rundlet',
    ]);
  });

  it('links Wikidata with sameAs and keeps names, honorifics and titles as printed', () => {
    expect(node(full, 'country/CW').sameAs).toBe('https://www.wikidata.org/wiki/Q25279');
    expect(node(full, 'organization/us-department-of-state').sameAs).toBe(
      'https://www.wikidata.org/wiki/Q789915',
    );
    expect(node(full, 'organization/unodc').sameAs).toBeUndefined();
    expect(node(full, 'person/laura-rundlet')).toMatchObject({
      honorificPrefix: 'Ms.',
      jobTitle: 'Acting Deputy Director',
    });
    expect(node(full, 'person/carlos-perez').name).toBe('Carlos Perez');
    expect(node(full, 'person/andin-bikker').honorificPrefix).toBeUndefined();
  });
});

describe('toJsonLd options', () => {
  it('puts on an event page the event and what it references, not the whole dataset', () => {
    const page = webinarPage();
    const ids = page['@graph'].map((n) => n['@id']);
    expect(ids[0]).toBe(`${BASE}#/schema/event/unodc-webinar`);
    expect(ids).not.toContain(`${BASE}#/schema/press-release/unodc-press-release-2021-02-01`);
    expect(ids).not.toContain(`${BASE}#/schema/award/SSJTIP19CA0027`);
    for (const ref of references(page)) expect(ids).toContain(ref);
    expect(validate(page).valid).toBe(true);
  });

  it('gives every entity the same @id on every page and in every language', () => {
    const full = toJsonLd(fixtures, { baseUrl: BASE });
    const spanish = webinarPage({ locale: 'es' });
    const byId = new Map(full['@graph'].map((n) => [n['@id'], n]));
    for (const n of spanish['@graph']) expect(byId.has(n['@id'])).toBe(true);
    expect(toJsonLd(fixtures, { baseUrl: 'https://www.example.org' })).toEqual(full);
  });

  it('adds localised country names from core where the page language differs', () => {
    const cw = node(webinarPage({ locale: 'es' }), 'country/CW');
    expect(cw.name).toEqual([
      { '@value': 'Curaçao', '@language': 'en' },
      { '@value': expect.any(String), '@language': 'es' },
    ]);
    expect(node(webinarPage({ locale: 'en-GB' }), 'country/CW').name).toBe('Curaçao');
    expect(() => webinarPage({ locale: 'not a language' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_LOCALE', path: ['options', 'locale'] }),
    );
    // A well-formed tag the runtime has no names for is the same error, from this package, as a
    // locale core or cite cannot serve: UNKNOWN_LOCALE at the option, not deep inside the build.
    expect(() => webinarPage({ locale: 'xx' })).toThrow(
      expect.objectContaining({
        name: 'JsonLdError',
        code: 'UNKNOWN_LOCALE',
        path: ['options', 'locale'],
      }),
    );
    // The option's former name is refused with the way to migrate, never ignored (which would
    // quietly give an English page).
    expect(() => webinarPage({ inLanguage: 'es' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'inLanguage'] }),
    );
  });

  it("localises a user's own countries as the fixtures', by their ISO code", () => {
    const data = {
      countries: [
        {
          id: 'PE',
          name: 'Peru',
          status: 'sovereign-state',
          iso3166: { alpha2: 'PE', alpha3: 'PER', numeric: '604' },
        },
        { id: 'scotland', name: 'Scotland', status: 'constituent-country', partOf: 'GB' },
        {
          id: 'GB',
          name: 'United Kingdom',
          status: 'sovereign-state',
          iso3166: { alpha2: 'GB', alpha3: 'GBR', numeric: '826' },
        },
        { id: 'atlantis', name: 'Atlantis', status: 'sovereign-state' },
      ],
    } as const;
    const graph = toJsonLd(data, { baseUrl: BASE, locale: 'es' });
    // CLDR's Spanish name of PE (main/es/territories.json), which Node.js 20-24 carry.
    const peru = 'Perú';
    expect(node(graph, 'country/PE').name).toEqual([
      { '@value': 'Peru', '@language': 'en' },
      { '@value': peru, '@language': 'es' },
    ]);
    // No code names them: their own name only, never a guess (not the United Kingdom's name).
    expect(node(graph, 'country/scotland').name).toBe('Scotland');
    expect(node(graph, 'country/atlantis').name).toBe('Atlantis');
    expect(node(toJsonLd(data, { baseUrl: BASE }), 'country/PE').name).toBe('Peru');
  });

  it('writes the values a publisher completed the record with', () => {
    const data = completeDataset(fixtures, {
      events: {
        'unodc-webinar': {
          title: 'Official name',
          location: { virtualLocation: { url: 'https://meet.example/abc' } },
        },
      },
    });
    const page = toJsonLd(data, {
      baseUrl: BASE,
      include: [{ type: 'event', id: 'unodc-webinar' }],
    });
    const webinar = node(page, 'event/unodc-webinar');
    expect(webinar.name).toBe('Official name');
    expect(webinar.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://meet.example/abc',
    });
    const warnings = validate(page).diagnostics.filter(
      (d) => d.severity === 'warning' && d.id === webinar['@id'],
    );
    // Online only: valid, and the one warning says Google lists only events in a physical place.
    expect(warnings.map((d) => d.code)).toEqual(['GOOGLE_RULE']);
  });

  it('refuses a bad base URL or an unknown entity with a path and a fix', () => {
    expect(() => toJsonLd(fixtures, { baseUrl: '/relative' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() =>
      toJsonLd(fixtures, { baseUrl: BASE, include: [{ type: 'event', id: 'nope' }] }),
    ).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        path: ['options', 'include', 0, 'id'],
        message: expect.stringContaining('check the id'),
      }),
    );
  });

  it('refuses an option it does not read, with the closest one, rather than ignore it', () => {
    // A misspelt `include` must not quietly give the whole dataset.
    expect(() =>
      toJsonLd(fixtures, {
        baseUrl: BASE,
        includes: [{ type: 'event', id: 'unodc-webinar' }],
      } as never),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        path: ['options', 'includes'],
        message: expect.stringContaining('did you mean "include"?'),
      }),
    );
    expect(() => toJsonLd(fixtures, { baseUrl: BASE, lang: 'es' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'lang'] }),
    );
    // Every option it reads is accepted.
    expect(
      toJsonLd(fixtures, {
        baseUrl: BASE,
        include: [{ type: 'event', id: 'unodc-webinar' }],
        detail: 'linked',
        locale: 'es',
        page: { url: `${BASE}events/webinar`, name: 'The webinar' },
      })['@graph'].length,
    ).toBeGreaterThan(1);
  });

  it("refuses a page field it does not read, and a page whose URL is an entity's @id", () => {
    const include = [{ type: 'event', id: 'unodc-webinar' }] as const;
    expect(() =>
      toJsonLd(fixtures, {
        baseUrl: BASE,
        include,
        page: { url: `${BASE}events/webinar`, title: 'The webinar' } as never,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'page', 'title'] }),
    );
    // The page and a person of the graph under one @id would be one node with two types.
    const person = toJsonLd(fixtures, { baseUrl: BASE, include })['@graph'].find(
      (node) => node['@type'] === 'Person',
    )?.['@id'];
    expect(person).toBeDefined();
    expect(() =>
      toJsonLd(fixtures, { baseUrl: BASE, include, page: { url: String(person) } }),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: ['options', 'page', 'url'] }));
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses the prototype name %j as an include type with INVALID_OPTION',
    (type) => {
      const include = [{ type, id: 'unodc-webinar' }] as unknown as EntityRef[];
      expect(() => toJsonLd(fixtures, { baseUrl: BASE, include })).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          path: ['options', 'include', 0, 'type'],
        }),
      );
    },
  );
});

describe('toJsonLd detail', () => {
  const full = toJsonLd(fixtures, { baseUrl: BASE });
  const byId = new Map(full['@graph'].map((n) => [n['@id'], n]));
  const SUMMARY = ['@type', '@id', 'name', 'alternateName', 'url', 'sameAs'];

  it("'linked' (default with include): the page's entities and what they name are full, the next step summaries", () => {
    const page = webinarPage();
    expect(webinarPage({ detail: 'linked' })).toEqual(page);
    const ids = page['@graph'].map((n) => n['@id']);
    for (const ref of references(page)) expect(ids).toContain(ref);
    expect(validate(page).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Directly referenced: full, as in the whole-dataset graph.
    for (const suffix of ['person/carlos-perez', 'initiative/track4tip', 'country/NL']) {
      expect(node(page, suffix)).toEqual(byId.get(`${BASE}#/schema/${suffix}`));
    }
    // Two steps away: the summary of the full node, with no references, so the graph stops.
    const summaries = ['organization/unodc-tip-som-section', 'country/CW'];
    for (const suffix of summaries) {
      const whole = byId.get(`${BASE}#/schema/${suffix}`) ?? {};
      const expected = Object.fromEntries(
        Object.entries(whole).filter(([key]) => SUMMARY.includes(key)),
      );
      expect(node(page, suffix)).toEqual(expected);
    }
    expect(node(page, 'country/CW')).toEqual({
      '@type': 'Country',
      '@id': `${BASE}#/schema/country/CW`,
      name: 'Curaçao',
      sameAs: 'https://www.wikidata.org/wiki/Q25279',
    });
    // Three steps away: not written.
    expect(ids).not.toContain(`${BASE}#/schema/organization/nl-ministry-of-justice-and-security`);
    expect(ids).not.toContain(`${BASE}#/schema/organization/us-department-of-justice`);
    // The series and its first session lack a name, a date and a place: a page does not carry
    // them (Google would report them as invalid Events), nor references to them.
    expect(ids).not.toContain(`${BASE}#/schema/event/us-doj-session`);
    expect(ids).not.toContain(`${BASE}#/schema/event-series/criminal-justice-cooperation-series`);
    expect(node(page, 'event/unodc-webinar').superEvent).toBeUndefined();
    expect(ids).toHaveLength(31);
  });

  it("'full' writes everything reachable as full nodes; without include detail changes nothing", () => {
    const page = webinarPage({ detail: 'full' });
    // All reachable data but the two events that cannot be complete and what only they reach (the
    // Department of Justice, Sint Maarten, the Netherlands' European part, the ministry).
    expect(page['@graph']).toHaveLength(34);
    for (const n of page['@graph']) {
      const { superEvent: _series, ...whole } =
        byId.get(n['@id']) ?? ({} as Record<string, unknown>);
      expect(n).toEqual(n['@id'].endsWith('/event/unodc-webinar') ? whole : byId.get(n['@id']));
    }
    expect(toJsonLd(fixtures, { baseUrl: BASE, detail: 'linked' })).toEqual(full);
    expect(toJsonLd(fixtures, { baseUrl: BASE, detail: 'full' })).toEqual(full);
  });

  it('refuses an unknown detail, and refuses bad data the same way at every detail', () => {
    expect(() => webinarPage({ detail: 'some' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'detail'] }),
    );
    // us-department-of-justice is three steps from the webinar: left out of a 'linked' page, but
    // still checked.
    const broken = {
      ...fixtures,
      organizations: (fixtures.organizations ?? []).map((org) =>
        org.id === 'us-department-of-justice' ? { ...org, parent: 'nowhere' } : org,
      ),
    } as typeof fixtures;
    for (const detail of ['linked', 'full'] as const) {
      expect(() =>
        toJsonLd(broken, {
          baseUrl: BASE,
          include: [{ type: 'event', id: 'unodc-webinar' }],
          detail,
        }),
      ).toThrow(expect.objectContaining({ code: 'DANGLING_REFERENCE' }));
    }
  });
});

describe("toJsonLd on users' own entities", () => {
  const org = defineOrganization({
    id: 'my-org',
    name: 'My Org',
    kind: 'nongovernmental',
    url: 'https://my.example',
  });
  const person = definePerson({ id: 'ana', name: 'Ana', affiliation: 'my-org' });
  const event = defineEvent({
    id: 'my-webinar',
    kind: 'webinar',
    title: 'My webinar',
    descriptiveLabel: 'My webinar',
    startDate: '2024-05-01T15:00:00+02:00',
    attendanceMode: 'online',
    url: 'https://my.example/webinar',
    ledBy: ['my-org', 'unodc'],
  });
  const talk = defineParticipation({
    event: 'my-webinar',
    person: 'ana',
    role: 'trainer',
    order: 1,
  });
  const data = {
    ...fixtures,
    organizations: [...(fixtures.organizations ?? []), org],
    people: [...(fixtures.people ?? []), person],
    events: [...(fixtures.events ?? []), event],
    participations: [...(fixtures.participations ?? []), talk],
  };

  it('serialises them like the fixtures, linked to fixture entities', () => {
    const graph = toJsonLd(data, { baseUrl: BASE, include: [{ type: 'event', id: 'my-webinar' }] });
    const mine = node(graph, 'event/my-webinar');
    expect(mine).toMatchObject({
      name: 'My webinar',
      organizer: [
        { '@id': `${BASE}#/schema/organization/my-org` },
        { '@id': `${BASE}#/schema/organization/unodc` },
      ],
    });
    expect(node(graph, 'organization/my-org')['@type']).toBe('NGO');
    expect(validate(graph).valid).toBe(true);
  });

  it('refuses two different entities that would share an @id (DUPLICATE_ID), never merging them', () => {
    const clash = defineEvent({
      id: 'unodc-webinar',
      kind: 'webinar',
      descriptiveLabel: 'Another event',
    });
    expect(() =>
      toJsonLd({ ...fixtures, events: [...(fixtures.events ?? []), clash] }, { baseUrl: BASE }),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: ['data', 'events', 2] }));
    const same = { ...(fixtures.events ?? [])[1] } as NonNullable<typeof fixtures.events>[number];
    expect(() =>
      toJsonLd({ ...fixtures, events: [...(fixtures.events ?? []), same] }, { baseUrl: BASE }),
    ).not.toThrow();
  });

  it('gives each build of one dataset its own ids and walk, whatever the builds before it', () => {
    // The index of a frozen dataset is reused between builds: a build under another base URL, or
    // of a page, must not leak its @ids or distances into the next one.
    const whole = JSON.stringify(toJsonLd(fixtures, { baseUrl: BASE }));
    const other = JSON.stringify(toJsonLd(fixtures, { baseUrl: 'https://other.example/' }));
    expect(other).toContain('"https://other.example/#/schema/event/unodc-webinar"');
    expect(other).not.toContain(BASE);
    const page = JSON.stringify(webinarPage());
    expect(JSON.stringify(toJsonLd(fixtures, { baseUrl: BASE }))).toBe(whole);
    expect(JSON.stringify(webinarPage())).toBe(page);
    // An unfrozen dataset is indexed afresh: a change between builds is seen.
    const people = [...(fixtures.people ?? [])];
    const data = { ...fixtures, people };
    const before = toJsonLd(data, { baseUrl: BASE })['@graph'].length;
    people.push(definePerson({ id: 'new-person', name: 'New Person' }));
    expect(toJsonLd(data, { baseUrl: BASE })['@graph']).toHaveLength(before + 1);
  });

  it('refuses a reference to an entity that is not in the data (DANGLING_REFERENCE)', () => {
    const lonely = definePerson({ id: 'bo', name: 'Bo', affiliation: 'nowhere' });
    expect(() => toJsonLd({ people: [lonely] }, { baseUrl: BASE })).toThrow(
      expect.objectContaining({
        code: 'DANGLING_REFERENCE',
        path: ['data', 'people', 0, 'affiliation'],
      }),
    );
  });

  it('refuses an id that names two entities of different kinds, as core does (DUPLICATE_ID)', () => {
    const twin = defineOrganization({ id: 'CW', name: 'An org called CW', kind: 'association' });
    const data = { ...fixtures, organizations: [...(fixtures.organizations ?? []), twin] };
    expect(() => toJsonLd(data, { baseUrl: BASE })).toThrow(
      expect.objectContaining({
        code: 'DUPLICATE_ID',
        path: ['data', 'countries', expect.any(Number), 'id'],
      }),
    );
    expect(safeParseDataset(data).success).toBe(false);
    const track4tip = defineOrganization({ id: 'track4tip', name: 'Track', kind: 'association' });
    const again = { ...fixtures, organizations: [...(fixtures.organizations ?? []), track4tip] };
    expect(() => toJsonLd(again, { baseUrl: BASE })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID' }),
    );
    const issues = safeParseDataset(again);
    expect(issues.success ? [] : issues.error.issues.map((issue) => issue.code)).toEqual([
      'DUPLICATE_ID',
    ]);
  });

  it('writes the awards that support an entity as its funding, on its own page too', () => {
    const data = defineDataset(
      {
        publications: [
          {
            id: 'cooperation-report',
            kind: 'report',
            headline: 'Cooperation in practice',
            descriptiveLabel: 'Report on cooperation',
            publisher: 'unodc',
          },
        ],
        awards: [
          {
            id: 'A-1',
            number: 'A-1',
            funder: 'us-department-of-state',
            supports: ['cooperation-report'],
          },
        ],
      },
      fixtures,
    );
    const graph = toJsonLd(
      {
        ...fixtures,
        publications: data.publications ?? [],
        awards: [...(fixtures.awards ?? []), ...(data.awards ?? [])],
      },
      { baseUrl: BASE, include: [{ type: 'publication', id: 'cooperation-report' }] },
    );
    expect(node(graph, 'publication/cooperation-report').funding).toEqual({
      '@id': `${BASE}#/schema/award/A-1`,
    });
    expect(node(graph, 'award/A-1')['@type']).toBe('MonetaryGrant');
    expect(validate(graph).valid).toBe(true);
  });

  it("writes a person's family and given names where the record has them", () => {
    const data = defineDataset({
      people: [
        {
          id: 'maria-da-silva',
          name: 'Maria da Silva',
          familyName: 'da Silva',
          givenName: 'Maria',
        },
        { id: 'ana-ruiz', name: 'Ana Ruiz' },
      ],
    });
    const graph = toJsonLd(data, { baseUrl: BASE });
    expect(node(graph, 'person/maria-da-silva')).toMatchObject({
      familyName: 'da Silva',
      givenName: 'Maria',
      name: 'Maria da Silva',
    });
    expect(node(graph, 'person/ana-ruiz')).not.toHaveProperty('familyName');
    expect(validate(graph).valid).toBe(true);
  });

  it('writes a participation about the award, as core accepts it', () => {
    const data = defineDataset(
      {
        participations: [
          {
            event: 'unodc-webinar',
            person: 'silke-albert',
            role: 'speaker',
            order: 99,
            about: ['SSJTIP19CA0027'],
          },
        ],
      },
      fixtures,
    );
    const graph = toJsonLd(
      {
        ...fixtures,
        participations: [...(fixtures.participations ?? []), ...(data.participations ?? [])],
      },
      { baseUrl: BASE },
    );
    expect(node(graph, 'event/unodc-webinar').about).toContainEqual({
      '@id': `${BASE}#/schema/award/SSJTIP19CA0027`,
    });
  });
});

describe('records that skipped their schema', () => {
  it("writes one image URL as it is, never spread into characters (the schema's input form)", () => {
    const event = {
      id: 'e',
      kind: 'training',
      descriptiveLabel: 'A training',
      startDate: '2025-03-10',
      image: 'https://www.example.org/e.jpg',
    };
    const graph = toJsonLd({ events: [event] } as never, { baseUrl: 'https://www.example.org/' });
    expect(graph['@graph'][0]).toMatchObject({ image: 'https://www.example.org/e.jpg' });
  });
});
