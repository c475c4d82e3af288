// Every public export of every entry point is documented with a summary and an `@example`, as
// CONTRIBUTING asks; TypeDoc's own validation checks that a comment exists, this checks the example.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

const entries = readdirSync(join(root, 'packages')).flatMap((name) => {
  const dir = join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports as Record<string, { '@track4tip/source'?: string } | string>)
    .filter((entry): entry is [string, { '@track4tip/source': string }] => {
      return typeof entry[1] !== 'string' && entry[1]['@track4tip/source'] !== undefined;
    })
    .map(([subpath, conditions]) => ({
      name: `${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}`,
      file: join(dir, conditions['@track4tip/source']),
    }));
});

const program = ts.createProgram(
  entries.map((entry) => entry.file),
  {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@track4tip/source'],
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

/** Names of the exports of an entry point whose declarations carry no `@example` tag. */
function exportsWithoutExample(file: string): string[] {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const tags = (target.declarations ?? []).flatMap((declaration) =>
        ts.getJSDocTags(declaration),
      );
      return !tags.some((tag) => tag.tagName.text === 'example');
    })
    .map((symbol) => symbol.name)
    .sort();
}

describe.each(entries)('$name', ({ file }) => {
  it('documents every export with an @example', () => {
    expect(exportsWithoutExample(file)).toEqual([]);
  });
});
