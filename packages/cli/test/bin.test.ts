/**
 * The built command, spawned as a user runs it (on files in a temporary directory): the bin and
 * its exit codes, the split between stdout and stderr, and what a newcomer's first tries met.
 * It runs the build that is there and never builds: `pnpm test` builds before Vitest; on its own,
 * run `pnpm build` first. Without the build, the file fails at once and says so.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fixtures } from '@track4tip/core';
import { toJsonLd } from '@track4tip/jsonld';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { myEvent } from './helpers.js';

const packageDir = resolve(import.meta.dirname, '..');
const root = resolve(packageDir, '../..');
const bin = resolve(packageDir, packageJson.bin.track4tip);

// What the spawned bin loads: the CLI's build and its workspace dependencies' builds.
const builds = [
  join(packageDir, 'dist', 'bin.js'),
  ...Object.entries(packageJson.dependencies)
    .filter(([, range]) => range.startsWith('workspace:'))
    .map(([name]) => join(root, 'packages', name.replace('@track4tip/', ''), 'dist', 'index.js')),
];
const unbuilt = builds.filter((path) => !existsSync(path));
if (unbuilt.length > 0) {
  throw new Error(
    `bin.test.ts runs the built track4tip command, and the build is missing (${unbuilt
      .map((path) => relative(root, path))
      .join(', ')}): run "pnpm build" first ("pnpm test" builds before it runs the tests)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'track4tip-cli-'));

const track4tip = (args: readonly string[], input?: string | Buffer) =>
  spawnSync(bin, args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });

const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

/** Nothing a user sees may be a Node stack trace or one of zod's own words. */
const clean = (text: string) => {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/invalid_union|invalid_type|unrecognized_keys|Invalid input|received/);
};

