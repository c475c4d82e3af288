/**
 * The code in the READMEs and guides is part of the API's contract: every ```ts block must
 * type-check against the current sources (through the workspace's `@track4tip/source` condition),
 * and every ```ts run block must also run without throwing. Blocks are written to `.blocks/` here,
 * inside the workspace, so they resolve the packages exactly as a user's code would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const blocksDir = resolve(here, '../.blocks');

/** The Markdown files whose code is checked: the READMEs and the guides (not the generated API site). */
function markdownFiles(): string[] {
  const files = ['README.md'];
  for (const name of readdirSync(join(root, 'packages'))) files.push(`packages/${name}/README.md`);
  if (existsSync(join(root, 'docs'))) {
    for (const name of readdirSync(join(root, 'docs')))
      if (name.endsWith('.md')) files.push(`docs/${name}`);
  }
  return files.filter((file) => existsSync(join(root, file))).sort();
}

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
  readonly name: string;
}

const FENCE = /^```(ts|typescript)((?:[ \t][^\n]*)?)\n([\s\S]*?)^```[ \t]*$/gm;

function extractBlocks(file: string): Block[] {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(FENCE)) {
    const line = text.slice(0, match.index).split('\n').length;
    const flags = (match[2] ?? '').trim().split(/\s+/);
    const name = `${file.replace(/[^a-z0-9]+/gi, '_')}_L${line}.ts`;
    blocks.push({ file, line, code: match[3] ?? '', run: flags.includes('run'), name });
  }
  return blocks;
}

const blocks = markdownFiles().flatMap(extractBlocks);

describe('code blocks in the READMEs and guides', () => {
  let diagnostics = '';

  beforeAll(() => {
    rmSync(blocksDir, { recursive: true, force: true });
    mkdirSync(blocksDir, { recursive: true });
    for (const block of blocks) {
      // `export {}` makes each block a module of its own (top-level await, no clashing names).
      writeFileSync(join(blocksDir, block.name), `${block.code}\nexport {};\n`);
    }
    writeFileSync(
      join(blocksDir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.base.json',
        compilerOptions: { noUnusedLocals: false },
        include: ['*.ts'],
      }),
    );
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(blocksDir, 'tsconfig.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      diagnostics = String((error as { stdout?: string }).stdout ?? error);
    }
  }, 120_000);

  it('finds the guides and their code', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.some((block) => block.run)).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
    '%s type-checks',
    (_where, block) => {
      const mine = diagnostics
        .split('\n')
        .filter((line) => line.startsWith(`${block.name}(`) || line.includes(`/${block.name}(`));
      expect(
        mine,
        `${block.file}:${block.line} (written to ${relative(root, join(blocksDir, block.name))})`,
      ).toEqual([]);
    },
  );

  it.each(
    blocks
      .filter((block) => block.run)
      .map((block) => [`${block.file}:${block.line}`, block] as const),
  )(
    '%s runs',
    async (_where, block) => {
      await import(pathToFileURL(join(blocksDir, block.name)).href);
    },
    60_000,
  );
});
