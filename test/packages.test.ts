// Packaging conventions every published package must keep. publint and attw
// (scripts/check-packages.mjs) check the built tarballs; this checks the
// manifests themselves, without a build, so a mistake surfaces in seconds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceEntries } from '../scripts/lib/entries.mjs';

const root = resolve(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface Conditions {
  '@track4tip/source': string;
  import: { types: string; default: string };
  require: { types: string; default: string };
}

const packages = readdirSync(join(root, 'packages'))
  .map((name) => ({
    dir: join(root, 'packages', name),
    pkg: readJson(join(root, 'packages', name, 'package.json')),
  }))
  .filter(({ pkg }) => !pkg.private);

describe.each(packages)('$pkg.name', ({ dir, pkg }) => {
  const subpaths = Object.entries(pkg.exports as Record<string, Conditions | string>).filter(
    (entry): entry is [string, Conditions] => typeof entry[1] !== 'string',
  );

  it('is an ES module without side effects, for Node 20+, published with provenance', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    // A package that ships the CSL styles and locales (CC BY-SA 3.0) says so in its SPDX licence.
    const shipsCslData = existsSync(join(dir, 'src', 'generated', 'csl', 'LICENSE.md'));
    expect(pkg.license).toBe(shipsCslData ? 'MIT AND CC-BY-SA-3.0' : 'MIT');
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });

  it('puts the source condition first and types under import and require', () => {
    for (const [subpath, conditions] of subpaths) {
      expect(Object.keys(conditions), subpath).toEqual(['@track4tip/source', 'import', 'require']);
      expect(existsSync(join(dir, conditions['@track4tip/source'])), subpath).toBe(true);
      expect(Object.keys(conditions.import), subpath).toEqual(['types', 'default']);
      expect(Object.keys(conditions.require), subpath).toEqual(['types', 'default']);
      expect(conditions.import.default, subpath).toMatch(/^\.\/dist\/.+\.js$/);
      expect(conditions.import.types).toBe(conditions.import.default.replace(/\.js$/, '.d.ts'));
      expect(conditions.require.default).toBe(conditions.import.default.replace(/\.js$/, '.cjs'));
      expect(conditions.require.types).toBe(conditions.import.default.replace(/\.js$/, '.d.cts'));
    }
  });

  it('has a stub directory per subpath for node10 resolution, shipped in `files`', () => {
    for (const [subpath, conditions] of subpaths.filter(([s]) => s !== '.')) {
      const name = subpath.slice(2);
      const stub = readJson(join(dir, name, 'package.json'));
      // The stub sits as deep as its subpath: `validate/event/` points back two levels.
      const up = '../'.repeat(name.split('/').length);
      const base = conditions.require.default.replace(/^\.\//, up).replace(/\.cjs$/, '');
      expect(stub, subpath).toEqual({
        main: `${base}.cjs`,
        module: `${base}.js`,
        types: `${base}.d.cts`,
      });
      // Shipped by its own entry, or by its parent stub's (`validate` ships `validate/event`).
      const shipped = pkg.files.filter(
        (file: string) => name === file || name.startsWith(`${file}/`),
      );
      expect(shipped, subpath).not.toEqual([]);
    }
  });

  it('builds exactly the entry points it exports (tsup reads them from `exports`)', () => {
    const sources = subpaths.map(([, c]) => c['@track4tip/source'].replace(/^\.\//, ''));
    expect(sourceEntries(dir)).toEqual(sources);
    const tsup = readFileSync(join(dir, 'tsup.config.ts'), 'utf8');
    expect(tsup).toMatch(/defineConfig\(packageBuild\(/);
    // No entry is listed by hand beside them, apart from the CLI's bin.
    expect(tsup).not.toMatch(/entry\s*:/);
  });

  it('documents exactly the entry points it exports (TypeDoc reads them from `exports`)', async () => {
    expect(existsSync(join(dir, 'typedoc.json'))).toBe(false);
    const { default: typedoc } = await import(join(dir, 'typedoc.config.mjs'));
    expect(typedoc.entryPoints).toEqual(
      subpaths.map(([, c]) => resolve(dir, c['@track4tip/source'])),
    );
  });

  it('ships a README and the licence', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    const licence = readFileSync(join(dir, 'LICENSE'), 'utf8');
    // The project's MIT licence; a package that also ships CC BY-SA data says so after it.
    expect(licence.startsWith(readFileSync(join(root, 'LICENSE'), 'utf8'))).toBe(true);
    expect(licence.includes('creativecommons.org/licenses/by-sa/3.0')).toBe(
      pkg.license.includes('CC-BY-SA-3.0'),
    );
  });
});

describe('release configuration', () => {
  it('versions every published package together in one fixed group', () => {
    const config = readJson(join(root, '.changeset', 'config.json'));
    expect(config.fixed).toEqual([
      packages.map(({ pkg }) => pkg.name).sort(sortLikeConfig(config)),
    ]);
    expect(config.access).toBe('public');
  });

  it('keeps every published package at the same version', () => {
    expect(new Set(packages.map(({ pkg }) => pkg.version)).size).toBe(1);
  });
});

function sortLikeConfig(config: { fixed: string[][] }) {
  const order = config.fixed[0] ?? [];
  return (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
}
