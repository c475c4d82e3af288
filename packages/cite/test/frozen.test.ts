import { getPressRelease } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { PRECOMPUTED_ITEMS } from '../src/generated/citations/items.js';
import { PRECOMPUTED_CITATIONS } from '../src/generated/citations/table.js';
import * as cite from '../src/index.js';

// Every object reachable from a value, with the path to it.
function objects(value: unknown, path: string, seen = new Set<object>()): [string, object][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return [
    [path, value],
    ...Object.entries(value).flatMap(([key, child]) => objects(child, `${path}.${key}`, seen)),
  ];
}

describe('exported tables', () => {
  it('are deeply frozen, every one of them', () => {
    const constants = Object.entries(cite).filter(
      ([, value]) => value !== null && typeof value === 'object',
    );
    // The precomputed citations (21), CITATION_STYLES, CITATION_LOCALES, OUTPUT_FORMATS,
    // CITATION_KINDS and ITEM_TERMS.
    expect(constants.length).toBe(26);
    const tables: [string, unknown][] = [
      ...constants,
      ['PRECOMPUTED_CITATIONS', PRECOMPUTED_CITATIONS],
      ['PRECOMPUTED_ITEMS', PRECOMPUTED_ITEMS],
    ];
    for (const [name, value] of tables) {
      for (const [path, object] of objects(value, name)) {
        expect(Object.isFrozen(object), path).toBe(true);
      }
    }
  });

  it('cannot be changed by a caller, so formatCitation keeps returning the real citation', () => {
    const before = cite.formatCitation(getPressRelease(), { style: 'apa' }).value;
    const entry = cite.pressReleaseApa.locales['en-US'].bibliography as { text: string };
    expect(() => {
      entry.text = 'Somebody else’s citation';
    }).toThrow(TypeError);
    expect(() => {
      (cite.CITATION_STYLES.apa as { cslId: string }).cslId = 'ieee';
    }).toThrow(TypeError);
    expect(() => {
      (cite.ITEM_TERMS['en-US'] as { pressRelease: string }).pressRelease = 'Advert';
    }).toThrow(TypeError);
    expect(() => {
      (cite.CITATION_LOCALES as unknown as string[]).push('xx-XX');
    }).toThrow(TypeError);
    expect(cite.formatCitation(getPressRelease(), { style: 'apa' }).value).toBe(before);
  });
});
