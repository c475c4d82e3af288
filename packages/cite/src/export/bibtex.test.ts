import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsl } from '../csl/to-csl.js';
import type { CslItem, CslName } from '../csl/types.js';
import { escapeLatex, toBibLaTeX, toBibTeX } from './bibtex.js';
import { plainText } from './rich-text.js';
import { oneLine } from './shared.js';

const pressRelease = toCsl(getPressRelease());
const webinar = toCsl(getEvent('unodc-webinar'));
const programme = toCsl(getInitiative('track4tip'));
const all = [pressRelease, webinar, programme];

// Titles from the issue: each once dropped a field or injected an entry.
const HOSTILE_TITLES = [
  'Smile :}',
  'Sets {a, b',
  'Q&A } @misc{x, title={y}',
  '\\} , note = {injected',
  'a < b > c',
  'x\\',
  '100% of 50$ ~ ^ # _ |',
];

/** A title's text without markup, on one line. */
const plain = (title: string) =>
  plainText(title.replace(/\s+/g, ' ').trim()).replace(/\s+/g, ' ').trim();

function parsed(text: string, english = false) {
  const library = parseBibtex(text, { english });
  expect(library.errors).toEqual([]);
  return library.entries;
}

// --- the real BibTeX program --------------------------------------------------------------------

const bibtexInstalled = spawnSync('bibtex', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI);

// A style that writes back every field as BibTeX read it (and the title after BibTeX's own
// "t" case change), one marker line per entry and field. Markers contain `<`, which escaped
// field text never does.
const DUMP_BST = `ENTRY { author date eventdate eventtitle key langid location month note number organization shorttitle title type url urldate venue year } {} {}
FUNCTION {field.out} { "<field " swap$ * ">" * write$ newline$ write$ newline$ }
FUNCTION {dump}
{ "<entry " cite$ * " " * type$ * ">" * write$ newline$
  author empty$ 'skip$ { author "author" field.out } if$
  title empty$ 'skip$ { title "title" field.out title "t" change.case$ "titlecase" field.out } if$
  date empty$ 'skip$ { date "date" field.out } if$
  eventdate empty$ 'skip$ { eventdate "eventdate" field.out } if$
  eventtitle empty$ 'skip$ { eventtitle "eventtitle" field.out } if$
  key empty$ 'skip$ { key "key" field.out } if$
  location empty$ 'skip$ { location "location" field.out } if$
  number empty$ 'skip$ { number "number" field.out } if$
  organization empty$ 'skip$ { organization "organization" field.out } if$
  shorttitle empty$ 'skip$ { shorttitle "shorttitle" field.out } if$
  venue empty$ 'skip$ { venue "venue" field.out } if$
  langid empty$ 'skip$ { langid "langid" field.out } if$
  month empty$ 'skip$ { month "month" field.out } if$
  note empty$ 'skip$ { note "note" field.out } if$
  type empty$ 'skip$ { type "type" field.out } if$
  url empty$ 'skip$ { url "url" field.out } if$
  urldate empty$ 'skip$ { urldate "urldate" field.out } if$
  year empty$ 'skip$ { year "year" field.out } if$
}
FUNCTION {misc} { dump }
FUNCTION {online} { dump }
FUNCTION {default.type} { dump }
MACRO {jan} {"January"} MACRO {feb} {"February"} MACRO {mar} {"March"} MACRO {apr} {"April"}
MACRO {may} {"May"} MACRO {jun} {"June"} MACRO {jul} {"July"} MACRO {aug} {"August"}
MACRO {sep} {"September"} MACRO {oct} {"October"} MACRO {nov} {"November"} MACRO {dec} {"December"}
READ
ITERATE {call.type$}
`;

