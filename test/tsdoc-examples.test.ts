// Every `@example` of every public declaration (an entry point's exports and their members) is
// type-checked, with the workspace's compiler options, and run. A fence ```ts no-run is only
// type-checked; its first line is a comment that says why (it needs a browser, a network, …).
// Imports of `@track4tip/*` name public entry points and resolve to their sources.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compilerOptions, createProgram, entryPoints, root } from '../scripts/api-report.js';

interface Example {
  /** Where it is documented: the entry point, the export and the member, e.g. `@track4tip/core: getCountry`. */
  readonly name: string;
  /** The source file and line of the fence, relative to the repository root. */
  readonly at: string;
  readonly code: string;
  /** Why it is not run (the first line's comment), or undefined when it is run. */
  readonly noRun: string | undefined;
  /** The module written for it. */
  file: string;
}

const entries = entryPoints();
const sourceOf = new Map(entries.map((entry) => [entry.name, entry.file]));

/** The JSDoc blocks attached to a node, including an `export { … }` statement's own. */
function jsDocsOf(node: ts.Node): ts.JSDoc[] {
  const target = ts.isExportSpecifier(node) ? node.parent.parent : node;
  return ts.getJSDocCommentsAndTags(target).filter((doc): doc is ts.JSDoc => ts.isJSDoc(doc));
}

const fence = /^```(\S*)([^\n]*)\n([\s\S]*?)^```/gm;

/**
 * The text of an `@example` tag up to the next tag, from the comment's source (TSDoc's ` * `
 * prefixes removed). TypeScript's own tag ends at any ` @word`, a `// @online{…}` in the code too.
 */
function rawText(tag: ts.JSDocTag): string {
  const file = tag.getSourceFile();
  const lines = file.text
    .slice(tag.getStart(file), tag.parent.end)
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^[ \t]*\*(?: |$)/, ''));
  let inFence = false;
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !inFence && /^@\w/.test(line)) break;
    if (line.startsWith('```')) inFence = !inFence;
    kept.push(line);
  }
  return `${kept.join('\n')}\n`;
}

/** The ```ts fences of one `@example` tag. */
function fencesOf(tag: ts.JSDocTag, name: string): Example[] {
  const file = tag.getSourceFile();
  const raw = rawText(tag);
  const examples: Example[] = [];
  for (const match of raw.matchAll(fence)) {
    const [, language, info = '', code = ''] = match;
    if (language !== 'ts' && language !== 'typescript') continue;
    const offset = raw.slice(0, match.index).split('\n').length - 1;
    const { line } = file.getLineAndCharacterOfPosition(tag.getStart(file));
    const words = info.trim().split(/\s+/);
    const firstLine = code.split('\n')[0] ?? '';
    const reason = /^\s*\/\/\s*(.+)$/.exec(firstLine)?.[1];
    examples.push({
      name,
      at: `${relative(root, file.fileName)}:${line + offset + 2}`,
      code,
      noRun: words.includes('no-run') ? (reason ?? '') : undefined,
      file: '',
    });
  }
  return examples;
}

/** Every example of every export of every entry point, each once. */
function collectExamples(program: ts.Program): Example[] {
  const checker = program.getTypeChecker();
  const seen = new Set<ts.JSDocTag>();
  const examples: Example[] = [];
  const visit = (node: ts.Node, name: string, depth: number): void => {
    for (const doc of jsDocsOf(node)) {
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example' || seen.has(tag)) continue;
        seen.add(tag);
        const found = fencesOf(tag, name);
        if (found.length === 0) {
          const { line } = tag.getSourceFile().getLineAndCharacterOfPosition(tag.getStart());
          withoutFence.push(
            `${name} (${relative(root, tag.getSourceFile().fileName)}:${line + 1})`,
          );
        }
        examples.push(...found);
      }
    }
    // Members: an interface's or class's properties and methods, an object's properties.
    ts.forEachChild(node, (child) => {
      if (ts.isBlock(child) || ts.isJSDoc(child)) return;
      const member =
        depth > 0 && 'name' in child && child.name && ts.isIdentifier(child.name as ts.Node)
          ? `${name}.${(child.name as ts.Identifier).text}`
          : name;
      visit(child, member, depth + 1);
    });
  };
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = `${entry.name}: ${exported.name}`;
      for (const declaration of exported.declarations ?? []) visit(declaration, name, 0);
      for (const declaration of symbol.declarations ?? []) {
        if (!ts.isSourceFile(declaration)) visit(declaration, name, 0);
      }
    }
  }
  return examples;
}

