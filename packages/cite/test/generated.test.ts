import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../scripts/generate.js';

const root = join(import.meta.dirname, '..');

describe('generated files', () => {
  it('are exactly what the generator makes now from citeproc-js and the official CSL files (run `pnpm --filter @track4tip/cite generate` after a change)', async () => {
    const files = await generateAll();
    expect(files.size).toBe(41);
    for (const [path, content] of files) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
    }
    // And nothing else: no module of a style or locale that is no longer shipped.
    for (const folder of ['styles', 'locales']) {
      const dir = `src/generated/csl/${folder}`;
      expect(readdirSync(join(root, dir)).map((file) => `${dir}/${file}`)).toEqual(
        [...files.keys()].filter((path) => path.startsWith(`${dir}/`)).sort(),
      );
    }
  }, 180_000);
});
