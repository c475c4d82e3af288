// The README's "Runtimes" table is what users read; `runtimes` in test/consumers/cases.mjs is
// what the tarball consumer test runs and asserts (exactly the declared entry points fail).
// This keeps the two the same, so neither can change without the other.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Runtime {
  name: string;
  package: string;
  command?: string[];
  notRunning: Record<string, string>;
}

const root = resolve(import.meta.dirname, '..');
const casesUrl = pathToFileURL(join(root, 'test', 'consumers', 'cases.mjs')).href;
const { cases, runtimes } = (await import(casesUrl)) as {
  cases: { specifier: string }[];
  runtimes: Runtime[];
};

/** The rows of the table under "## Runtimes" in the README, as arrays of trimmed cells. */
function readmeRows(): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Runtimes\n'));
  if (!section) throw new Error('README.md has no "## Runtimes" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  // Header and separator first.
  expect(rows[0]).toEqual([
    'Runtime',
    'Version',
    'How the consumer test runs it',
    'Does not run there',
  ]);
  return rows.slice(2);
}

/** `— ` means nothing; otherwise "`specifier`: reason", several joined by "<br>". */
function parseNotRunning(cell: string): Record<string, string> {
  if (cell === '—') return {};
  return Object.fromEntries(
    cell.split('<br>').map((entry) => {
      const match = /^`([^`]+)`: (.+)$/.exec(entry.trim());
      if (!match?.[1] || !match[2])
        throw new Error(`cannot read "${entry}" as "\`specifier\`: reason"`);
      return [match[1], match[2]];
    }),
  );
}

describe('README Runtimes table', () => {
  const rows = readmeRows();

  it('lists the runtimes the consumer test runs, in the same order', () => {
    expect(rows.map((row) => row[0])).toEqual(runtimes.map((rt) => rt.name));
  });

  it.each(runtimes)(
    '$name: the tested version and command, and exactly what does not run there',
    (rt) => {
      const row = rows.find((r) => r[0] === rt.name);
      expect(row).toBeDefined();
      const [, version, how, notRunning] = row ?? [];
      expect(version).toBe(rt.package.split('@')[1]);
      if (rt.command) expect(how).toContain(`\`${rt.command.join(' ')}\``);
      expect(parseNotRunning(notRunning ?? '')).toEqual(rt.notRunning);
    },
  );

  it('names only entry points that exist', () => {
    const specifiers = new Set(cases.map((c) => c.specifier));
    for (const rt of runtimes) {
      for (const specifier of Object.keys(rt.notRunning)) expect(specifiers).toContain(specifier);
    }
  });
});
