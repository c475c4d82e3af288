import { describe, expect, it } from 'vitest';
import { cli, myEvent } from './helpers.js';

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
    '@graph': [{ '@type': 'Event', '@id': 'relative' }],
  }),
};

describe('track4tip validate', () => {
  it('accepts a valid event that refers to the fixtures, reporting Google warnings on stderr', async () => {
    const out = await cli(['validate', 'event.json'], files);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^event\.json: valid event/);
    // The data has no official name or URL: Google's requirements are warnings, with their path.
    expect(out.stderr).toMatch(/warning GOOGLE_REQUIRED JSON-LD#@graph\.\d+\.name/);
  });

  it('prints info notes only with --infos, and always in --json', async () => {
    const quiet = await cli(['validate', 'event.json'], files);
    expect(quiet.stderr).not.toContain('info GOOGLE_RECOMMENDED');
    expect(quiet.stdout).toMatch(/info note\(s\) \(see --infos\)/);
    const verbose = await cli(['validate', 'event.json', '--infos'], files);
    expect(verbose.stderr).toMatch(/^info GOOGLE_RECOMMENDED JSON-LD#@graph\.\d+\.\w+: /m);
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
      /^error UNKNOWN_FIELD bad-event\.json#: unknown field\(s\) "colour"/m,
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
        path: 'dangling.json#ledBy.0',
        message: expect.stringContaining('nobody'),
      }),
    ]);
  });

  it('checks a JSON-LD document with the validator', async () => {
    const out = await cli(['validate', 'graph.json'], files);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('error RELATIVE_ID graph.json#@graph.0');
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
