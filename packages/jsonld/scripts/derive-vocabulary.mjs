#!/usr/bin/env node
// Writes src/validate/vocabulary.generated.ts, the compact schema.org table used by
// `@track4tip/jsonld/validate`, and src/validate/pages/*.generated.ts, the parts of it the page
// validators hold (`@track4tip/jsonld/validate/event`, `/article`), with scripts/vocabulary.ts (bundled by esbuild, which reads
// TypeScript).
//
//   pnpm --filter @track4tip/jsonld vocabulary
//       from the vendored release file (vocabulary/sources.json), after checking its SHA-256
//   node scripts/derive-vocabulary.mjs <schemaorg-current-https.jsonld[.gz]> <release, e.g. 30.0>
//       from another release file, to try a newer release; to adopt it, vendor it (gzip -9n) and
//       update vocabulary/sources.json, or the regeneration test fails.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.length !== 0 && (args.length !== 2 || !/^\d+\.\d+$/.test(args[1]))) {
  console.error(
    'usage: derive-vocabulary.mjs [<schemaorg-current-https.jsonld[.gz]> <release, e.g. 30.0>]',
  );
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'track4tip-jsonld-vocabulary-'));
try {
  const outfile = join(work, 'vocabulary.mjs');
  await build({
    entryPoints: [join(root, 'scripts/vocabulary.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  const { deriveVocabularies, readVendoredVocabulary, sha256 } = await import(
    pathToFileURL(outfile).href
  );

  let release;
  let text;
  if (args.length === 0) {
    ({ release, text } = readVendoredVocabulary(root));
  } else {
    // Paths are the caller's: `pnpm --filter` runs this script in packages/jsonld and names the
    // directory it was called from in INIT_CWD.
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
    const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
    release = args[1];
    text = bytes.toString('utf8');
    console.log(`${file}: SHA-256 ${sha256(bytes)} (uncompressed)`);
  }
  for (const [file, out] of deriveVocabularies(JSON.parse(text), release)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), out);
    console.log(`wrote ${file} from schema.org ${release}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
