// Runs scripts/generate.ts (bundled by esbuild, which reads TypeScript and resolves workspace
// packages to their sources) and writes what it returns.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'track4tip-jsonld-generate-'));
try {
  const outfile = join(work, 'generate.mjs');
  await build({
    entryPoints: [join(root, 'scripts/generate.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@track4tip/source'],
    outfile,
    logLevel: 'error',
  });
  const { generatePages } = await import(pathToFileURL(outfile).href);
  const files = generatePages();
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`wrote ${files.size} files`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
