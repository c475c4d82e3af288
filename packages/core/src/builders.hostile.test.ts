import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as builders from './builders.js';
import type { Dataset } from './dataset.js';
import { CoreError } from './errors.js';
import { fixtures } from './fixtures/index.js';

// Inputs that throw when they are read: getters, Proxies whose traps throw, revoked Proxies,
// objects whose conversions throw. A safeParse* call answers with a CoreError, never throws.

type Path = (string | number)[];

/** A valid input for each safeParse* function, built from the fixtures (plain, mutable copies). */
const valid: [name: string, parse: (input: unknown) => unknown, input: () => unknown][] = [
  ['person', builders.safeParsePerson, () => fixtures.people?.[0]],
  ['organization', builders.safeParseOrganization, () => fixtures.organizations?.[0]],
  ['country', builders.safeParseCountry, () => fixtures.countries?.find((country) => country.m49)],
  ['legal instrument', builders.safeParseLegalInstrument, () => fixtures.legalInstruments?.[0]],
  ['initiative', builders.safeParseInitiative, () => fixtures.initiatives?.[0]],
  ['event', builders.safeParseEvent, () => fixtures.events?.find((event) => event.audience)],
  ['event series', builders.safeParseEventSeries, () => fixtures.eventSeries?.[0]],
  ['participation', builders.safeParseParticipation, () => fixtures.participations?.[0]],
  ['award', builders.safeParseAward, () => fixtures.awards?.[0]],
  ['press release', builders.safeParsePressRelease, () => fixtures.pressReleases?.[0]],
  [
    'dataset',
    (input) => builders.safeParseDataset(input, fixtures),
    () => ({
      organizations: [{ id: 'my-office', name: 'My Office', kind: 'governmental' }],
      people: [{ id: 'jane-doe', name: 'Jane Doe', affiliation: 'my-office' }],
      events: [{ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'Mine', ledBy: ['unodc'] }],
    }),
  ],
];

