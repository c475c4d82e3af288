import { EVENT_IDS, fixtures, PERSON_IDS } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('track4tip list', () => {
  it('shows every fixture entity with its id and name', async () => {
    const out = await cli(['list']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    for (const id of [...EVENT_IDS, ...PERSON_IDS, 'track4tip', 'CW', 'SSJTIP19CA0027']) {
      expect(out.stdout).toMatch(new RegExp(`^  ${id} +\\S`, 'm'));
    }
    expect(out.stdout).toContain('Silke Albert');
  });

  it('gives the same entities as JSON with --format json', async () => {
    const out = await cli(['list', '--format', 'json']);
    expect(out.code).toBe(0);
    const listed = JSON.parse(out.stdout) as { collection: string; id: string }[];
    expect(listed.filter((e) => e.collection === 'people').map((e) => e.id)).toEqual(
      fixtures.people?.map((p) => p.id),
    );
  });

  it('rejects an unknown --format as a usage error', async () => {
    const out = await cli(['list', '--format', 'yaml']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('yaml');
    expect(out.stdout).toBe('');
  });

  it('lists one collection, named by collection or by type', async () => {
    const byCollection = await cli(['list', 'countries']);
    expect(byCollection.code).toBe(0);
    expect(byCollection.stdout).toMatch(/^countries\n {2}EC +Ecuador\n/);
    expect(byCollection.stdout).not.toContain('people');
    expect((await cli(['list', 'country'])).stdout).toBe(byCollection.stdout);
  });

  it('exits with 1 for an unknown collection, saying which exist', async () => {
    const out = await cli(['list', 'planets']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      /^error UNKNOWN_COLLECTION \[collection\]: there is no collection "planets"; use one of people, /m,
    );
  });

  it('rejects extra arguments as a usage error', async () => {
    const out = await cli(['list', 'people', 'countries']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('too many arguments');
  });
});
