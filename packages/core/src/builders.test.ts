import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineAward,
  defineCountry,
  defineDataset,
  defineEvent,
  defineEventSeries,
  defineInitiative,
  defineLegalInstrument,
  defineOrganization,
  defineParticipation,
  definePerson,
  definePressRelease,
  safeParseAward,
  safeParseCountry,
  safeParseDataset,
  safeParseEvent,
  safeParseEventSeries,
  safeParseInitiative,
  safeParseLegalInstrument,
  safeParseOrganization,
  safeParseParticipation,
  safeParsePerson,
  safeParsePressRelease,
} from './builders.js';
import { CoreError } from './errors.js';
import { fixtures } from './fixtures/index.js';

const event = {
  id: 'my-webinar',
  kind: 'webinar',
  descriptiveLabel: 'Regional webinar on victim identification',
  startDate: '2024-05-01',
  attendanceMode: 'online',
  ledBy: ['unodc'],
} as const;

function caught(action: () => unknown): CoreError {
  try {
    action();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error('expected a CoreError');
}

describe('define* builders', () => {
  it('return a validated, deep-frozen copy and leave the input alone', () => {
    const input = { ...event, ledBy: [...event.ledBy] };
    const defined = defineEvent(input);
    expect(defined).toEqual(input);
    expect(defined).not.toBe(input);
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.ledBy)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('accept the fixtures themselves', () => {
    for (const person of fixtures.people ?? []) expect(definePerson(person)).toEqual(person);
    for (const org of fixtures.organizations ?? []) expect(defineOrganization(org)).toEqual(org);
    for (const country of fixtures.countries ?? []) expect(defineCountry(country)).toEqual(country);
    for (const item of fixtures.legalInstruments ?? [])
      expect(defineLegalInstrument(item)).toEqual(item);
    for (const item of fixtures.initiatives ?? []) expect(defineInitiative(item)).toEqual(item);
    for (const item of fixtures.events ?? []) expect(defineEvent(item)).toEqual(item);
    for (const item of fixtures.eventSeries ?? []) expect(defineEventSeries(item)).toEqual(item);
    for (const item of fixtures.participations ?? [])
      expect(defineParticipation(item)).toEqual(item);
    for (const item of fixtures.awards ?? []) expect(defineAward(item)).toEqual(item);
    for (const item of fixtures.pressReleases ?? []) expect(definePressRelease(item)).toEqual(item);
  });

  it('report each problem with its path and how to fix it', () => {
    const error = caught(() =>
      defineAward({ id: 'a', number: '', funder: 'us-department-of-state' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.name).toBe('CoreError');
    expect(error.issues.map((issue) => issue.path.join('.'))).toContain('number');
    expect(error.message).toMatch(/exactly as printed on the award/);
    expect(error.message).not.toContain('`number`');
  });

  it('reject local times without an offset, impossible dates and relative URLs', () => {
    expect(caught(() => defineEvent({ ...event, startDate: '2024-05-01T10:00:00' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      caught(() => defineEvent({ ...event, startDate: '2024-02-30' })).issues[0]?.path.join('.'),
    ).toBe('startDate');
    expect(caught(() => defineEvent({ ...event, url: '/webinar' })).issues[0]?.path.join('.')).toBe(
      'url',
    );
    expect(defineEvent({ ...event, startDate: '2024-05-01T10:00:00-05:00' }).startDate).toBe(
      '2024-05-01T10:00:00-05:00',
    );
  });

  it('reject unknown fields rather than dropping them', () => {
    const error = caught(() => definePerson({ id: 'x', name: 'X', nmae: 'typo' } as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      {
        code: 'UNKNOWN_FIELD',
        path: ['nmae'],
        message: 'unknown field "nmae"',
        hint: 'remove it or check its spelling',
      },
    ]);
  });

  it('never coerce: no trimming, no number-to-string', () => {
    expect(
      caught(() => definePerson({ id: 'x', name: ' Padded ' })).issues[0]?.path.join('.'),
    ).toBe('name');
    expect(
      caught(() => definePerson({ id: 'x', name: 42 } as never)).issues[0]?.path.join('.'),
    ).toBe('name');
  });

  it('require a rescheduled status for previousStartDate', () => {
    const error = caught(() => defineEvent({ ...event, previousStartDate: '2024-04-01' }));
    expect(error.issues[0]?.path.join('.')).toBe('previousStartDate');
    expect(
      defineEvent({ ...event, status: 'rescheduled', previousStartDate: '2024-04-01' }).status,
    ).toBe('rescheduled');
  });

  it('offer safeParse* variants that return the error instead of throwing', () => {
    const ok = safeParseEvent(event);
    expect(ok.success).toBe(true);
    const bad = safeParseEvent({ ...event, kind: '' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.path.join('.')).toBe('kind');
  });
});

describe('defineDataset', () => {
  it('accepts references into a context such as the fixtures', () => {
    const dataset = defineDataset({ events: [event] }, fixtures);
    expect(dataset.events?.[0]?.ledBy).toEqual(['unodc']);
  });

  it('reports dangling references with their path', () => {
    const error = caught(() => defineDataset({ events: [event] }));
    expect(error.code).toBe('DANGLING_REFERENCE');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['events.0.ledBy.0']);
  });

  it('reports ids used twice, and ids that collide with the context', () => {
    expect(caught(() => defineDataset({ events: [event, event] }, fixtures)).code).toBe(
      'DUPLICATE_ID',
    );
    const clash = caught(() =>
      defineDataset({ organizations: [{ id: 'unodc', name: 'Mine', kind: 'network' }] }, fixtures),
    );
    expect(clash.code).toBe('DUPLICATE_ID');
    expect(clash.issues[0]?.path.join('.')).toBe('organizations.0.id');
  });

  it('validates 50,000 people and their organisations', () => {
    const organizations = Array.from({ length: 500 }, (_, index) => ({
      id: `office-${index}`,
      name: `Office ${index}`,
      kind: 'governmental',
    }));
    const people = Array.from({ length: 50_000 }, (_, index) => ({
      id: `person-${index}`,
      name: `Person ${index}`,
      affiliation: `office-${index % 500}`,
    }));
    const dataset = defineDataset({ organizations, people });
    expect(dataset.people).toHaveLength(50_000);
    expect(dataset.people?.[49_999]?.affiliation).toBe('office-499');
  }, 60_000);

  it('accepts 100,000 entities in a collection, and says what to do above that', () => {
    const awards = (length: number) =>
      Array.from({ length }, (_, index) => ({
        id: `award-${index}`,
        number: `N${index}`,
        funder: 'unodc',
      }));
    expect(safeParseDataset({ awards: awards(100_000) }, fixtures).success).toBe(true);
    const error = caught(() => defineDataset({ awards: awards(100_001) }, fixtures));
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['TOO_BIG', 'awards'],
    ]);
    expect(error.message).toMatch(/at most 100000 entities; validate a larger archive in parts/);
  }, 60_000);

  it('spells out the first 20 issues in its message and counts the rest', () => {
    const people = Array.from({ length: 25 }, (_, index) => ({
      id: `person-${index}`,
      name: `Person ${index}`,
      affiliation: 'nowhere',
    }));
    const error = caught(() => defineDataset({ people }));
    expect(error.issues).toHaveLength(25);
    expect(error.path).toEqual([]);
    expect(error.message).toMatch(/^Invalid dataset: 25 problems/);
    const lines = error.message.split('\n- ');
    expect(lines).toHaveLength(22); // the lead-in, 20 issues, the count
    // Each line is led by its issue's path, so that a log tells them apart.
    expect(lines[1]).toBe(`people[0].affiliation: ${error.issues[0]?.message}`);
    expect(lines[20]?.startsWith('people[19].affiliation: ')).toBe(true);
    expect(error.message).toMatch(/… and 5 more$/);
  });

  it('take a person’s family and given names as recorded, a given name only with its family name', () => {
    const person = definePerson({
      id: 'maria-da-silva',
      name: 'Maria da Silva',
      familyName: 'da Silva',
      givenName: 'Maria',
    });
    expect([person.familyName, person.givenName]).toEqual(['da Silva', 'Maria']);
    expect(definePerson({ id: 'ana', name: 'Ana', familyName: 'Ana' }).givenName).toBeUndefined();
    const error = caught(() => definePerson({ id: 'maria', name: 'Maria', givenName: 'Maria' }));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['givenName']);
    // A family name alone is a single name, the whole of it: "Ruiz" is not "Maria Ruiz".
    const partial = caught(() => definePerson({ id: 'm', name: 'Maria Ruiz', familyName: 'Ruiz' }));
    expect(partial.issues.map((issue) => issue.path.join('.'))).toEqual(['familyName']);
  });

  it('shows a number JSON cannot write as what it is, and checks no order of dates that are wrong', () => {
    const price = caught(() =>
      defineEvent({ ...event, offers: [{ price: Number.NaN, priceCurrency: 'EUR' }] }),
    );
    expect(price.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/, got a number \(NaN\); change the value$/),
    ]);
    const dates = caught(() =>
      defineEvent({ ...event, startDate: '2025-10-14T25:00:00+02:00', endDate: '2025-02-29' }),
    );
    // Two wrong dates: each has its issue, and there is no third about their order.
    expect(dates.issues.map((issue) => issue.path.join('.'))).toEqual(['startDate', 'endDate']);
    // Two real dates out of order still are one.
    const order = caught(() =>
      defineEvent({ ...event, startDate: '2025-10-14', endDate: '2025-10-13' }),
    );
    expect(order.issues.map((issue) => issue.message)).toEqual([
      'endDate must not be before startDate',
    ]);
  });

  it('checks references in nested fields', () => {
    const result = safeParseDataset(
      {
        events: [{ ...event, audience: { description: 'judges', countries: ['XX'] } }],
      },
      fixtures,
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.path.join('.')).toBe('events.0.audience.countries.0');
  });
});

const safeParsers = {
  safeParseAward,
  safeParseCountry,
  safeParseDataset: (input: unknown) => safeParseDataset(input),
  safeParseEvent,
  safeParseEventSeries,
  safeParseInitiative,
  safeParseLegalInstrument,
  safeParseOrganization,
  safeParseParticipation,
  safeParsePerson,
  safeParsePressRelease,
};

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'id',
  'name',
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', '\u0000', '\u2028', '</script>', 'NaN', '2021-02-30'),
    fc.dictionary(fc.oneof(fc.string(), hostileKey), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;

// Property tests do real work per run; on a loaded 2-core CI machine they need more than Vitest's
// default 5 s, so each gets a generous timeout rather than fewer runs.
const PROPERTY_TIMEOUT = 60_000;

/** The codes of the issues a builder reports. */
const ISSUE_CODES = [
  'INVALID_INPUT',
  'MISSING_FIELD',
  'UNKNOWN_FIELD',
  'INVALID_TYPE',
  'INVALID_VALUE',
  'INVALID_FORMAT',
  'INVALID_DATE',
  'TOO_SMALL',
  'TOO_BIG',
  'DANGLING_REFERENCE',
  'DUPLICATE_ID',
];

describe('hostile input', () => {
  it(
    'only ever yields the package’s own validation errors',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.values(safeParsers)),
          hostileValue,
          (parse, input) => {
            const result = parse(input);
            if (!result.success) {
              expect(result.error).toBeInstanceOf(CoreError);
              expect(['INVALID_INPUT', 'DANGLING_REFERENCE', 'DUPLICATE_ID']).toContain(
                result.error.code,
              );
              // Every message is the package's own: zod/mini alone would say "Invalid input".
              // Every issue has a code of its kind; INVALID_INPUT only for what cannot be read.
              for (const issue of result.error.issues) {
                expect(issue.message).not.toMatch(/^Invalid input/);
                expect(ISSUE_CODES).toContain(issue.code);
                if (issue.code === 'INVALID_INPUT')
                  expect(issue.message).toMatch(/^could not be read/);
              }
            }
          },
        ),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'rejects near-valid objects mutated at one field',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(event)), hostileValue, (key, value) => {
          const result = safeParseEvent({ ...event, [key]: value });
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
          else expect(result.data).toEqual({ ...event, [key]: value });
        }),
        { numRuns: 1_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('rejects prototype-pollution keys from JSON and pollutes nothing', () => {
    const input = JSON.parse(
      '{"id":"x","name":"X","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const result = safeParsePerson(input);
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = safeParseDataset(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(nested.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects 10 MB strings quickly, with a length message', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const result = safeParsePerson({ id: 'x', name: huge });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/at most 500/);
    expect(safeParseEvent({ ...event, id: huge }).success).toBe(false);
    expect(safeParseEvent({ ...event, url: `https://x.org/${huge}` }).success).toBe(false);
  });
});
