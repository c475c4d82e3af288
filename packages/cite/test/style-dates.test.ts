import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES } from '../src/styles/catalog.js';

const read = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8');
const element = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml)?.[1];

describe('the vendored CSL files', () => {
  it('are the ones CITATION_STYLES names, with its <title> and <updated>', () => {
    const files = readdirSync(join(import.meta.dirname, '../csl/styles')).sort();
    expect(files).toEqual(
      Object.values(CITATION_STYLES)
        .map(({ cslId }) => `${cslId}.csl`)
        .sort(),
    );
    for (const [style, { cslId, title, updated }] of Object.entries(CITATION_STYLES)) {
      const xml = read(`../csl/styles/${cslId}.csl`);
      expect(element(xml, 'id'), style).toBe(`http://www.zotero.org/styles/${cslId}`);
      expect(element(xml, 'title'), style).toBe(title);
      expect(element(xml, 'updated'), style).toBe(updated);
      expect(xml, style).toContain('creativecommons.org/licenses/by-sa/3.0');
    }
  });

  it('are the bytes csl/sources.json pins, file by file (SHA-256), and no other file', () => {
    const sources = JSON.parse(read('../csl/sources.json')) as Record<
      'styles' | 'locales',
      { sha256: Record<string, string> }
    >;
    for (const folder of ['styles', 'locales'] as const) {
      const dir = join(import.meta.dirname, '../csl', folder);
      const pinned = sources[folder].sha256;
      expect(readdirSync(dir).sort(), folder).toEqual(Object.keys(pinned).sort());
      for (const [file, sha256] of Object.entries(pinned)) {
        const actual = createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex');
        expect(actual, `csl/${folder}/${file}`).toBe(sha256);
      }
    }
  });

  it('name their source repositories and commits in the README, the LICENSE and the guide', () => {
    const sources = JSON.parse(read('../csl/sources.json')) as Record<
      'styles' | 'locales',
      { repository: string; commit: string }
    >;
    for (const document of [
      '../README.md',
      '../LICENSE',
      '../../../docs/citing-and-disclaimers.md',
    ]) {
      const text = read(document);
      for (const { repository, commit } of Object.values(sources)) {
        expect(text, document).toContain(commit);
        expect(text, document).toContain(repository.replace('https://github.com/', ''));
      }
    }
  });
});

describe('style dates', () => {
  it('are shown as in CITATION_STYLES in the guide, the README and the attribution file', () => {
    const guide = read('../../../docs/citing-and-disclaimers.md');
    const readme = read('../README.md');
    const licence = read('../src/generated/csl/LICENSE.md');
    for (const [style, { cslId, updated }] of Object.entries(CITATION_STYLES)) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${style}\` `));
      expect(row, style).toContain(`\`${cslId}\``);
      expect(row, style).toContain(updated.slice(0, 10));
      expect(readme, style).toContain(updated.slice(0, 10));
      expect(licence, style).toContain(updated);
    }
  });
});