/** Paths of every object and array in a value, the root first. */
function containers(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  return [
    path,
    ...entries.flatMap(([key, child]) =>
      containers(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

/** What a hostile input throws: an error, or something that is itself hostile to inspect. */
const thrown = fc.constantFrom<() => unknown>(
  () => new Error('boom'),
  () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    ),
  () => ({
    toString() {
      throw new Error('boom');
    },
  }),
  () => undefined,
);

const TRAPS = [
  'get',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'isExtensible',
] as const;

type Kind = 'getter' | 'revoked' | 'conversions' | (typeof TRAPS)[number];
const kind = fc.constantFrom<Kind>('getter', 'revoked', 'conversions', ...TRAPS);

/**
 * Makes the container `node` hostile. Returns the replacement and, where a reader of this node
 * must hit the throw, the path of the value that throws.
 */
function makeHostile(
  node: object,
  path: Path,
  how: Kind,
  throwing: () => unknown,
  pick: number,
): { replacement: unknown; throwsAt?: Path } {
  const boom = () => {
    throw throwing();
  };
  if (how === 'revoked') {
    const { proxy, revoke } = Proxy.revocable(node, {});
    revoke();
    return { replacement: proxy, throwsAt: path };
  }
  if (how === 'getter') {
    const keys = Object.keys(node);
    const key = keys[pick % Math.max(keys.length, 1)];
    if (key === undefined) return { replacement: node };
    Object.defineProperty(node, key, { get: boom, enumerable: true, configurable: true });
    return { replacement: node, throwsAt: [...path, Array.isArray(node) ? Number(key) : key] };
  }
  if (how === 'conversions') {
    // Not enumerable, so not unknown fields: the input is valid, and its output must be plain.
    for (const key of ['toJSON', 'toString', 'valueOf', Symbol.toPrimitive]) {
      Object.defineProperty(node, key, { value: boom, enumerable: false });
    }
    return { replacement: node };
  }
  return { replacement: new Proxy(node, { [how]: boom }) };
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return root;
}

const startsWith = (path: readonly (string | number)[], prefix: Path) =>
  prefix.every((key, index) => path[index] === key);

describe('inputs that throw when read', () => {
  it('never make a safeParse* function throw, and the error points at what threw', () => {
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.nat(),
        kind,
        thrown,
        fc.nat(),
        (which, where, how, throwing, pick) => {
          const [name, parse, make] = valid[which] as (typeof valid)[number];
          const input = structuredClone(make());
          const all = containers(input);
          const path = all[where % all.length] as Path;
          let node: unknown = input;
          for (const key of path) node = (node as Record<string | number, unknown>)[key];
          const { replacement, throwsAt } = makeHostile(node as object, path, how, throwing, pick);
          const hostile = replaceAt(input, path, replacement);

          let result: { success: boolean; data?: unknown; error?: unknown };
          try {
            result = parse(hostile) as typeof result;
          } catch (error) {
            throw new Error(`safeParse of a ${name} threw for a ${how} at ${path.join('.')}`, {
              cause: error,
            });
          }
          if (result.success) {
            // Nothing hostile survives into the output: it is a plain, frozen copy.
            expect(Object.isFrozen(result.data)).toBe(true);
            expect(() => JSON.stringify(result.data)).not.toThrow();
            expect(throwsAt).toBeUndefined();
            return;
          }
          const error = result.error as CoreError;
          expect(error).toBeInstanceOf(CoreError);
          const unreadable = error.issues.filter((issue) =>
            issue.message.startsWith('could not be read'),
          );
          if (throwsAt !== undefined) {
            expect(error.code).toBe('INVALID_INPUT');
            expect(unreadable.map((issue) => issue.path)).toEqual([throwsAt]);
          }
          for (const issue of unreadable) {
            expect(
              startsWith(issue.path, path),
              `${issue.path.join('.')} is inside ${path.join('.')}`,
            ).toBe(true);
            expect(issue.message).toMatch(/could not be read.*plain data/);
          }
        },
      ),
      { numRuns: 3_000 },
    );
  }, 60_000);

  it('report a throwing getter at its path', () => {
    const event = Object.defineProperty(
      { id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'Mine' },
      'audience',
      {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      },
    );
    const result = builders.safeParseDataset({ events: [event] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.path).toEqual(['events', 0, 'audience']);
    expect(result.error.issues[0]?.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Invalid dataset: could not be read/);
  });

  it('reject a revoked Proxy and a Proxy whose every trap throws', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const everyTrapThrows = new Proxy(
      {},
      Object.fromEntries(
        [...TRAPS, 'set', 'apply', 'construct', 'defineProperty', 'deleteProperty'].map((trap) => [
          trap,
          () => {
            throw new Error('boom');
          },
        ]),
      ),
    );
    for (const input of [proxy, everyTrapThrows]) {
      for (const [, parse] of valid) {
        const result = parse(input) as { success: boolean; error?: CoreError };
        expect(result.success).toBe(false);
        expect(result.error?.code).toBe('INVALID_INPUT');
        expect(result.error?.issues[0]?.path.join('.')).toBe('');
      }
    }
  });

  it('reject values whose toJSON or Symbol.toPrimitive throws as the wrong type', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const result = builders.safeParseEvent({
      id: { [Symbol.toPrimitive]: boom },
      kind: 'webinar',
      descriptiveLabel: { toJSON: boom, toString: boom },
      ledBy: [{ toJSON: boom }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['id', 'INVALID_TYPE'],
      ['descriptiveLabel', 'INVALID_TYPE'],
      ['ledBy.0', 'INVALID_TYPE'],
    ]);
    // A value that throws when written out is not written: the message says what it is.
    expect(result.error.issues[1]?.message).toBe(
      'expected a string, got an object (…); change the value',
    );
  });

  it('answer a context that throws when read with an error, not a throw', () => {
    const context = new Proxy({} as Dataset, {
      get() {
        throw new Error('boom');
      },
    });
    const result = builders.safeParseDataset(
      { people: [{ id: 'jane-doe', name: 'Jane Doe' }] },
      context,
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Invalid dataset context: .*could not be read/);
  });

  it('read a failing input again for the values its messages quote, and keep the first reading when the second differs', () => {
    // A title that is a number on the first reading and a string on every later one: the first
    // parse fails, the second (which quotes the values) would pass; the input is refused at the
    // path the first reading failed, as read inconsistently, and the call answers, never throws.
    let reads = 0;
    const input = {
      id: 'my-webinar',
      kind: 'webinar',
      descriptiveLabel: 'Mine',
      ledBy: ['unodc'],
      get title() {
        reads += 1;
        return reads === 1 ? 42 : 'A title';
      },
    };
    const result = builders.safeParseEvent(input);
    expect(reads).toBe(2);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['title', 'INVALID_INPUT'],
    ]);
    expect(result.error.issues[0]?.message).toMatch(/^read differently when read again/);
    // A plain failing input is quoted in its message, as before.
    const plain = builders.safeParseEvent({ ...fixtures.events?.[0], title: 42 });
    expect(plain.success).toBe(false);
    if (plain.success) return;
    expect(plain.error.issues[0]?.message).toMatch(/, got a number \(42\); change the value$/);
  });
});
