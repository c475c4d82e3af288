import { describe, expect, it } from 'vitest';
import { cli, quitoTraining, webinarSupplement } from './helpers.js';

const BASE = 'https://www.example.org/';

const files = {
  'mine.json': JSON.stringify(quitoTraining),
  'supply.json': JSON.stringify(webinarSupplement),
  'bad.json': JSON.stringify({
    events: [
      {
        ...quitoTraining.events[0],
        location: {
          place: { address: { addressLocality: 'Quito', addressCountry: 'Ecuador' } },
        },
      },
    ],
  }),
  'broken.json': '{ "events": [',
};

interface Node {
  readonly '@type': string;
  readonly '@id': string;
  readonly [key: string]: unknown;
}
const graphOf = (stdout: string) => (JSON.parse(stdout) as { '@graph': Node[] })['@graph'];

describe('track4tip jsonld --data', () => {
  it("prints the graph of the user's event: an EducationEvent at its Place, with its programme", async () => {
    const out = await cli(
      ['jsonld', 'quito-training', '--data', 'mine.json', '--base-url', BASE],
      files,
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const graph = graphOf(out.stdout);
    const event = graph.find((node) => node['@id'] === `${BASE}#/schema/event/quito-training`);
    expect(event?.['@type']).toBe('EducationEvent');
    expect(event?.name).toBe(
      'Capacitación sobre cooperación internacional contra la trata de personas',
    );
    expect(event?.startDate).toBe('2025-03-10');
    expect(event?.endDate).toBe('2025-03-11');
    expect(event?.inLanguage).toEqual(['es']);
    expect(event?.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(event?.location).toEqual({
      '@type': 'Place',
      name: 'Centro de Convenciones',
      address: { '@type': 'PostalAddress', addressLocality: 'Quito', addressCountry: 'EC' },
    });
    expect(event?.organizer).toEqual([{ '@id': `${BASE}#/schema/organization/unodc` }]);
    expect(event?.performer).toEqual([
      {
        '@type': 'PerformanceRole',
        performer: { '@id': `${BASE}#/schema/person/ana-perez` },
        roleName: 'speaker',
      },
      {
        '@type': 'PerformanceRole',
        performer: { '@id': `${BASE}#/schema/person/luis-gomez` },
        roleName: 'speaker',
      },
      {
        '@type': 'PerformanceRole',
        performer: { '@id': `${BASE}#/schema/person/maria-lopez` },
        roleName: 'moderator',
      },
    ]);
    // What the event refers to is in the graph: the people and the fixture organisation.
    expect(graph.find((node) => node['@id'] === `${BASE}#/schema/person/maria-lopez`)).toEqual({
      '@type': 'Person',
      '@id': `${BASE}#/schema/person/maria-lopez`,
      name: 'María López',
    });
    expect(graph.find((node) => node['@id'] === `${BASE}#/schema/organization/unodc`)?.name).toBe(
      'United Nations Office on Drugs and Crime',
    );
  });

  it("prints the user's records when no entity is named, and reads - as standard input", async () => {
    const named = await cli(['jsonld', 'quito-training', '--data', 'mine.json'], files);
    const all = await cli(['jsonld', '--data', '-'], { '-': files['mine.json'] });
    expect(all.code).toBe(0);
    // The same nodes: the user's people are included themselves, so they come first.
    const ids = (stdout: string) => graphOf(stdout).map((node) => node['@id']);
    expect(ids(all.stdout).sort()).toEqual(ids(named.stdout).sort());
    expect(ids(all.stdout)).not.toContain('https://example.org/#/schema/event/unodc-webinar');
  });

  it('still finds the fixtures, and suggests the closest id on a typo', async () => {
    const fixture = await cli(['jsonld', 'unodc-webinar', '--data', 'mine.json'], files);
    expect(fixture.code).toBe(0);
    const typo = await cli(['jsonld', 'quito-trainng', '--data', 'mine.json'], files);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe(
      'error UNKNOWN_ID [entity…] #1: there is no entity "quito-trainng" (did you mean "quito-training"?); run "track4tip list" for the SDK\'s ids and the ids in mine.json\n',
    );
  });

  it('exits with 1 on invalid records, with the path in the file and the library message', async () => {
    const out = await cli(['jsonld', '--data', 'bad.json'], files);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'error INVALID_VALUE bad.json#events[0].location.place.address.addressCountry: expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "EC" for Ecuador\n',
    );
    const json = await cli(['jsonld', '--data', 'bad.json', '--json'], files);
    expect(JSON.parse(json.stderr).problems).toEqual([
      expect.objectContaining({
        code: 'INVALID_VALUE',
        path: 'bad.json#events[0].location.place.address.addressCountry',
      }),
    ]);
  });

  it("prints each of the library's issues with its code and hint, as core gives them", async () => {
    const habits = {
      events: [{ ...quitoTraining.events[0], id: undefined, eventStatus: 'EventScheduled' }],
    };
    const out = await cli(['jsonld', '--data', 'habits.json'], {
      'habits.json': JSON.stringify(habits),
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      [
        'error MISSING_FIELD habits.json#events[0].id: the required field "id" is missing; add it; a stable id of your choice, e.g. "my-webinar"',
        'error UNKNOWN_FIELD habits.json#events[0].eventStatus: unknown field "eventStatus"; write "status": "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"',
        '',
      ].join('\n'),
    );
  });

  it('exits with 1 on a missing or broken file, and 2 without the option value', async () => {
    expect((await cli(['jsonld', '--data', 'none.json'], files)).stderr).toContain(
      'error UNREADABLE_FILE none.json: cannot read the file: no such file',
    );
    const broken = await cli(['jsonld', '--data', 'broken.json'], files);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error INVALID_JSON broken\.json/);
    expect((await cli(['jsonld', '--data'], files)).code).toBe(2);
  });

  it('completes the fixture webinar with --supply', async () => {
    const out = await cli(['jsonld', 'unodc-webinar', '--supply', 'supply.json'], files);
    expect(out.code).toBe(0);
    const webinar = graphOf(out.stdout).find(
      (node) => node['@id'] === 'https://example.org/#/schema/event/unodc-webinar',
    );
    expect(webinar?.name).toBe('International cooperation against trafficking in persons');
    expect(webinar?.url).toBe('https://www.example.org/events/webinar');
    expect(webinar?.startDate).toBe('2021-02-01T10:00:00-05:00');
    expect(webinar?.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://www.example.org/events/webinar/live',
    });
  });
});

