import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsl } from '../csl/to-csl.js';
import type { CslItem } from '../csl/types.js';
import { escapeLatex, toBibLaTeX, toBibTeX } from './bibtex.js';
import { toCslJson } from './csl-json.js';
import { toRis } from './ris.js';

const pressRelease = toCsl(getPressRelease());
const webinar = toCsl(getEvent('unodc-webinar'));
const programme = toCsl(getInitiative('track4tip'));
const all = [pressRelease, webinar, programme];

function parsedBib(text: string) {
  const library = parseBibtex(text);
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('toBibTeX', () => {
  it('writes the press release as BibTeX that an independent parser reads back field for field', () => {
    const [entry] = parsedBib(toBibTeX(pressRelease));
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe('unodc-press-release-2021-02-01');
    expect(entry?.fields.author).toEqual([{ name: 'United Nations Office on Drugs and Crime' }]);
    expect(entry?.fields.title).toBe(pressRelease.title);
    expect(entry?.fields.year).toBe('2021');
    expect(entry?.fields.month).toBe('2');
    expect(entry?.fields.note).toBe('Press release');
    expect(entry?.fields.url).toBe(pressRelease.URL);
  });

  it('writes month as a bare macro, never "{feb 1}", and no day', () => {
    const text = toBibTeX(pressRelease);
    expect(text).toContain('  month  = feb,\n');
    expect(text).not.toMatch(/month\s*=\s*\{/);
    expect(text).not.toMatch(/\bday\b/);
  });

  it('keeps a range of years for the programme and reads all three entries back', () => {
    const entries = parsedBib(toBibTeX(all));
    expect(entries.map((entry) => entry.key)).toEqual([
      'unodc-press-release-2021-02-01',
      'unodc-webinar',
      'track4tip',
    ]);
    expect(entries[2]?.fields.year).toBe('2019–2022');
    expect(entries[2]?.fields.title).toBe('TRACK4TIP');
  });

  it('round-trips any title through escaping (property)', () => {
    const title = fc
      .string({
        unit: fc.constantFrom(...'ab Z09\\{}$&#^_%~-.,:;()\'"ñ'.split('')),
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

  it('escapes every LaTeX special character so braces always balance (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        const escaped = escapeLatex(value);
        let depth = 0;
        for (const [index, char] of [...escaped].entries()) {
          const escapedChar = index > 0 && escaped[index - 1] === '\\';
          if (char === '{' && !escapedChar) depth += 1;
          if (char === '}' && !escapedChar) depth -= 1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});

describe('toBibLaTeX', () => {
  it('writes zero-padded ISO dates and the genre as type, read back by an independent parser', () => {
    const [release, event, initiative] = parsedBib(toBibLaTeX(all));
    expect(release?.fields.date).toBe('2021-02-01');
    expect(release?.fields.type).toBe('Press release');
    expect(release?.fields.langid).toBe('english');
    expect(event?.fields.date).toBe('2021-02-01');
    expect(event?.fields.eventdate).toBe('2021-02-01');
    expect(event?.fields.type).toBe('Webinar');
    expect(event?.fields.title).toBe(webinar.title);
    expect(initiative?.fields.date).toBe('2019/2022');
    expect(initiative?.fields.author).toEqual([
      { name: 'United Nations Office on Drugs and Crime' },
    ]);
  });
});

const readRis = (text: string) =>
  plugins.input.chain(text, { generateGraph: false }) as Record<string, unknown>[];

describe('toRis', () => {
  it('writes the press release so that citation-js reads back the same CSL item', () => {
    expect(toRis(pressRelease)).toContain('TY  - GEN\r\n');
    expect(readRis(toRis(pressRelease))).toEqual([pressRelease]);
  });

  it('never wraps a line and zero-pads dates', () => {
    const long: CslItem = { ...pressRelease, title: 'word '.repeat(200).trim() };
    const lines = toRis(long).split('\r\n');
    expect(lines).toContain(`TI  - ${long.title}`);
    expect(lines).toContain('DA  - 2021/02/01/');
    expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('reads back the webinar and the programme (RIS keeps one date and no event date)', () => {
    const [event, initiative] = readRis(toRis([webinar, programme]));
    const { 'event-date': _eventDate, ...eventWithoutEventDate } = webinar;
    expect(event).toEqual({ ...eventWithoutEventDate, type: 'document' });
    expect(initiative).toEqual({ ...programme, issued: { 'date-parts': [[2019]] } });
  });

  it('keeps any single-line text on its own line (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const lines = toRis({ id: 'x', type: 'document', title }).split('\r\n');
        expect(lines.filter((line) => line.startsWith('TY  - ')).length).toBe(1);
        expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
      }),
    );
  });
});

describe('toCslJson', () => {
  it('writes a JSON array that parses back to the same items', () => {
    expect(JSON.parse(toCslJson(all))).toEqual(all);
    expect(toCslJson(pressRelease).endsWith('}\n]\n')).toBe(true);
  });

  it('rejects duplicate ids with the path of the second', () => {
    expect(() => toCslJson([pressRelease, pressRelease])).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: 'items.1.id' }),
    );
  });
});
