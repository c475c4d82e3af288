// The schema.org table of the validator is generated from the vendored release file
// (vocabulary/, pinned by SHA-256 in vocabulary/sources.json): regenerating it must give the
// committed file, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  deriveVocabularies,
  readVendoredVocabulary,
  sha256,
  VOCABULARY_FILE,
  vocabularySource,
} from '../scripts/vocabulary.js';
import { SCHEMA_ORG_RELEASE } from '../src/validate/vocabulary.generated.js';

const root = join(import.meta.dirname, '..');

describe('the schema.org vocabulary table', () => {
  it('is derived from the vendored release file with the pinned SHA-256', () => {
    const source = vocabularySource(root);
    const bytes = gunzipSync(readFileSync(join(root, 'vocabulary', source.file)));
    expect(sha256(bytes)).toBe(source.sha256);
    expect(source.file).toBe(`schemaorg-current-https-${source.release}.jsonld.gz`);
    expect(SCHEMA_ORG_RELEASE).toBe(source.release);
  });

  it("is exactly what the generator makes now from that file, and so are the page validators' parts of it (run `pnpm --filter @track4tip/jsonld vocabulary` after a change)", () => {
    const { release, text } = readVendoredVocabulary(root);
    const files = deriveVocabularies(JSON.parse(text), release);
    expect([...files.keys()]).toEqual([
      VOCABULARY_FILE,
      'src/validate/pages/event.generated.ts',
      'src/validate/pages/article.generated.ts',
    ]);
    for (const [file, content] of files) {
      expect(readFileSync(join(root, file), 'utf8'), file).toBe(content);
    }
  });
});