const workDir = mkdtempSync(join(tmpdir(), 'track4tip-bibtex-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface BibtexRun {
  readonly status: number | null;
  readonly blg: string;
  readonly bbl: string;
}

let runs = 0;
function runBibtex(bib: string, style: 'dump' | 'plain'): BibtexRun {
  runs += 1;
  const name = `run${runs}`;
  writeFileSync(join(workDir, `${name}.bib`), bib);
  writeFileSync(join(workDir, 'dump.bst'), DUMP_BST);
  writeFileSync(
    join(workDir, `${name}.aux`),
    `\\citation{*}\n\\bibdata{${name}}\n\\bibstyle{${style}}\n`,
  );
  const result = spawnSync('bibtex', [name], { cwd: workDir, encoding: 'utf8' });
  expect(result.error).toBeUndefined();
  return {
    status: result.status,
    blg: readFileSync(join(workDir, `${name}.blg`), 'utf8'),
    bbl: readFileSync(join(workDir, `${name}.bbl`), 'utf8'),
  };
}

/** Entries of a dump-style .bbl: key, type and each field as BibTeX read it (BibTeX wraps long lines). */
function dumped(bbl: string) {
  const entries: { key: string; type: string; fields: Record<string, string> }[] = [];
  let field: string | undefined;
  for (const line of bbl.split('\n')) {
    const entry = /^<entry (\S+) (\S*)>$/.exec(line);
    const start = /^<field (\S+)>$/.exec(line);
    const current = entries.at(-1);
    if (entry !== null) {
      entries.push({ key: entry[1] as string, type: entry[2] as string, fields: {} });
      field = undefined;
    } else if (start !== null) {
      field = start[1] as string;
    } else if (current !== undefined && field !== undefined && line !== '') {
      const previous = current.fields[field];
      current.fields[field] = previous === undefined ? line : `${previous} ${line.trim()}`;
    }
  }
  return entries;
}

/** Runs BibTeX with the dump style and requires a clean run: no warning, no error. */
function throughBibtex(bib: string) {
  const run = runBibtex(bib, 'dump');
  expect(run.blg).not.toMatch(/Warning--|error message|I was expecting|I'm skipping/);
  expect(run.status).toBe(0);
  return dumped(run.bbl);
}

/** The text a LaTeX field value stands for, read by the independent parser. */
const textOf = (latex: string) => parsed(`@misc{k, title = {${latex}}}`)[0]?.fields.title;

/**
 * The plain text a LaTeX field value stands for. The parser writes markup as HTML tags and a
 * literal `<` as a bare `<`, so the literal text `<b></b>` would read back as an empty bold run;
 * literal angle brackets are held apart while the markup is removed.
 */
const plainTextOf = (latex: string) =>
  plain(
    textOf(latex.replaceAll('{\\textless}', '\uE000').replaceAll('{\\textgreater}', '\uE001')) ??
      '',
  )
    .replaceAll('\uE000', '<')
    .replaceAll('\uE001', '>');

describe.skipIf(!bibtexInstalled && !inCi)('the bibtex program', () => {
  it('is installed (texlive-binaries; CI must not skip these tests)', () => {
    expect(bibtexInstalled).toBe(true);
  });

  it('reads the three fixtures, BibTeX and BibLaTeX, with every field and no warning', () => {
    for (const write of [toBibTeX, toBibLaTeX]) {
      const entries = throughBibtex(write(all, { accessed: '2024-05-02' }));
      expect(entries.map((entry) => entry.key)).toEqual([
        'unodc-press-release-2021-02-01',
        'unodc-webinar',
        'track4tip',
      ]);
      const [release] = entries;
      expect(textOf(release?.fields.title ?? '')).toBe(pressRelease.title);
      expect(release?.fields.url).toBe(pressRelease.URL);
      expect(release?.fields.urldate).toBe('2024-05-02');
      expect(release?.fields.author).toBe('{United Nations Office on Drugs and Crime}');
    }
    const [release, event] = throughBibtex(toBibLaTeX(all));
    expect(release?.type).toBe('online');
    expect(event?.type).toBe('misc');
    expect(event?.fields.eventdate).toBe('2021-02-01');
  });

  it('formats the BibTeX with the standard plain style without a warning', () => {
    const acronyms: CslItem = { id: 'a', type: 'document', title: 'Report of UNODC on TRACK4TIP' };
    const run = runBibtex(toBibTeX([...all, acronyms]), 'plain');
    expect(run.blg).not.toMatch(/Warning--|error message/);
    expect(run.bbl.match(/\\bibitem/g)).toHaveLength(4);
    // plain.bst lower-cases titles; the protected acronyms survive.
    expect(run.bbl).toContain('Report of {UNODC} on {TRACK4TIP}');
  });

  it('keeps every hostile title whole: one entry each, nothing dropped or injected', () => {
    const items = HOSTILE_TITLES.map(
      (title, index): CslItem => ({
        id: `t${index}`,
        type: 'document',
        title,
        genre: title,
        URL: `https://example.org/${index}`,
      }),
    );
    for (const write of [toBibTeX, toBibLaTeX]) {
      const entries = throughBibtex(write(items));
      expect(entries.map((entry) => entry.key)).toEqual(items.map((item) => item.id));
      entries.forEach((entry, index) => {
        expect(textOf(entry.fields.title ?? '')).toBe(HOSTILE_TITLES[index]);
        expect(entry.fields.url).toBe(`https://example.org/${index}`);
      });
    }
    const run = runBibtex(toBibTeX(items), 'plain');
    expect(run.blg).not.toMatch(/Warning--|error message/);
    expect(run.bbl.match(/\\bibitem/g)).toHaveLength(items.length);
  });

  it('writes an event’s and a publisher’s fields, hostile text included, as BibLaTeX fields', () => {
    const item: CslItem = {
      id: 'full',
      type: 'event',
      title: 'Full <i>item</i>',
      'title-short': 'Full',
      'event-title': 'Session } @misc{x,',
      'event-place': 'Online {a',
      publisher: 'Q&A Press',
      'publisher-place': 'Vienna',
      number: '12/3',
      note: 'A note :}',
    };
    const [entry] = throughBibtex(toBibLaTeX(item));
    const fields = Object.fromEntries(
      Object.entries(entry?.fields ?? {}).map(([name, value]) => [name, textOf(value)]),
    );
    expect(fields).toMatchObject({
      title: 'Full <i>item</i>',
      shorttitle: 'Full',
      eventtitle: 'Session } @misc{x,',
      venue: 'Online {a',
      organization: 'Q&A Press',
      location: 'Vienna',
      number: '12/3',
      note: 'A note :}',
    });
  });

  it('keeps hostile names whole: one author each, institutions never split', () => {
    const item: CslItem = {
      id: 'names',
      type: 'document',
      title: 'Names',
      author: [
        { literal: 'Ministry of Justice and Security, Aruba } @misc{x,' },
        { family: 'Vila del Castillo', given: 'José' },
        { family: 'Smith and Jones', given: 'A, B' },
      ],
    };
    for (const write of [toBibTeX, toBibLaTeX]) {
      const [entry] = throughBibtex(write(item));
      expect(entry?.key).toBe('names');
      expect(parsed(write(item))[0]?.fields.author).toEqual([
        { name: 'Ministry of Justice and Security, Aruba } @misc{x,' },
        { lastName: 'Vila del Castillo', firstName: 'José' },
        { lastName: 'Smith and Jones', firstName: 'A, B' },
      ]);
    }
  });

  it('keeps case protection and rich text through BibTeX’s own case change', () => {
    const item: CslItem = {
      id: 'x',
      type: 'document',
      title: 'Report of <span class="nocase">eBay</span> and <i>Big Data</i> by UNODC',
    };
    const [entry] = throughBibtex(toBibTeX(item));
    expect(entry?.fields.titlecase).toBe('Report of {eBay} and {\\textit{big data}} by {UNODC}');
  });

  it('keeps every generated list of names: each name one author, nothing empty, no warning (property)', () => {
    const part = fc.string({
      unit: fc.constantFrom(
        'A',
        'b',
        ' ',
        ',',
        '{',
        '}',
        '\\',
        '~',
        '-',
        '.',
        'and',
        'AND',
        '\t',
        'ñ',
      ),
      maxLength: 8,
    });
    const name: fc.Arbitrary<CslName> = fc.oneof(
      part.map((literal) => ({ literal })),
      part.map((family) => ({ family })),
      fc.tuple(part, part).map(([family, given]) => ({ family, given })),
    );
    // What each name should read back as: a name of one part is one name; an empty one is left out.
    type ReadName = { name: string } | { family: string; given: string };
    const expected = (names: readonly CslName[]) =>
      names.flatMap((value): ReadName[] => {
        if ('literal' in value)
          return oneLine(value.literal) === '' ? [] : [{ name: oneLine(value.literal) }];
        const parts = [oneLine(value.family), oneLine(value.given ?? '')].filter(
          (text) => text !== '',
        );
        const [family, given] = parts as [string?, string?];
        if (family === undefined) return [];
        return given === undefined ? [{ name: family }] : [{ family, given }];
      });
    type ParsedName = { name?: string; lastName?: string; prefix?: string; firstName?: string };
    const read = (names: readonly ParsedName[]) =>
      names.map((value): ReadName => {
        const family = [value.prefix, value.lastName]
          .filter((text) => text !== undefined && text !== '')
          .join(' ');
        if (value.name !== undefined) return { name: value.name };
        return value.firstName === undefined
          ? { name: family }
          : { family, given: value.firstName };
      });
    fc.assert(
      fc.property(
        fc.array(fc.array(name, { minLength: 1, maxLength: 4 }), { minLength: 10, maxLength: 10 }),
        (lists) => {
          const items = lists.map(
            (author, index): CslItem => ({
              id: `n${index}`,
              type: 'document',
              title: 'T',
              author,
              issued: { 'date-parts': [[2020]] },
            }),
          );
          for (const write of [toBibTeX, toBibLaTeX]) {
            const entries = parsed(write(items));
            entries.forEach((entry, index) => {
              const names = read((entry.fields.author ?? []) as ParsedName[]);
              expect(names).toEqual(expected(lists[index] ?? []));
            });
          }
          const run = runBibtex(toBibTeX(items), 'plain');
          expect(run.blg).not.toMatch(/Warning--|error message|has a comma at the end/);
          expect(run.bbl.match(/\\bibitem/g) ?? []).toHaveLength(items.length);
        },
      ),
      {
        numRuns: 10,
        // Counterexamples found by earlier runs: "and" as a whole name part, a one-part name with
        // a space, a name part that is a hyphen, and names with nothing to print.
        examples: [
          [
            [
              [{ family: 'A', given: ' and ' }, { literal: 'A' }],
              [{ family: 'Le Corbusier' }],
              [{ family: 'A', given: '-' }],
              [{ family: '' }, { literal: ' ' }, { family: 'B', given: '' }],
              [{ family: 'and' }],
              [{ family: 'A' }],
              [{ family: 'A' }],
              [{ family: 'A' }],
              [{ family: 'A' }],
              [{ family: 'A' }],
            ],
          ],
        ],
      },
    );
  }, 60_000);

  it('keeps every other field whole, read back by the independent parser and by BibTeX (property)', () => {
    const value = fc.string({
      unit: fc.constantFrom(
        ...'aB Z9\\{}$&#^_%~<>|-\'`?!@,="ñ\t\n:;/.()[]*+'.split(''),
        ' @misc{x, title={',
        '} @misc{',
        '--',
        '\u2028',
        ' and ',
        'AND',
      ),
      maxLength: 20,
    });
    const url = fc.oneof(
      fc.webUrl(),
      value.map((path) => `https://example.org/${path}`),
    );
    fc.assert(
      fc.property(fc.tuple(value, value, value, value, value, value, value), url, (values, URL) => {
        const [genre, eventTitle, eventPlace, publisher, place, number, note] = values;
        const item: CslItem = {
          id: 'k',
          type: 'event',
          title: 'T',
          genre,
          'event-title': eventTitle,
          'event-place': eventPlace,
          publisher,
          'publisher-place': place,
          number,
          note,
          URL,
          issued: { 'date-parts': [[2020, 2, 1]] },
        };
        const [entry] = parsed(toBibLaTeX(item));
        const fields: Record<string, unknown> = entry?.fields ?? {};
        const lists = ['organization', 'location'];
        const expected = {
          type: genre,
          eventtitle: eventTitle,
          venue: eventPlace,
          organization: publisher,
          location: place,
          number,
          note,
        };
        for (const [name, text] of Object.entries(expected)) {
          const line = oneLine(text);
          if (line === '') expect(fields[name], name).toBeUndefined();
          else expect(fields[name], name).toEqual(lists.includes(name) ? [line] : line);
        }
        const [misc] = parsed(toBibTeX(item));
        if (oneLine(genre) !== '') expect(misc?.fields.note).toBe(oneLine(genre));
        const run = runBibtex(toBibTeX({ ...item, type: 'document' }), 'plain');
        expect(run.blg).not.toMatch(/Warning--|error message|I was expecting/);
      }),
      {
        numRuns: 100,
        // Counterexamples found by earlier runs: a publisher with "and", a lone `$` in a URL.
        examples: [
          [
            ['', '', '', 'Ministry of Justice and Security', ' and a', '', ''],
            'https://example.org/',
          ],
          [['', '', '', '', '', '', ''], 'https://example.org/$'],
        ],
      },
    );
  }, 60_000);

  it('survives any generated title, 25 entries per run (property)', () => {
    const unit = fc.constantFrom(
      ...'ab Z9\\{}$&#^_%~<>|-\'`?!@,="ñ'.split(''),
      '<i>',
      '</i>',
      '<b>',
      '</b>',
      '<span class="nocase">',
      '</span>',
      ' @misc{x, title={',
      '} @misc{',
    );
    const title = fc.string({ unit, minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(title, { minLength: 25, maxLength: 25 }), (titles) => {
        const items = titles.map(
          (value, index): CslItem => ({ id: `t${index}`, type: 'document', title: value }),
        );
        for (const write of [toBibTeX, toBibLaTeX]) {
          const entries = throughBibtex(write(items));
          expect(entries.map((entry) => entry.key)).toEqual(items.map((item) => item.id));
          entries.forEach((entry, index) => {
            const expected = plain(titles[index] as string);
            if (expected === '') expect(entry.fields.title).toBeUndefined();
            else expect(plainTextOf(entry.fields.title ?? '')).toBe(expected);
          });
        }
        // plain.bst rightly warns about an entry with nothing to print, so only titled ones.
        const titled = items.filter((item) => plain(item.title ?? '') !== '');
        const run = runBibtex(toBibTeX(titled), 'plain');
        expect(run.blg).not.toMatch(/Warning--|error message/);
        expect(run.bbl.match(/\\bibitem/g) ?? []).toHaveLength(titled.length);
      }),
      {
        numRuns: 10,
        // Counterexamples found by earlier runs. Literal tags that pair up once the case
        // protection between them is read away:
        examples: [
          [
            Array.from({ length: 25 }, (_, index) =>
              index === 6 ? '<b><span class="nocase"></b></span>a' : 'a',
            ),
          ],
          // Empty markup between two apostrophes, once written as the ligature ''.
          [Array.from({ length: 25 }, (_, index) => (index === 10 ? "'<i></i>'a" : 'a'))],
        ],
      },
    );
  }, 60_000);
});

// --- an independent parser ------------------------------------------------------------------------

describe('toBibTeX', () => {
  it('writes the press release as BibTeX that an independent parser reads back field for field', () => {
    const [entry] = parsed(toBibTeX(pressRelease));
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe('unodc-press-release-2021-02-01');
    expect(entry?.fields.author).toEqual([{ name: 'United Nations Office on Drugs and Crime' }]);
    expect(entry?.fields.title).toBe(pressRelease.title);
    expect(entry?.fields.year).toBe('2021');
    expect(entry?.fields.month).toBe('2');
    expect(entry?.fields.note).toBe('Press release');
    expect(entry?.fields.url).toBe(pressRelease.URL);
  });

  it('writes the publisher of a work by people of an institution as howpublished', () => {
    const report: CslItem = {
      id: 'cooperation-report',
      type: 'report',
      title: 'Cooperation in practice',
      author: [{ family: 'da Silva', given: 'Maria' }],
      publisher: 'Instituto Brasileiro de Direitos Humanos',
      issued: { 'date-parts': [[2025, 11, 20]] },
    };
    const [entry] = parsed(toBibTeX(report));
    expect(entry?.fields.howpublished).toBe('Instituto Brasileiro de Direitos Humanos');
    // The press release's publisher is its author: no howpublished repeats it.
    expect(toBibTeX(pressRelease)).not.toContain('howpublished');
  });

  it('writes month as a bare macro, never "{feb 1}", and no day', () => {
    const text = toBibTeX(pressRelease);
    expect(text).toContain('  month  = feb,\n');
    expect(text).not.toMatch(/month\s*=\s*\{/);
    expect(text).not.toMatch(/\bday\b/);
  });

  it('keeps a range of years for the programme and reads all three entries back', () => {
    const entries = parsed(toBibTeX(all));
    expect(entries.map((entry) => entry.key)).toEqual([
      'unodc-press-release-2021-02-01',
      'unodc-webinar',
      'track4tip',
    ]);
    expect(entries[2]?.fields.year).toBe('2019–2022');
    expect(entries[2]?.fields.title).toBe('TRACK4TIP');
  });

  it('writes urldate only with an access date you give, and checks it', () => {
    expect(toBibTeX(pressRelease)).not.toContain('urldate');
    expect(parsed(toBibTeX(all, { accessed: '2024-05-02' })).map((e) => e.fields.urldate)).toEqual([
      '2024-05-02',
      undefined,
      undefined,
    ]);
    for (const accessed of ['2024-02-30', '2024-5-2', 'yesterday']) {
      expect(() => toBibTeX(pressRelease, { accessed })).toThrowError(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'accessed'] }),
      );
    }
  });

  it('leaves percent-encoding in URLs alone and encodes only what breaks a field', () => {
    const item: CslItem = { id: 'u', type: 'webpage', URL: 'https://example.org/a%20b/{c}\\d e' };
    const [entry] = parsed(toBibTeX(item));
    expect(entry?.fields.url).toBe('https://example.org/a%20b/%7Bc%7D%5Cd%20e');
  });

  it('round-trips < and > (not ¡ and ¿) and the hostile titles', () => {
    const entries = parsed(
      toBibTeX(
        HOSTILE_TITLES.map((title, index) => ({ id: `t${index}`, type: 'document', title })),
      ),
    );
    expect(entries.map((entry) => entry.fields.title)).toEqual(HOSTILE_TITLES);
  });

  it('rejects ids that collapse to the same citation key', () => {
    expect(() =>
      toBibTeX([
        { id: 'a b', type: 'document' },
        { id: 'A-B', type: 'document' },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['items', 1, 'id'] }));
  });

  it('round-trips any plain title through escaping (property)', () => {
    const title = fc
      .string({
        unit: fc.constantFrom(...'ab Z09\\{}$&#^_%~<>|-.,:;()\'"`?!@ñ'.split('')),
        minLength: 1,
        maxLength: 40,
      })
      .filter((value) => value.trim() !== '' && !/\s\s/.test(value) && value === value.trim());
    fc.assert(
      fc.property(title, (value) => {
        const item: CslItem = { id: 'x', type: 'document', title: value };
        const [entry] = parseBibtex(toBibTeX(item), { english: false }).entries;
        expect(entry?.fields.title).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the brace depth: every brace of the output is balanced (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        // BibTeX counts `\{` and `\}` too, so this counts every brace.
        let depth = 0;
        for (const char of escapeLatex(value)) {
          if (char === '{') depth += 1;
          if (char === '}') depth -= 1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});

describe('CSL rich text in BibTeX and BibLaTeX', () => {
  const title =
    'The <i>Homo sapiens</i> <b>bold</b> x<sup>2</sup> H<sub>2</sub>O <span style="font-variant:small-caps;">Caps</span> <span class="nocase">eBay</span> <i>a < b</i>';

  it('maps each tag to its LaTeX command, read back as the same markup', () => {
    for (const write of [toBibTeX, toBibLaTeX]) {
      const text = write({ id: 'r', type: 'document', title });
      expect(text).toContain(
        '{\\textit{Homo sapiens}} {\\textbf{bold}} x{\\textsuperscript{2}} H{\\textsubscript{2}}O {\\textsc{Caps}} {eBay} {\\textit{a {\\textless} b}}',
      );
      expect(parsed(text)[0]?.fields.title).toBe(
        'The <i>Homo sapiens</i> <b>bold</b> x² H₂O <span style="font-variant:small-caps;">Caps</span> eBay <i>a < b</i>',
      );
    }
  });

  it('marks nocase text as case-protected for a sentence-casing reader', () => {
    const [entry] = parsed(
      toBibLaTeX({
        id: 'n',
        type: 'document',
        title: 'Reading <span class="nocase">the Guardian</span> Daily',
      }),
      true,
    );
    expect(entry?.fields.title).toBe('Reading <span class="nocase">the Guardian</span> daily');
  });

  it('keeps the text on both sides of empty markup apart: no TeX ligature forms across it', () => {
    const titles: Record<string, string> = {
      "'<i></i>'a": "''a",
      '-<b></b>-': '--',
      '!<i></i>`': '!`',
      '`<sup></sup>`x': '``x',
      "'<i><b></b></i>'": "''",
    };
    for (const [title, text] of Object.entries(titles))
      for (const write of [toBibTeX, toBibLaTeX]) {
        const bib = write({ id: 'e', type: 'document', title });
        expect(bib).not.toMatch(/''|--|``|!`/);
        expect(parsed(bib)[0]?.fields.title).toBe(text);
      }
  });

  it('leaves unpaired or unknown tags as literal text', () => {
    const literal = 'a </i> <em>b</em> <i>c';
    const [entry] = parsed(toBibTeX({ id: 'l', type: 'document', title: literal }));
    expect(entry?.fields.title).toBe(literal);
  });
});

// How Zotero's BibTeX import translator (BibTeX.js in the zotero/translators repository) reads
// the entry types and fields we write.
const ZOTERO_ITEM_TYPE: Readonly<Record<string, string>> = { online: 'webpage', misc: 'book' };
const ZOTERO_FIELD: Readonly<Record<string, string>> = {
  title: 'title',
  author: 'creators',
  date: 'date',
  type: 'type', // the base field of Zotero's "Website Type"
  url: 'url',
  urldate: 'accessDate',
  langid: 'language',
};

describe('toBibLaTeX', () => {
  it('writes the press release so that Zotero imports a web page with its genre and access date', () => {
    const [release] = parsed(toBibLaTeX(pressRelease, { accessed: '2024-05-02' }));
    expect(ZOTERO_ITEM_TYPE[release?.type ?? '']).toBe('webpage');
    for (const field of Object.keys(release?.fields ?? {}))
      expect(ZOTERO_FIELD).toHaveProperty(field);
  });

  it('writes @online for the web page, ISO dates and the genre as type, read back by an independent parser', () => {
    const [release, event, initiative] = parsed(toBibLaTeX(all, { accessed: '2024-05-02' }));
    expect(release?.type).toBe('online');
    expect(release?.fields.date).toBe('2021-02-01');
    expect(release?.fields.urldate).toBe('2024-05-02');
    expect(release?.fields.type).toBe('Press release');
    expect(release?.fields.langid).toBe('english');
    expect(event?.type).toBe('misc');
    expect(event?.fields.date).toBe('2021-02-01');
    expect(event?.fields.eventdate).toBe('2021-02-01');
    expect(event?.fields.type).toBe('Webinar');
    expect(event?.fields.title).toBe(webinar.title);
    expect(initiative?.type).toBe('misc');
    expect(initiative?.fields.date).toBe('2019/2022');
    expect(initiative?.fields.author).toEqual([
      { name: 'United Nations Office on Drugs and Crime' },
    ]);
  });
});
