// Every table and constant a package exports is deeply frozen: a consumer that writes to one
// (`ENTITY_TYPES.people = 'x'`) must get a TypeError in strict mode, never change what every
// other caller of the package sees. Entry points are read from each package's `exports` map,
// so a new entry point is walked without editing this test; each is imported from its source (the
// `@track4tip/source` condition), as the workspace's other tests do.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

const entryPoints = readdirSync(join(root, 'packages')).flatMap((dir) => {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  if (pkg.private) return [];
  return Object.entries(pkg.exports as Record<string, Record<string, string> | string>)
    .filter((entry): entry is [string, Record<string, string>] => typeof entry[1] !== 'string')
    .map(([subpath, conditions]) => ({
      name: `${pkg.name}${subpath.slice(1)}`,
      source: join(root, 'packages', dir, conditions['@track4tip/source'] as string),
    }));
});

/** A zod schema: an object zod itself writes to (its lazily built parsers), not a table. */
const isSchema = (value: object): boolean => '_zod' in value;

/** The dot paths of every mutable object or array reachable from `value`. */
function mutable(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map || value instanceof Set)
    return [`${path} (a ${value.constructor.name})`];
  const found = Object.isFrozen(value) ? [] : [path];
  for (const key of Object.keys(value)) {
    found.push(...mutable((value as Record<string, unknown>)[key], `${path}.${key}`, seen));
  }
  return found;
}

describe.each(entryPoints)('$name', ({ source }) => {
  it('exports only deeply frozen tables and constants', async () => {
    const module = (await import(source)) as Record<string, unknown>;
    const found: string[] = [];
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') continue;
      if (value !== null && typeof value === 'object' && isSchema(value)) continue;
      found.push(...mutable(value, name));
    }
    expect(found).toEqual([]);
  });
});

it('walks every public entry point', () => {
  expect(entryPoints.map((entry) => entry.name)).toEqual(
    expect.arrayContaining([
      '@track4tip/core',
      '@track4tip/core/schemas',
      '@track4tip/jsonld',
      '@track4tip/jsonld/validate',
      '@track4tip/cite',
      '@track4tip/cite/engine',
      '@track4tip/head',
      '@track4tip/cli',
    ]),
  );
});

it('keeps a write to an exported table from reaching other callers', async () => {
  const core = await import('../packages/core/src/index.js');
  expect(() => {
    (core.ENTITY_TYPES as Record<string, string>).people = 'hacked';
  }).toThrow(TypeError);
  expect(core.ENTITY_TYPES.people).toBe('person');
  expect(() => {
    (core.EVENT_IDS as unknown as string[]).push('x');
  }).toThrow(TypeError);
});