describe('track4tip cite --data', () => {
  it("cites the user's event, its organiser's name from the merged records", async () => {
    const out = await cli(
      ['cite', 'quito-training', '--data', 'mine.json', '--style', 'apa'],
      files,
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      'United Nations Office on Drugs and Crime. (2025, March 10–11). Capacitación sobre cooperación internacional contra la trata de personas [Training].\n',
    );
  }, 60_000);

  it('cites an organisation of the user as the author', async () => {
    const data = {
      organizations: [{ id: 'quito-office', name: 'Oficina de Quito', kind: 'governmental' }],
      events: [{ ...quitoTraining.events[0], ledBy: ['quito-office'] }],
    };
    const out = await cli(
      ['cite', 'quito-training', '--data', 'own.json', '--format', 'csl-json'],
      {
        'own.json': JSON.stringify(data),
      },
    );
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject([
      { id: 'quito-training', author: [{ literal: 'Oficina de Quito' }] },
    ]);
  });

  it('cites the webinar by the title a --supply file gives it', async () => {
    const out = await cli(['cite', 'unodc-webinar', '--supply', 'supply.json'], files);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'International cooperation against trafficking in persons [Webinar]. https://www.example.org/events/webinar',
    );
  }, 60_000);

  it('exits with 1 on invalid records and on an unknown id', async () => {
    const bad = await cli(['cite', 'quito-training', '--data', 'bad.json'], files);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json#events[0].location.place.address.addressCountry: ');
    const unknown = await cli(['cite', 'quito-trainin', '--data', 'mine.json'], files);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('(did you mean "quito-training"?)');
  });

  it('refuses to read standard input twice', async () => {
    const out = await cli(['cite', 'quito-training', '--data', '-', '--supply', '-'], {
      '-': files['mine.json'],
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^error INVALID_OPTION --supply: standard input can be read once/);
  });
});

describe('track4tip validate on records that leave out the programme', () => {
  it('warns about each person no participation names, instead of dropping them without a word', async () => {
    const { participations: _, ...withoutProgramme } = quitoTraining;
    const out = await cli(['validate', 'people.json', '--json'], {
      'people.json': JSON.stringify(withoutProgramme),
    });
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stderr) as {
      problems: { code: string; path: string; message: string }[];
    };
    const unlinked = report.problems.filter((problem) => problem.code === 'UNLINKED_PERSON');
    expect(unlinked.map((problem) => problem.path)).toEqual(
      (withoutProgramme.people ?? []).map((_person, index) => `people.json#people.${index}`),
    );
    expect(unlinked[0]?.message).toContain('add a participation');
    // With the programme, no such warning.
    const whole = await cli(['validate', 'mine.json', '--json'], files);
    expect(whole.stderr).not.toContain('UNLINKED_PERSON');
  });
});
