import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { toCsl } from '../csl/to-csl.js';
import type { CslItem } from '../csl/types.js';
import { toBibLaTeX, toBibTeX } from './bibtex.js';
import { toCslJson } from './csl-json.js';
import { toRis } from './ris.js';

const pressRelease = toCsl(getPressRelease());
const all = [pressRelease, toCsl(getEvent('unodc-webinar')), toCsl(getInitiative('track4tip'))];

describe('toCslJson', () => {
  it('writes a JSON array that parses back to the same items', () => {
    expect(JSON.parse(toCslJson(all))).toEqual(all);
    expect(toCslJson(pressRelease).endsWith('}\n]\n')).toBe(true);
  });

  it('rejects duplicate ids with the path of the second', () => {
    expect(() => toCslJson([pressRelease, pressRelease])).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['items', 1, 'id'] }),
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('every exporter', () => {
  const writers = { toBibTeX, toBibLaTeX, toRis, toCslJson };

  it('reads frozen input without touching it and gives the same bytes every time', () => {
    const items: CslItem[] = deepFreeze(structuredClone(all));
    for (const write of Object.values(writers)) {
      const first = write(items);
      expect(write(items)).toBe(first);
      expect(write(structuredClone(all))).toBe(first);
      expect(items).toEqual(all);
    }
  });

  it('rejects an item without an id, with its path', () => {
    for (const write of Object.values(writers)) {
      expect(() => write([pressRelease, { type: 'document' } as unknown as CslItem])).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT', path: ['items', 1, 'id'] }),
      );
    }
  });
});
