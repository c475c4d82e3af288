import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../builders.js';
import type { Dataset } from '../dataset.js';
import { findReferenceIssues } from './references.js';

// The cost of checking references grows with their number, not with its square: 16 times the
// references may cost at most 32 times as much (a quadratic check would cost about 256 times).
// Cost is counted, not timed: wall-clock time on a shared machine, and the cost of one hash lookup
// once a map outgrows the processor's caches, vary too much to tell linear from quadratic.

/** A dataset with `size` people and as many participations: about 4 × `size` references. */
function dataset(size: number, kind: 'resolved' | 'dangling' | 'colliding'): Dataset {
  const organizations = Array.from({ length: Math.max(1, size / 10) }, (_, index) => ({
    id: `office-${index}`,
    name: `Office ${index}`,
    kind: 'governmental' as const,
  }));
  const people = Array.from({ length: size }, (_, index) => ({
    id: kind === 'colliding' ? `person-${index % 10}` : `person-${index}`,
    name: `Person ${index}`,
    affiliation:
      kind === 'dangling' ? `nowhere-${index}` : `office-${index % organizations.length}`,
  }));
  const events = [{ id: 'webinar', kind: 'webinar' as const, descriptiveLabel: 'Webinar' }];
  const participations = people.map((person, index) => ({
    event: 'webinar',
    person: person.id,
    role: 'trainer' as const,
    order: 1 + (index % 10_000),
    about: [organizations[index % organizations.length]?.id ?? '', 'webinar'],
  }));
  return { organizations, people, events, participations };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Counts the work `action` does: each read of a property of `input` (through a Proxy), each map
 * and set operation, and each element an array method may visit.
 */
function cost(action: (input: Dataset) => unknown, input: Dataset): number {
  let count = 0;
  const counted = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    return new Proxy(value, {
      get(target, key, receiver) {
        count++;
        return counted(Reflect.get(target, key, receiver));
      },
    });
  };
  const restore: (() => void)[] = [];
  const wrap = (prototype: object, names: string[], weight: (self: unknown) => number) => {
    for (const name of names) {
      const original = (prototype as Record<string, Method>)[name] as Method;
      (prototype as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
        count += weight(this);
        return original.apply(this, args);
      };
      restore.push(() => {
        (prototype as Record<string, Method>)[name] = original;
      });
    }
  };
  const proxied = counted(input) as Dataset;
  wrap(Map.prototype, ['get', 'set', 'has'], () => 1);
  wrap(Set.prototype, ['add', 'has'], () => 1);
  wrap(
    Array.prototype,
    ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'some', 'every', 'filter'],
    (self) => (self as unknown[]).length,
  );
  wrap(
    Array.prototype,
    ['map', 'flatMap', 'forEach', 'reduce', 'slice', 'concat', 'join'],
    (self) => (self as unknown[]).length,
  );
  try {
    action(proxied);
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return count;
}

/** How much more 16 times the data costs. */
function growth(
  check: (data: Dataset) => unknown,
  size: number,
  kind: 'resolved' | 'dangling' | 'colliding',
): number {
  return cost(check, dataset(size * 16, kind)) / cost(check, dataset(size, kind));
}

describe('reference checks', () => {
  for (const kind of ['resolved', 'dangling', 'colliding'] as const) {
    it(`grow linearly with the references when they are ${kind}`, () => {
      const issues = findReferenceIssues(dataset(100, kind));
      expect(issues.length > 0).toBe(kind !== 'resolved');
      expect(growth(findReferenceIssues, 500, kind)).toBeLessThanOrEqual(32);
    }, 60_000);
  }

  it('keep defineDataset linear as a whole, errors included', () => {
    const result = safeParseDataset(dataset(100, 'dangling'));
    expect(result.success ? undefined : result.error.code).toBe('DANGLING_REFERENCE');
    expect(growth(safeParseDataset, 500, 'dangling')).toBeLessThanOrEqual(32);
  }, 60_000);
});
