import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES } from '../src/styles/catalog.js';

const read = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8');

describe('style dates', () => {
  it('are shown as in CITATION_STYLES in the guide, the README and the attribution file', () => {
    const guide = read('../../../docs/citing-and-disclaimers.md');
    const readme = read('../README.md');
    const licence = read('../src/generated/csl/LICENSE.md');
    for (const [style, { cslId, updated }] of Object.entries(CITATION_STYLES)) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${style}\` `));
      expect(row, style).toContain(`\`${cslId}\``);
      if (updated === null) {
        expect(row, style).toContain('not recorded');
      } else {
        expect(row, style).toContain(updated.slice(0, 10));
        expect(readme, style).toContain(updated.slice(0, 10));
        expect(licence, style).toContain(updated);
      }
    }
  });
});
