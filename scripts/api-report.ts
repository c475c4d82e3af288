// The public API of every entry point as text: each export's name, kind and type, as the
// TypeScript checker sees it from the workspace sources. `pnpm api:report` writes api/*.api.md;
// test/api-report.test.ts regenerates them in memory and requires the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const root = resolve(import.meta.dirname, '..');

/** A public entry point: its import path (`@track4tip/core/schemas`) and its source file. */
export interface EntryPoint {
  /** The import path, e.g. `@track4tip/core/schemas`. */
  name: string;
  /** The absolute path of its TypeScript source (the `@track4tip/source` condition). */
  file: string;
  /** The report's file name, e.g. `core-schemas.api.md`. */
  report: string;
}

/** Every entry point of every published package, from each package.json's `exports` map. */
export function entryPoints(): EntryPoint[] {
  return readdirSync(join(root, 'packages'))
    .sort()
    .flatMap((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
      if (pkg.private) return [];
      return Object.entries(
        pkg.exports as Record<string, { '@track4tip/source'?: string } | string>,
      )
        .filter((entry): entry is [string, { '@track4tip/source': string }] => {
          return typeof entry[1] !== 'string' && entry[1]['@track4tip/source'] !== undefined;
        })
        .map(([subpath, conditions]) => ({
          name: `${pkg.name}${subpath.slice(1)}`,
          file: join(root, 'packages', dir, conditions['@track4tip/source']),
          report: `${dir}${subpath === '.' ? '' : `-${subpath.slice(2).replaceAll('/', '-')}`}.api.md`,
        }));
    });
}

/** The compiler options of tsconfig.base.json, so that reports and examples see what users see. */
export function compilerOptions(): ts.CompilerOptions {
  const path = join(root, 'tsconfig.base.json');
  const config = ts.readConfigFile(path, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    config.config.compilerOptions,
    root,
  );
  if (errors.length > 0) {
    throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join());
  }
  return options;
}

/** The names a top-level statement of a declaration file declares. */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  }
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement)) &&
    statement.name &&
    ts.isIdentifier(statement.name)
  ) {
    return [statement.name.text];
  }
  return [];
}

/** A statement without its `export` and `default` keywords: the report says what is exported. */
function withoutExport(statement: ts.Statement): ts.Statement {
  if (!ts.canHaveModifiers(statement)) return statement;
  const modifiers = ts.getModifiers(statement);
  if (!modifiers?.length) return statement;
  const kept = modifiers.filter(
    (modifier) =>
      modifier.kind !== ts.SyntaxKind.ExportKeyword &&
      modifier.kind !== ts.SyntaxKind.DefaultKeyword,
  );
  return ts.factory.replaceModifiers(statement, kept);
}

/**
 * The declaration files TypeScript emits for the sources, as parsed files by source path: the
 * declared text of every declaration, with inferred types written out as `tsc` writes them.
 */
class Declarations {
  readonly #program: ts.Program;
  readonly #files = new Map<string, Map<string, ts.Statement[]>>();

  constructor(program: ts.Program) {
    this.#program = program;
  }

  /** The top-level statements of `source`'s declaration file that declare `name`. */
  of(source: ts.SourceFile, name: string): ts.Statement[] {
    let statements = this.#files.get(source.fileName);
    if (!statements) {
      let text = '';
      const { emitSkipped, diagnostics } = this.#program.emit(
        source,
        (fileName, data) => {
          if (/\.d\.[cm]?ts$/.test(fileName)) text = data;
        },
        undefined,
        true,
      );
      if (emitSkipped) {
        const messages = diagnostics.map((d) =>
          ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        );
        throw new Error(`cannot emit declarations for ${source.fileName}: ${messages.join('; ')}`);
      }
      const parsed = ts.createSourceFile(`${source.fileName}.d.ts`, text, ts.ScriptTarget.Latest);
      statements = new Map();
      for (const statement of parsed.statements) {
        for (const declared of declaredNames(statement)) {
          statements.set(declared, [...(statements.get(declared) ?? []), statement]);
        }
      }
      this.#files.set(source.fileName, statements);
    }
    return statements.get(name) ?? [];
  }
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile('report.d.ts', '', ts.ScriptTarget.Latest);

/** One export's block in the report: its declarations as a declaration file writes them. */
function describe(
  checker: ts.TypeChecker,
  declarations: Declarations,
  exported: ts.Symbol,
): string {
  const symbol =
    exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const notes: string[] = [];
  if (symbol.name !== exported.name) notes.push(`// exported as ${exported.name}`);
  const typeOnly = exported.declarations?.some((declaration) =>
    ts.isTypeOnlyImportOrExportDeclaration(declaration),
  );
  if (typeOnly && symbol.flags & ts.SymbolFlags.Value) notes.push('// exported as a type only');
  const seen = new Set<ts.Statement>();
  const printed: string[] = [];
  for (const declaration of symbol.declarations ?? []) {
    if (ts.isSourceFile(declaration)) {
      // `export * as name from`: a namespace of the module's exports.
      const names = checker.getExportsOfModule(symbol).map((member) => member.name);
      printed.push(`namespace ${exported.name} { ${names.sort().join(', ')} }`);
      continue;
    }
    for (const statement of declarations.of(declaration.getSourceFile(), symbol.name)) {
      if (seen.has(statement)) continue;
      seen.add(statement);
      printed.push(printer.printNode(ts.EmitHint.Unspecified, withoutExport(statement), scratch));
    }
  }
  if (printed.length === 0) throw new Error(`no declaration found for ${exported.name}`);
  return [...notes, ...printed].join('\n');
}

/** The report of one entry point, as Markdown with one TypeScript block. */
export function reportOf(program: ts.Program, entry: EntryPoint): string {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry.file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry.file}`);
  const declarations = new Declarations(program);
  const exported = checker
    .getExportsOfModule(moduleSymbol)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const blocks = exported.map((symbol) => describe(checker, declarations, symbol));
  return [
    `# API report for \`${entry.name}\``,
    '',
    `Generated from \`${relative(root, entry.file)}\` by \`pnpm api:report\`; do not edit.`,
    'Every export in name order, declared as in a declaration file (types inferred where the source',
    'has none), without comments.',
    '',
    '```ts',
    blocks.join('\n\n'),
    '```',
    '',
  ].join('\n');
}

/** A program over every entry point's source, with the workspace's compiler options. */
export function createProgram(files: readonly string[] = entryPoints().map((e) => e.file)) {
  return ts.createProgram(files, {
    ...compilerOptions(),
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
  });
}

/** Every report, by its path relative to the repository root (`api/core.api.md`). */
export function apiReports(program: ts.Program = createProgram()): Map<string, string> {
  return new Map(
    entryPoints().map((entry) => [`api/${entry.report}`, reportOf(program, entry)] as const),
  );
}
