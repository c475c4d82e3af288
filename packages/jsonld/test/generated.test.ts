import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePages } from '../scripts/generate.js';

const root = join(import.meta.dirname, '..');

describe('generated pages', () => {
  it('are exactly what the generator makes now from the fixtures (run `pnpm --filter @track4tip/jsonld generate` after a change)', () => {
    const files = generatePages();
    expect([...files.keys()].sort()).toEqual([
      'src/generated/pages/press-release.ts',
      'src/generated/pages/track4tip.ts',
      'src/generated/pages/webinar.ts',
    ]);
    for (const [path, content] of files) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
    }
  });

  it('import nothing at run time: only the page type', () => {
    for (const [path, content] of generatePages()) {
      const imports = content.split('\n').filter((line) => /^import\b/.test(line));
      expect(imports, path).toEqual(["import type { PrecomputedPage } from '../../page.js';"]);
    }
  });
});
