import { describe, expect, it } from 'vitest';
import { cli, myEvent, quitoTraining, webinarSupplement } from './helpers.js';

const myOrganization = { id: 'my-office', name: 'My Office', kind: 'governmental' };

const files = {
  'event.json': JSON.stringify(myEvent),
  'organization.json': JSON.stringify(myOrganization),
  'dataset.json': JSON.stringify({
    organizations: [myOrganization],
    events: [{ ...myEvent, ledBy: ['my-office'] }],
  }),
  'bad-event.json': JSON.stringify({ ...myEvent, startDate: 'yesterday', colour: 'red' }),
  'dangling.json': JSON.stringify({ ...myEvent, ledBy: ['nobody'] }),
  'bad-organization.json': JSON.stringify({ name: 'No Id Office', kind: 'governmental' }),
  'broken.json': '{\n  "id": "x",\n  "kind": \n}',
  'graph.json': JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'Event', '@id': '_:' }],
  }),
};

describe('track4tip validate', () => {
  it('accepts a valid event that refers to the fixtures, reporting Google warnings on stderr', async () => {
    const out = await cli(['validate', 'event.json'], files);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^event\.json: valid event/);
    // The data has no official name or URL: Google's requirements are warnings, with their path.
    expect(out.stderr).toMatch(/warning GOOGLE_REQUIRED JSON-LD#@graph\[\d+\]\.name/);
  });

  it('prints info notes only with --infos, and always in --json', async () => {
    const quiet = await cli(['validate', 'event.json'], files);
    expect(quiet.stderr).not.toContain('info GOOGLE_RECOMMENDED');
    expect(quiet.stdout).toMatch(/info note\(s\) \(see --infos\)/);
    const verbose = await cli(['validate', 'event.json', '--infos'], files);
    expect(verbose.stderr).toMatch(/^info GOOGLE_RECOMMENDED JSON-LD#@graph\[\d+\]\.\w+: /m);
    const json = await cli(['validate', 'event.json', '--json'], files);
    expect(json.code).toBe(0);
    const { problems } = JSON.parse(json.stderr) as {
      problems: { severity: string; code?: string; source?: string }[];
    };
    expect(problems.some((p) => p.severity === 'info')).toBe(true);
    const google = problems.filter((p) => p.code?.startsWith('GOOGLE_'));
    expect(google.length).toBeGreaterThan(0);
    expect(google.every((p) => p.source?.startsWith('https://'))).toBe(true);
  });

  it('accepts an organisation and a dataset', async () => {
    const org = await cli(['validate', 'organization.json'], files);
    expect(org.code).toBe(0);
    expect(org.stdout).toContain('valid organization');
    const dataset = await cli(['validate', 'dataset.json'], files);
    expect(dataset.code).toBe(0);
    expect(dataset.stdout).toContain('valid dataset');
  });

  it('exits with 1 and prints each schema problem with its path', async () => {
    const out = await cli(['validate', 'bad-event.json'], files);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^error \S+ bad-event\.json#startDate: /m);
    expect(out.stderr).toMatch(
      /^error UNKNOWN_FIELD bad-event\.json#colour: unknown field "colour"; remove it or check its spelling$/m,
    );
  });

  it('reads an invalid organisation as an organisation, and --type overrides the guess', async () => {
    const out = await cli(['validate', 'bad-organization.json'], files);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(
      /^error MISSING_FIELD bad-organization\.json#id: the required field "id" is missing; add it/m,
    );
    expect(out.stderr).not.toContain('descriptiveLabel');
    const asEvent = await cli(['validate', 'bad-organization.json', '--type', 'event'], files);
    expect(asEvent.stderr).toContain('bad-organization.json#descriptiveLabel');
  });

  it('reports a dangling reference with its path', async () => {
    const out = await cli(['validate', 'dangling.json', '--json'], files);
    expect(out.code).toBe(1);
    const { problems } = JSON.parse(out.stderr) as {
      problems: { path: string; message: string }[];
    };
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'dangling.json#ledBy[0]',
        message: expect.stringContaining('nobody'),
      }),
    ]);
  });

  it('checks a JSON-LD document with the validator', async () => {
    const out = await cli(['validate', 'graph.json'], files);
    expect(out.code).toBe(1);
    // The path written once, with formatPath; the library's message, then its hint.
    expect(out.stderr).toContain(
      'error RELATIVE_ID graph.json#@graph[0].@id: "_:" is no blank node identifier: it needs a name after "_:", as in "_:b0"; name the blank node, or use an absolute URL (node _:)\n',
    );
  });

  it('says where the JSON syntax is broken', async () => {
    const out = await cli(['validate', 'broken.json'], files);
    expect(out.code).toBe(1);
    // Node gives a position for some syntax errors (then line:column is shown) and a snippet for others.
    expect(out.stderr).toMatch(
      /INVALID_JSON broken\.json(:4:1)?: not valid JSON \(Unexpected token '}'/,
    );
  });

  it('exits with 1 for a missing file', async () => {
    const out = await cli(['validate', 'missing.json'], files);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('missing.json: cannot read the file: no such file');
  });

  it('exits with 2 without a file, or with an unknown --type', async () => {
    expect((await cli(['validate'], files)).code).toBe(2);
    const out = await cli(['validate', 'event.json', '--type', 'person'], files);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--type');
  });
});

