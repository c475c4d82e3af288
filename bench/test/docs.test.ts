// The benchmark tables in docs/benchmarks.md and the README are generated from bench/results.json
// (`pnpm --filter @track4tip/bench docs`, or `pnpm bench`, which measures first): rendering them
// again must give the committed files, byte for byte.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, it } from 'vitest';
import { renderDocs } from '../src/docs.mjs';
import { ROOT_DIR } from '../src/paths.mjs';

it('the benchmark tables are what bench/results.json gives (run `pnpm --filter @track4tip/bench docs`)', () => {
  const files = renderDocs();
  expect([...files.keys()].map((file) => relative(ROOT_DIR, file)).sort()).toEqual([
    'README.md',
    'docs/benchmarks.md',
  ]);
  for (const [file, text] of files) expect(readFileSync(file, 'utf8'), file).toBe(text);
});
