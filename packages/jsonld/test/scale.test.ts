import type { Dataset } from '@track4tip/core';
import { fixtures } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { type EntityRef, toJsonLd } from '../src/index.js';
import { BASE } from './helpers.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An independent deep canonical copy (the form every graph must already be in): `@context`,
 * `@type`, `@id` first, other keys in code-unit order, no `undefined`, no empty arrays.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const rank = (key: string) => {
    const at = ['@context', '@type', '@id'].indexOf(key);
    return at === -1 ? 99 : at;
  };
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)
    .filter((key) => {
      const item = record[key];
      return item !== undefined && !(Array.isArray(item) && item.length === 0);
    })
    .sort((a, b) => rank(a) - rank(b) || byCodeUnit(a, b))) {
    copy[key] = canonical(record[key]);
  }
  return copy;
}

/**
 * A synthetic dataset: `events` events each led by `leaders` of `organizations` organisations
 * (all of them by default), each with `speakers` programme entries (people affiliated to the
 * organisations), all sessions of one series held under one initiative. References grow as
 * events × leaders.
 */
function synthetic(
  events: number,
  organizations: number,
  leaders = organizations,
  speakers = 2,
): Dataset {
  const orgs = Array.from({ length: organizations }, (_, i) => ({
    id: `org-${i}`,
    name: `Organisation ${i}`,
    kind: 'association' as const,
  }));
  const people = Array.from({ length: events * speakers }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    affiliation: `org-${i % organizations}`,
  }));
  const list = Array.from({ length: events }, (_, i) => ({
    id: `event-${i}`,
    kind: 'webinar' as const,
    descriptiveLabel: `Event ${i}`,
    startDate: '2024-01-01',
    ledBy: Array.from({ length: leaders }, (_, j) => `org-${(i + j) % organizations}`),
    underInitiative: 'initiative',
  }));
  const participations = people.map((person, i) => ({
    event: `event-${Math.floor(i / speakers)}`,
    person: person.id,
    role: 'trainer' as const,
    order: (i % speakers) + 1,
  }));
  return {
    organizations: orgs,
    people,
    events: list,
    participations,
    eventSeries: [
      {
        id: 'series',
        descriptiveLabel: 'All events',
        sessions: list.map((event) => event.id),
      },
    ],
    initiatives: [
      {
        id: 'initiative',
        name: 'Initiative',
        startYear: 2024,
        endYear: 2025,
        implementedBy: ['org-0'],
      },
    ],
  } as unknown as Dataset;
}

/**
 * The dataset behind a proxy that counts every property read of the data (collections, entities,
 * their lists): a deterministic measure of the work `toJsonLd` does on its input.
 */
function counted(data: Dataset): { data: Dataset; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    let proxy = proxies.get(value);
    if (proxy === undefined) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads += 1;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  return { data: wrap(data) as Dataset, reads: () => reads };
}

function readsFor(data: Dataset): number {
  const probe = counted(data);
  toJsonLd(probe.data, { baseUrl: BASE });
  return probe.reads();
}

describe('toJsonLd output form', () => {
  const pages: EntityRef[] = [
    { type: 'event', id: 'unodc-webinar' },
    { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
    { type: 'initiative', id: 'track4tip' },
    { type: 'event-series', id: 'criminal-justice-cooperation-series' },
    { type: 'country', id: 'CW' },
  ];

  it('builds every node in canonical key order, so no deep copy is needed to serialise', () => {
    const graphs = [
      toJsonLd(fixtures, { baseUrl: BASE }),
      toJsonLd(fixtures, { baseUrl: BASE, locale: 'es' }),
      toJsonLd(synthetic(3, 4), { baseUrl: BASE }),
      ...pages.flatMap((entity) =>
        (['linked', 'full'] as const).map((detail) =>
          toJsonLd(fixtures, { baseUrl: BASE, include: [entity], detail, locale: 'pt-BR' }),
        ),
      ),
    ];
    for (const graph of graphs) {
      expect(JSON.stringify(graph)).toBe(JSON.stringify(canonical(graph)));
    }
  });
});

describe('toJsonLd cost', () => {
  it('reads its input a number of times linear in references (16× references ≤ 32× reads)', () => {
    const small = readsFor(synthetic(100, 100));
    const large = readsFor(synthetic(400, 400));
    expect(large / small).toBeLessThanOrEqual(32);
  });

  it('reads its input a number of times linear in entities (16× entities ≤ 32× reads)', () => {
    const small = readsFor(synthetic(500, 10, 1));
    const large = readsFor(synthetic(8000, 160, 1));
    expect(large / small).toBeLessThanOrEqual(32);
  });

  it('builds a graph of 50,000 people in seconds', () => {
    const organizations = Array.from({ length: 100 }, (_, i) => ({
      id: `org-${i}`,
      name: `Organisation ${i}`,
      kind: 'association' as const,
    }));
    const people = Array.from({ length: 50_000 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${i}`,
      affiliation: `org-${i % 100}`,
    }));
    const started = performance.now();
    const graph = toJsonLd({ organizations, people } as unknown as Dataset, { baseUrl: BASE });
    const seconds = (performance.now() - started) / 1000;
    expect(graph['@graph']).toHaveLength(50_100);
    expect(graph['@graph'][0]).toEqual({
      '@type': 'Person',
      '@id': `${BASE}#/schema/person/person-0`,
      name: 'Person 0',
      worksFor: { '@id': `${BASE}#/schema/organization/org-0` },
    });
    // Linear work takes well under a second here; the bound leaves room for a loaded machine.
    expect(seconds).toBeLessThan(10);
  }, 30_000);
});
