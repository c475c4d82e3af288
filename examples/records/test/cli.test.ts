import { run } from '@track4tip/cli';
import { describe, expect, it } from 'vitest';
import { pagesSupplement, programme, webinarSupplement } from '../src/records.js';

/** Runs `track4tip` on files held in memory; returns the exit code and the --json report. */
async function track4tip(argv: readonly string[], files: Readonly<Record<string, unknown>>) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(path), { code: 'ENOENT' });
      return JSON.stringify(files[path]);
    },
  });
  return { code, stdout, stderr };
}

const errorsOf = (stderr: string) =>
  (JSON.parse(stderr) as { problems: { severity: string; code: string; path: string }[] }).problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.code} ${problem.path}`);

describe('track4tip validate accepts every record', () => {
  it('(b)–(d): the programme’s own events, people and participations', async () => {
    const out = await track4tip(['validate', 'programme.json', '--json'], {
      'programme.json': programme,
    });
    expect(errorsOf(out.stderr)).toEqual([]);
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain('UNLINKED_PERSON');
  });

  it('(a), (e) and (f): the fixtures completed with --supply', async () => {
    for (const supplement of [webinarSupplement, pagesSupplement]) {
      const out = await track4tip(
        ['validate', 'empty.json', '--type', 'dataset', '--supply', 'supply.json', '--json'],
        { 'empty.json': {}, 'supply.json': supplement },
      );
      expect(errorsOf(out.stderr)).toEqual([]);
      expect(out.code).toBe(0);
    }
  });

  it('jsonld --data writes the training in Quito, cite --data cites it', async () => {
    const files = { 'programme.json': programme };
    const graph = await track4tip(
      [
        'jsonld',
        'quito-training-2025',
        '--data',
        'programme.json',
        '--base-url',
        'https://www.example.org/',
      ],
      files,
    );
    expect(graph.code).toBe(0);
    expect(JSON.parse(graph.stdout)['@graph'][0]).toMatchObject({
      '@type': 'EducationEvent',
      location: { '@type': 'Place', address: { addressLocality: 'Quito', addressCountry: 'EC' } },
    });
    const citation = await track4tip(
      [
        'cite',
        'quito-training-2025',
        '--data',
        'programme.json',
        '--style',
        'apa',
        '--locale',
        'es',
      ],
      files,
    );
    expect(citation.stdout).toBe(
      'United Nations Office on Drugs and Crime. (2025, marzo 10–11). Taller regional sobre cooperación judicial [Capacitación]. https://www.example.org/eventos/taller-quito\n',
    );
  });
});