/** A complete online-only webinar of a user's own. */
const onlineWebinar = {
  ...myEvent,
  title: 'Identifying victims of trafficking online',
  startDate: '2024-05-02T15:00:00Z',
  url: 'https://www.example.org/webinars/victims',
  location: { virtualLocation: { url: 'https://www.example.org/webinars/victims/live' } },
  image: 'https://www.example.org/webinars/victims.png',
  offers: [
    { url: 'https://www.example.org/webinars/victims/register', price: 0, priceCurrency: 'USD' },
  ],
};

const records = {
  'mine.json': JSON.stringify(quitoTraining),
  'online.json': JSON.stringify(onlineWebinar),
  'event.json': JSON.stringify(myEvent),
  'supply.json': JSON.stringify(webinarSupplement),
  'typo.json': JSON.stringify({
    events: { 'unodc-webinr': { url: 'https://www.example.org/events/webinar' } },
  }),
  'relative.json': JSON.stringify({
    events: { 'unodc-webinar': { location: { virtualLocation: { url: '/live' } } } },
  }),
  'graph.json': files['graph.json'],
};

interface Report {
  problems: { severity: string; code: string; path: string; message: string }[];
  richResults: { id?: string; eligible: boolean; missingRequired: string[] }[];
}

describe('track4tip validate: the records of the model', () => {
  it('finds nothing to fix in a complete in-person training, and mentions no supplying', async () => {
    const out = await cli(['validate', 'mine.json'], records);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/^mine\.json: valid dataset/);
    expect(out.stdout).toContain(
      '  Event (EducationEvent) https://example.org/#/schema/event/quito-training: eligible',
    );
    expect(`${out.stdout}${out.stderr}`).not.toMatch(/suppl/i);
  });

  it('never advises a field the model cannot hold', async () => {
    const out = await cli(['validate', 'mine.json', '--json'], records);
    const report = JSON.parse(out.stderr) as Report;
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // Google recommends an organisation's "duns" and "telephone": no record has such a field.
    expect(report.problems.map((p) => p.message).join('\n')).not.toMatch(/"(duns|telephone)"/);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        code: 'GOOGLE_RECOMMENDED',
        path: 'JSON-LD#@graph[3].image',
        message: expect.stringContaining(
          'If the event "quito-training" has a real one, add `image` (absolute image URLs) to it in mine.json',
        ),
      }),
    );
  });

  it('reports no error for a complete online-only webinar', async () => {
    const out = await cli(['validate', 'online.json'], records);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^online\.json: valid event/);
    expect(out.stderr).not.toMatch(/^error /m);
    expect(out.stderr).not.toContain('GOOGLE_REQUIRED');
  });

  it('names the model field for a missing Google property, never an option name', async () => {
    const out = await cli(['validate', 'event.json'], records);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      'warning GOOGLE_REQUIRED JSON-LD#@graph[0].location: Google Search requires "location" on Event for its rich result; the data has no value for it. If the event "my-webinar" has a real one, add `location` (a `place` with its address: Google lists only events in a physical place, so a `virtualLocation` alone is not enough) to it in event.json; do not invent one',
    );
    expect(out.stderr).toContain('add `title` (its official title) to it in event.json');
    expect(out.stderr).not.toMatch(/locationUrl|toJsonLd/);
  });

  it('completes the fixture webinar with --supply, and checks it with the records', async () => {
    const out = await cli(['validate', 'mine.json', '--supply', 'supply.json', '--json'], records);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stderr) as Report;
    const webinar = report.richResults.find((r) => r.id?.endsWith('/event/unodc-webinar'));
    expect(webinar?.missingRequired).not.toContain('name');
    expect(webinar?.missingRequired).not.toContain('startDate');
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'GOOGLE_REQUIRED')).toEqual([]);
  });

  it('points at --supply for what an SDK record lacks', async () => {
    const url = JSON.stringify({
      events: { 'unodc-webinar': { url: 'https://www.example.org/w' } },
    });
    const out = await cli(['validate', 'event.json', '--supply', 'url.json'], {
      ...records,
      'url.json': url,
    });
    expect(out.stderr).toContain(
      'If the event "unodc-webinar" has a real one, add `title` (its official title) to it with --supply FILE, e.g. { "events": { "unodc-webinar": { "title": … } } }; do not invent one',
    );
  });

  it("reports a supply file's problems at their path in it, in the library's words", async () => {
    const typo = await cli(['validate', 'mine.json', '--supply', 'typo.json'], records);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      'error UNKNOWN_ID typo.json#events["unodc-webinr"]: there is no entity "unodc-webinr" in events; did you mean "unodc-webinar"?',
    );
    const relative = await cli(
      ['validate', 'mine.json', '--supply', 'relative.json', '--json'],
      records,
    );
    expect(relative.code).toBe(1);
    expect((JSON.parse(relative.stderr) as Report).problems).toEqual([
      {
        severity: 'error',
        code: 'INVALID_VALUE',
        path: 'relative.json#events["unodc-webinar"].location.virtualLocation.url',
        message: 'expected an absolute http(s) URL, e.g. "https://www.example.org/page"',
      },
    ]);
  });

  it("advises a field of the record an event refers to: its organiser's url", async () => {
    const own = {
      organizations: [{ id: 'quito-office', name: 'Oficina de Quito', kind: 'governmental' }],
      events: [{ ...quitoTraining.events[0], ledBy: ['quito-office'] }],
    };
    const out = await cli(['validate', 'own.json', '--infos'], { 'own.json': JSON.stringify(own) });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      'Google Search recommends "organizer.url" on Event. If the organisation "quito-office" has a real one, add `url` to it in own.json',
    );
  });

  it("words a JSON-LD document's missing property without naming records", async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Event',
          '@id': 'https://www.example.org/#e',
          startDate: '2024-05-02',
          location: { '@type': 'Place', address: 'Quito' },
        },
      ],
    };
    const out = await cli(['validate', 'page.json'], { 'page.json': JSON.stringify(graph) });
    expect(out.stderr).toContain(
      'warning GOOGLE_REQUIRED page.json#@graph[0].name: Google Search requires "name" on Event for its rich result; the data has no value for it. If a real one exists, add it; do not invent one',
    );
    // The same words when the document writes `type` and `id`, schema.org's aliases.
    const [event] = graph['@graph'];
    const { '@type': type, '@id': id, ...rest } = event as Record<string, unknown>;
    const aliased = { ...graph, '@graph': [{ type, id, ...rest }] };
    const again = await cli(['validate', 'page.json'], { 'page.json': JSON.stringify(aliased) });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      'warning GOOGLE_REQUIRED page.json#@graph[0].name: Google Search requires "name" on Event for its rich result; the data has no value for it. If a real one exists, add it; do not invent one',
    );
  });

  it('refuses --supply with a JSON-LD document, which has no records', async () => {
    const out = await cli(['validate', 'graph.json', '--supply', 'supply.json'], records);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^error INVALID_OPTION --supply: /);
  });

  it('reports an invalid record at its path in the file', async () => {
    const bad = {
      events: [
        {
          ...quitoTraining.events[0],
          location: { place: { address: { addressCountry: 'Ecuador' } } },
        },
      ],
    };
    const out = await cli(['validate', 'bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(
      'error INVALID_VALUE bad.json#events[0].location.place.address.addressCountry: ',
    );
  });
});
