/**
 * Every `track4tip …` command shown in a ```sh block of the READMEs and guides must run and
 * succeed against the current CLI, so the documented commands cannot drift from the real ones.
 * Files the guides name are served from the samples below.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@track4tip/cli';
import { fixtures } from '@track4tip/core';
import { toJsonLd } from '@track4tip/jsonld';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The JSON files the guides show, by the name their fence gives them (```json mine.json): the
 * commands below read exactly what a reader copies.
 */
function shownFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const file of markdownFiles()) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const block of text.matchAll(/^```json ([\w.-]+\.json)\n([\s\S]*?)^```/gm)) {
      files[block[1] as string] = JSON.parse(block[2] ?? '');
    }
  }
  return files;
}

const SAMPLES: Readonly<Record<string, unknown>> = {
  ...shownFiles(),
  'my-event.json': {
    id: 'my-webinar',
    kind: 'webinar',
    descriptiveLabel: 'Follow-up webinar on joint investigations',
    startDate: '2024-09-10',
    attendanceMode: 'online',
    ledBy: ['unodc'],
  },
  'my-org.json': { id: 'my-office', name: 'My Office', kind: 'governmental' },
  'page-graph.json': toJsonLd(fixtures, {
    baseUrl: 'https://www.example.org/',
    include: [{ type: 'press-release', id: 'unodc-press-release-2021-02-01' }],
  }),
};

function markdownFiles(): string[] {
  const files = ['README.md', 'examples/README.md'];
  for (const name of readdirSync(join(root, 'packages'))) files.push(`packages/${name}/README.md`);
  for (const name of readdirSync(join(root, 'docs')))
    if (name.endsWith('.md')) files.push(`docs/${name}`);
  return files.filter((file) => existsSync(join(root, file))).sort();
}

/** Splits a command line as a POSIX shell would for simple words and '…' / "…" quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const COMMAND = /^(?:npx (?:-y )?@track4tip\/cli|track4tip)(?=\s|$)(.*)$/;

const commands = markdownFiles().flatMap((file) => {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].flatMap((block) =>
    (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .map((line) => COMMAND.exec(line)?.[1])
      .filter((rest): rest is string => rest !== undefined)
      .map((rest) => ({ where: file, argv: words(rest) })),
  );
});

describe('track4tip commands in the READMEs and guides', () => {
  it('finds them', () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  it.each(commands.map((c) => [`${c.where}: track4tip ${c.argv.join(' ')}`, c.argv] as const))(
    '%s succeeds',
    async (_title, argv) => {
      let stderr = '';
      const code = await run(argv, {
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
        readFile: async (path) => {
          const sample = SAMPLES[path];
          if (sample === undefined) throw Object.assign(new Error(path), { code: 'ENOENT' });
          return JSON.stringify(sample);
        },
      });
      expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    },
    60_000,
  );
});