/** Every human diagnostic line is "severity UPPER_CODE where: message". */
const diagnosticLines = (stderr: string) => {
  const lines = stderr.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^(error|warning|info) [A-Z][A-Z_]+ /);
  return lines;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built track4tip command', () => {
  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const out = track4tip(['--version']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${packageJson.version}\n`);
  });

  it('prints results on stdout and nothing on stderr on success', () => {
    const out = track4tip(['cite', 'unodc-webinar', '--locale', 'es-ES']);
    expect(out.status).toBe(0);
    // Spanish: the date is "febrero"; the untitled webinar is cited by its bracketed description.
    expect(out.stdout).toMatch(/\(2021, febrero 1\)\. \[UNODC webinar on [^\]]+\]\./);
    expect(out.stderr).toBe('');
  });

  it('exits with 1 on invalid input, the diagnostic on stderr only', () => {
    const out = track4tip(['cite', 'unodc-webinar', '--style', 'nope', '--json']);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(JSON.parse(out.stderr).problems[0]).toMatchObject({
      code: 'UNKNOWN_STYLE',
      path: '--style',
    });
  });

  it('exits with 2 on a usage error', () => {
    const out = track4tip(['validate']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("missing required argument 'file'");
  });

  it('runs with no arguments, as `pnpm start` does', () => {
    const out = track4tip([]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('# JSON-LD (unodc-webinar)');
    expect(out.stdout).toContain('Award No. SSJTIP19CA0027');
  });
});

describe('validate guesses the model from the fields present', () => {
  it('reads a schema.org-style event as an event, and says so and how to choose', () => {
    const name = file(
      'plain-event.json',
      JSON.stringify({ name: 'My webinar', startDate: '2024-05-02', location: { name: 'Online' } }),
    );
    const out = track4tip(['validate', name]);
    expect(out.status).toBe(1);
    clean(out.stderr);
    const lines = diagnosticLines(out.stderr);
    expect(lines[0]).toMatch(/^info TYPE_GUESSED plain-event\.json: checked as an event .*--type/);
    expect(out.stderr).toContain('"startDate", "location"');
    // Event errors only: nothing about an organisation's kinds.
    expect(out.stderr).toContain('error MISSING_FIELD plain-event.json#descriptiveLabel');
    expect(out.stderr).not.toContain('intergovernmental');
    // schema.org's names are pointed at the model's: a venue's name goes in location.place.
    expect(out.stderr).toContain(
      'error UNKNOWN_FIELD plain-event.json#location.name: unknown field "name"; a location holds "place" (a venue: { "name", "address": { "addressLocality", "addressCountry" } }) and/or "virtualLocation" (where to join online: { "url" })',
    );
    expect(out.stderr).toContain(
      'error UNKNOWN_FIELD plain-event.json#name: unknown field "name"; an event has no "name": put an official title in "title" and your own label in "descriptiveLabel"',
    );
  });

  it('says when it cannot tell, which model it tried, and lists --type', () => {
    const name = file('unsure.json', JSON.stringify({ name: 'x', startDate: '2024-05-02' }));
    const out = track4tip(['validate', name, '--json']);
    expect(out.status).toBe(1);
    const { problems } = JSON.parse(out.stderr) as {
      problems: { code: string; message: string }[];
    };
    expect(problems[0]?.code).toBe('TYPE_GUESSED');
    expect(problems[0]?.message).toMatch(
      /could not tell .* checked it as an event; choose with --type event, --type organization/,
    );
  });

  it('does not add a note when every field belongs to the model', () => {
    const name = file('sure.json', JSON.stringify({ ...myEvent, startDate: 'soon' }));
    const out = track4tip(['validate', name]);
    expect(out.status).toBe(1);
    expect(out.stderr).not.toContain('TYPE_GUESSED');
  });
});

describe('validate messages: UPPER codes, where, and how to fix; never zod', () => {
  it('says that 2024-02-30 is not a calendar date', () => {
    const name = file('feb30.json', JSON.stringify({ ...myEvent, startDate: '2024-02-30' }));
    const out = track4tip(['validate', name]);
    expect(out.status).toBe(1);
    clean(out.stderr);
    expect(diagnosticLines(out.stderr)).toEqual([
      'error INVALID_DATE feb30.json#startDate: "2024-02-30" is not a calendar date; write a day that exists, as YYYY-MM-DD',
    ]);
  });

  it('explains a date-time without an offset, and a date that is no date', () => {
    const local = track4tip([
      'validate',
      file('local.json', JSON.stringify({ ...myEvent, startDate: '2024-05-02T15:00' })),
    ]);
    expect(local.stderr).toContain('"2024-05-02T15:00" has a time but no offset');
    const word = track4tip([
      'validate',
      file('word.json', JSON.stringify({ ...myEvent, endDate: 'tomorrow' })),
    ]);
    expect(word.stderr).toMatch(/INVALID_DATE word\.json#endDate: "tomorrow" is not a date; write/);
  });

  it('says an array is not one object, without zod wording', () => {
    const out = track4tip(['validate', file('array.json', '[1, 2]')]);
    expect(out.status).toBe(1);
    clean(out.stderr);
    expect(diagnosticLines(out.stderr)).toEqual([
      'error INVALID_TYPE array.json#: expected one JSON object (an event, an organisation, a dataset or a JSON-LD document), got an array; wrap your data in { }',
    ]);
  });

  it('uses UPPER codes for a wrong value, an unknown field and a missing field', () => {
    const name = file(
      'several.json',
      JSON.stringify({
        ...myEvent,
        kind: 'party', // an event kind of the publisher's own is kept as written
        status: 'canceled',
        colour: 'red',
        descriptiveLabel: undefined,
        ledBy: 5,
      }),
    );
    const out = track4tip(['validate', name]);
    clean(out.stderr);
    const lines = diagnosticLines(out.stderr);
    expect(lines).toContain(
      'error INVALID_VALUE several.json#status: expected "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"',
    );
    expect(out.stderr).not.toContain('#kind');
    expect(
      lines.some((l) => l.startsWith('error MISSING_FIELD several.json#descriptiveLabel')),
    ).toBe(true);
    expect(lines).toContain(
      'error UNKNOWN_FIELD several.json#colour: unknown field "colour"; remove it or check its spelling',
    );
    expect(lines).toContain(
      'error INVALID_TYPE several.json#ledBy: expected a list (an array), got a number (5); change the value',
    );
  });

  it('says a directory is a directory, without EISDIR', () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const out = track4tip(['validate', 'a-folder']);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(
      'error UNREADABLE_FILE a-folder: cannot read the file: it is a directory; pass a JSON file inside it\n',
    );
  });

  it('names the field of the record to fill, and --supply completes an SDK record', () => {
    const name = file('online.json', JSON.stringify(myEvent));
    const out = track4tip(['validate', name]);
    expect(out.status).toBe(0);
    const warning = out.stderr.split('\n').find((l) => l.includes('#@graph[0].location:'));
    expect(warning).toContain(
      'add `location` (a `place` with its address: Google lists only events in a physical place, so a `virtualLocation` alone is not enough) to it in online.json',
    );
    expect(out.stderr).not.toMatch(/toJsonLd|locationUrl/);
    const supply = file(
      'supply.json',
      JSON.stringify({
        source: { name: 'Example web team' },
        events: {
          'unodc-webinar': {
            title: 'International cooperation against trafficking in persons',
            startDate: '2021-02-01T10:00:00-05:00',
            location: { virtualLocation: { url: 'https://www.example.org/live' } },
          },
        },
      }),
    );
    const supplied = track4tip(['validate', name, '--supply', supply, '--json']);
    expect(supplied.status).toBe(0);
    const { richResults } = JSON.parse(supplied.stderr) as {
      richResults: { id?: string; missingRequired: string[] }[];
    };
    const webinar = richResults.find((r) => r.id?.endsWith('/event/unodc-webinar'));
    expect(webinar?.missingRequired).not.toContain('name');
    const relative = file(
      'bad-supply.json',
      JSON.stringify({ events: { 'unodc-webinar': { url: '/webinar' } } }),
    );
    const bad = track4tip(['validate', name, '--supply', relative, '--json']);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stderr).problems[0].path).toBe(
      'bad-supply.json#events["unodc-webinar"].url',
    );
  });
});

describe('cite writes the reference-manager formats', () => {
  // What each format gives for the webinar, read against cite's exporters and the press release:
  // the official title is unknown, so the title is the bracketed description.
  const TITLE =
    'UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases';
  it.each([
    [
      'bibtex',
      `@misc{unodc-webinar,
  author = {{United Nations Office on Drugs and Crime}},
  title  = {{[UNODC} webinar on cooperation between criminal justice authorities in trafficking in persons cases]},
  year   = {2021},
  month  = feb,
  note   = {Webinar}
}`,
    ],
    [
      'biblatex',
      `@misc{unodc-webinar,
  author    = {{United Nations Office on Drugs and Crime}},
  title     = {{[UNODC} webinar on cooperation between criminal justice authorities in trafficking in persons cases]},
  type      = {Webinar},
  date      = {2021-02-01},
  eventdate = {2021-02-01}
}`,
    ],
    [
      'ris',
      // RIS ends each line with CR LF, as its specification says.
      [
        'TY  - SLIDE',
        `TI  - [${TITLE}]`,
        'AU  - United Nations Office on Drugs and Crime',
        'PY  - 2021',
        'DA  - 2021/02/01/',
        'M3  - Webinar',
        'ID  - UNODCWEBINAR1DXS80D',
        'ER  -',
      ].join('\r\n'),
    ],
  ] as const)('--format %s gives the webinar as that format writes it', (format, expected) => {
    const out = track4tip(['cite', 'unodc-webinar', '--format', format]);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.trimEnd()).toBe(expected);
  });

  it('--format csl-json gives the CSL item, and honours --locale; --style has no effect there', () => {
    const out = track4tip([
      'cite',
      'unodc-press-release-2021-02-01',
      '--format',
      'csl-json',
      '--locale',
      'es',
    ]);
    expect(JSON.parse(out.stdout)).toEqual([
      {
        id: 'unodc-press-release-2021-02-01',
        type: 'document',
        title:
          '[UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases]',
        genre: 'Comunicado de prensa',
        author: [{ literal: 'United Nations Office on Drugs and Crime' }],
        issued: { 'date-parts': [[2021, 2, 1]] },
        URL: 'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html',
        language: 'en',
      },
    ]);
    const styled = track4tip(['cite', 'unodc-webinar', '--format', 'ris', '--style', 'mla']);
    expect(styled.status).toBe(1);
    expect(styled.stderr).toMatch(
      /^error INVALID_OPTION --style: --style has no effect with --format ris/,
    );
  });
});

describe('one --locale option, the same locales everywhere', () => {
  it('accepts a language alone in cite (es is es-ES) and in disclaimer', () => {
    const out = track4tip(['cite', 'unodc-webinar', '--locale', 'es']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(
      'United Nations Office on Drugs and Crime. (2021, febrero 1). [UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases].\n',
    );
    expect(track4tip(['disclaimer', '--locale', 'es']).stdout).toBe(
      track4tip(['disclaimer', '--locale', 'es-ES']).stdout,
    );
  });

  it('takes --locale in jsonld, keeps --lang as a hidden alias', () => {
    const out = track4tip(['jsonld', 'track4tip', '--locale', 'es']);
    expect(out.status).toBe(0);
    const { '@graph': nodes } = JSON.parse(out.stdout) as { '@graph': Record<string, unknown>[] };
    // The initiative's page, with the Spanish names of its countries beside the source's.
    expect(nodes[0]?.['@id']).toBe('https://example.org/#/schema/initiative/track4tip');
    expect(nodes.find((n) => n['@id'] === 'https://example.org/#/schema/country/BR')?.name).toEqual(
      [
        { '@language': 'en', '@value': 'Brazil' },
        { '@language': 'es', '@value': 'Brasil' },
      ],
    );
    expect(track4tip(['jsonld', 'track4tip', '--lang', 'es']).stdout).toBe(out.stdout);
    const help = track4tip(['jsonld', '--help']).stdout;
    expect(help).toContain('--locale <locale>');
    expect(help).not.toContain('--lang');
  });

  it.each([
    ['jsonld', '--locale'],
    ['jsonld', '--lang'],
    ['cite', '--locale'],
    ['disclaimer', '--locale'],
  ])('%s %s fr is rejected with the list of accepted locales', (command, option) => {
    const args = command === 'cite' ? ['cite', 'unodc-webinar'] : [command];
    const out = track4tip([...args, option, 'fr']);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      `error UNKNOWN_LOCALE ${option}: unsupported locale "fr"; use one of en-US, en-GB, es-ES, es-MX, es-CL, pt-BR, nl-NL, en, es, pt, nl\n`,
    );
  });
});

describe('robust input and output', () => {
  it('stops quietly when the reader closes the pipe', () => {
    const errors = join(dir, 'epipe.txt');
    for (const args of ['', 'jsonld']) {
      const out = spawnSync('sh', ['-c', `"$0" ${args} 2>"$1" | head -c1`, bin, errors], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(out.stdout.length).toBe(1);
      expect(readFileSync(errors, 'utf8')).toBe('');
    }
  });

  it('escapes control and bidi characters from the input in human diagnostics', () => {
    const name = file(
      'controls.json',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Ev\u001b[31ment\u202e\u0007\u009b', '@id': 'https://example.org/#a' },
        ],
      }),
    );
    const out = track4tip(['validate', name]);
    expect(out.status).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out.stderr).toContain('\\u202e');
    const json = track4tip(['validate', name, '--json']);
    // JSON keeps the validator's message as it is: the value, quoted by the validator itself.
    const { problems } = JSON.parse(json.stderr) as { problems: { message: string }[] };
    expect(problems[0]?.message).toContain('"Ev\\u001b[31ment\u202e\\u0007');
  });

  it('escapes control characters in a file name too', () => {
    const out = track4tip(['validate', 'no\u001b[2Jfile.json']);
    expect(out.stderr).toBe(
      'error UNREADABLE_FILE no\\u001b[2Jfile.json: cannot read the file: no such file; check the path\n',
    );
  });

  it('rejects a file that is not UTF-8, and accepts a UTF-8 BOM', () => {
    const latin1 = file('latin1.json', Buffer.from('{"descriptiveLabel":"caf\xe9"}', 'latin1'));
    const out = track4tip(['validate', latin1]);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(
      'error INVALID_ENCODING latin1.json: not UTF-8 text (invalid byte 0xe9 at byte 24); save the file as UTF-8\n',
    );
    const bom = file('bom.json', `\ufeff${JSON.stringify(myEvent)}`);
    const withBom = track4tip(['validate', bom]);
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toMatch(/^bom\.json: valid event/m);
  });

  it('reads standard input for -', () => {
    const out = track4tip(['validate', '-'], JSON.stringify(myEvent));
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^-: valid event/m);
    const bad = track4tip(['validate', '-', '--json'], '{"id": 1');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stderr).problems[0]).toMatchObject({ code: 'INVALID_JSON' });
  });
});

describe('hostile input: a diagnostic, never a stack trace', () => {
  const deep = (open: string, inner: string, close: string, n = 20_000) =>
    `${open.repeat(n)}${inner}${close.repeat(n)}`;
  const cases = {
    'deep-graph.json': `{"@context":"https://schema.org","@graph":[${deep('{"@type":"Thing","subjectOf":', '{}', '}')}]}`,
    'deep-context.json': `{"@context":${deep('{"@context":', '"https://schema.org"', '}')},"@graph":[{"@type":"Event","@id":"https://example.org/#e"}]}`,
    'deep-dataset.json': `{"events":${deep('[', '', ']')}}`,
  };
  it.each(Object.entries(cases))('%s, with and without --json', (name, content) => {
    file(name, content);
    const human = track4tip(['validate', name]);
    expect([1, 2]).toContain(human.status);
    expect(human.stderr).not.toMatch(/^\s+at |RangeError|Node\.js v/m);
    diagnosticLines(human.stderr);
    const json = track4tip(['validate', name, '--json']);
    expect([1, 2]).toContain(json.status);
    const { problems, richResults } = JSON.parse(json.stderr) as {
      problems: { severity: string }[];
      richResults: unknown[];
    };
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect(richResults).toEqual([]);
  });
  it('says what is wrong in a deep dataset, at its path', () => {
    const out = track4tip(['validate', file('deep-list.json', cases['deep-dataset.json'])]);
    expect(out.stderr).toBe(
      'error INVALID_TYPE deep-list.json#events[0]: expected an event (an object with its fields), got an array (…); change the value\n',
    );
  });
});

describe('the bin links before the build', () => {
  it('is a source file, not a build output, so an install can link it before the build', () => {
    expect(packageJson.bin.track4tip).not.toMatch(/dist\//);
    expect(readFileSync(bin, 'utf8')).toContain("import('../dist/bin.js')");
    expect(packageJson.files).toContain('bin');
  });

  it('says to build when dist/ is missing, without a stack trace', () => {
    const copy = join(dir, 'unbuilt');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    cpSync(bin, join(copy, packageJson.bin.track4tip));
    const out = spawnSync(join(copy, packageJson.bin.track4tip), ['--version'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(
      /^error NOT_BUILT: @track4tip\/cli has no dist\/ yet; run "pnpm build"/,
    );
  });

  it('reports a module missing from a built dist/ as it is, not as an unbuilt package', () => {
    const copy = join(dir, 'broken');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    mkdirSync(join(copy, 'dist'), { recursive: true });
    cpSync(bin, join(copy, packageJson.bin.track4tip));
    writeFileSync(join(copy, 'dist', 'bin.js'), "import './chunk-missing.js';\n");
    writeFileSync(join(copy, 'package.json'), '{ "type": "module" }\n');
    const out = spawnSync(join(copy, packageJson.bin.track4tip), ['--version'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^error INTERNAL: Cannot find module '[^']*chunk-missing\.js'/);
  });
});

describe("validate prints Google's rich-result verdict", () => {
  const graph = toJsonLd(fixtures, {
    baseUrl: 'https://www.example.org/',
    include: [{ type: 'event', id: 'unodc-webinar' }],
  });
  it('end to end: the webinar page, human and --json', () => {
    const name = file('webinar.jsonld', JSON.stringify(graph));
    const out = track4tip(['validate', name]);
    expect(out.stdout).toContain("Rich results (as Google's Rich Results Test would report them):");
    expect(out.stdout).toMatch(
      /^ {2}Event \(Event\) https:\/\/www\.example\.org\/#\/schema\/event\/unodc-webinar: not eligible; missing required: [^\n]*name/m,
    );
    const json = track4tip(['validate', name, '--json']);
    const { richResults } = JSON.parse(json.stderr) as {
      richResults: { feature: string; id?: string; eligible: boolean; missingRequired: string[] }[];
    };
    const event = richResults.find((r) => r.id?.endsWith('/event/unodc-webinar'));
    expect(event).toMatchObject({ feature: 'Event', type: 'Event', eligible: false });
    expect(event?.missingRequired).toContain('name');
  });
});