/** The example as a module: `@track4tip/*` imports point at the entry points' sources. */
function moduleText(example: Example): string {
  const parsed = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.Latest, true);
  const replacements: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : undefined;
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('@track4tip/')) {
      const file = sourceOf.get(specifier.text);
      if (!file) {
        throw new Error(`${example.at}: ${specifier.text} is not a public entry point`);
      }
      const start = specifier.getStart(parsed);
      replacements.push({ start, end: specifier.end, text: JSON.stringify(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  let text = example.code;
  for (const { start, end, text: replacement } of replacements.reverse()) {
    text = text.slice(0, start) + replacement + text.slice(end);
  }
  // Each example is a module of its own, even one without imports.
  return `${text}\nexport {};\n`;
}

/** `@example` tags without a ```ts fence, which would otherwise be skipped unseen. */
const withoutFence: string[] = [];
const examples = collectExamples(createProgram());
const directory = mkdtempSync(join(tmpdir(), 'track4tip-examples-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
examples.forEach((example, index) => {
  example.file = join(directory, `example-${String(index).padStart(3, '0')}.ts`);
  writeFileSync(example.file, moduleText(example));
});

const label = (example: Example) => `${example.name} (${example.at})`;

it('finds the examples of the public API', () => {
  // Every export has one (test/api-docs.test.ts); many have more, and members have their own.
  expect(examples.length).toBeGreaterThan(250);
  expect(withoutFence, 'an @example holds its code in a ```ts fence').toEqual([]);
});

it('type-checks every example', () => {
  const program = ts.createProgram(
    examples.map((example) => example.file),
    {
      ...compilerOptions(),
      noEmit: true,
      allowImportingTsExtensions: true,
      typeRoots: [join(root, 'node_modules', '@types')],
    },
  );
  const byFile = new Map(examples.map((example) => [example.file, example]));
  const errors = examples.flatMap((example) => {
    const source = program.getSourceFile(example.file);
    if (!source) return [`${label(example)}: not in the program`];
    return [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ].map((diagnostic) => {
      const found = diagnostic.file && byFile.get(diagnostic.file.fileName);
      const line =
        diagnostic.file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
          : 0;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      return `${label(found ?? example)}, line ${line} of the example: ${message}`;
    });
  });
  expect(errors).toEqual([]);
});

it('says why an example is not run', () => {
  const unexplained = examples.filter((example) => example.noRun === '').map(label);
  expect(unexplained, 'a ```ts no-run fence starts with a // comment that says why').toEqual([]);
});

describe('runs every example not marked no-run', () => {
  const run = examples.filter((example) => example.noRun === undefined);
  it.each(run.map((example) => [label(example), example] as const))('%s', async (_, example) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await import(/* @vite-ignore */ example.file);
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});

it('lists what ran and what was only type-checked', () => {
  const skipped = examples.filter((example) => example.noRun !== undefined);
  const reasons = new Map<string, number>();
  for (const example of skipped) {
    reasons.set(example.noRun ?? '', (reasons.get(example.noRun ?? '') ?? 0) + 1);
  }
  console.info(
    [
      `${examples.length} examples: all type-checked, ${examples.length - skipped.length} run, ${skipped.length} type-checked only`,
      ...[...reasons].map(([reason, count]) => `  ${count} × ${reason}`),
    ].join('\n'),
  );
  expect(skipped.length).toBeLessThan(examples.length);
});
