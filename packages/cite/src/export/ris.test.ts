import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsl } from '../csl/to-csl.js';
import type { CslItem } from '../csl/types.js';
import { toRis } from './ris.js';

const pressRelease = toCsl(getPressRelease());
const webinar = toCsl(getEvent('unodc-webinar'));
const programme = toCsl(getInitiative('track4tip'));

const readRis = (text: string) =>
  plugins.input.chain(text, { generateGraph: false }) as Record<string, unknown>[];

/** Tag/value pairs of each record, as a RIS reader splits them. */
function records(text: string) {
  return text.split('\r\n\r\n').map((record) =>
    record
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => [line.slice(0, 2), line.slice(6)] as const),
  );
}
const tag = (record: readonly (readonly [string, string])[], name: string) =>
  record.filter(([key]) => key === name).map(([, value]) => value);

// How Zotero's RIS import translator (RIS.js in the zotero/translators repository) reads the tags
// we write: the item type per TY, and the Zotero field M3 lands in for that item type.
const ZOTERO_ITEM_TYPE: Readonly<Record<string, string>> = {
  ELEC: 'webpage',
  SLIDE: 'presentation',
  RPRT: 'report',
  GEN: 'journalArticle',
};
const ZOTERO_M3_FIELD: Readonly<Record<string, string>> = {
  webpage: 'websiteType',
  presentation: 'presentationType',
  report: 'reportType',
  journalArticle: 'DOI', // not a DOI, so Zotero drops it
};

describe('toRis', () => {
  it('types the press release as a web page, the webinar as a presentation (Zotero), genre kept', () => {
    const [release, event, initiative] = records(toRis([pressRelease, webinar, programme]));
    const zoteroType = (record: typeof release) =>
      ZOTERO_ITEM_TYPE[tag(record ?? [], 'TY')[0] ?? ''];
    expect(zoteroType(release)).toBe('webpage');
    expect(zoteroType(event)).toBe('presentation');
    expect(ZOTERO_M3_FIELD[zoteroType(release) ?? '']).toBe('websiteType');
    expect(ZOTERO_M3_FIELD[zoteroType(event) ?? '']).toBe('presentationType');
    expect(tag(release ?? [], 'M3')).toEqual(['Press release']);
    expect(tag(event ?? [], 'M3')).toEqual(['Webinar']);
    // Nothing fits a programme better than the generic type.
    expect(tag(initiative ?? [], 'TY')).toEqual(['GEN']);
  });

  it('is read by citation-js as the same item, as a web page with the genre as medium', () => {
    const text = toRis(pressRelease);
    const [id] = tag(records(text)[0] ?? [], 'ID');
    expect(id).toMatch(/^UNODCPRESSREL[A-Z0-9]{7}$/);
    const [read] = readRis(text);
    expect(read).toMatchObject({
      id,
      type: 'webpage',
      medium: pressRelease.genre,
      title: pressRelease.title,
      author: pressRelease.author,
      issued: pressRelease.issued,
      URL: pressRelease.URL,
      language: pressRelease.language,
    });
  });

  it('keeps the programme’s range of years, for Zotero and for citation-js', () => {
    const [record] = records(toRis(programme));
    expect(tag(record ?? [], 'PY')).toEqual(['2019']);
    expect(tag(record ?? [], 'DA')).toEqual(['2019–2022']);
    // Zotero splits DA into year, month and day only when it is YYYY/MM/DD/…; anything else it
    // keeps as written, so the end year is not lost.
    expect(tag(record ?? [], 'DA')[0]).not.toMatch(/^\d+(\/\d{0,2}){0,2}(\/.*)?$/);
    const [read] = readRis(toRis(programme));
    expect(read?.issued).toEqual({ 'date-parts': [[2019], [2022]] });
    expect(read?.genre).toBe('Program');
  });

  it('reads back the webinar through citation-js (RIS keeps one date and no event date)', () => {
    const [read] = readRis(toRis(webinar));
    expect(read?.title).toBe(webinar.title);
    expect(read?.author).toEqual(webinar.author);
    expect(read?.genre).toBe('Webinar');
    expect(read?.issued).toEqual(webinar.issued);
    expect(read).not.toHaveProperty('event-date');
  });

  it('ends each record with "ER  - ", separates records by one blank line, CRLF throughout', () => {
    const text = toRis([pressRelease, webinar, programme]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const blocks = text.split('\r\n\r\n');
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      const lines = block.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe('ER  - ');
    }
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(readRis(text)).toHaveLength(3);
  });

  it('writes IDs of at most 20 characters A-Z and 0-9, distinct for distinct ids', () => {
    const items: CslItem[] = [
      { id: 'ABC123', type: 'document' },
      { id: 'unodc-press-release-2021-02-01', type: 'document' },
      { id: 'unodc-press-release-2021-03-01', type: 'document' },
    ];
    const ids = records(toRis(items)).map((record) => tag(record, 'ID')[0]);
    expect(ids[0]).toBe('ABC123');
    for (const id of ids) expect(id).toMatch(/^[A-Z0-9]{1,20}$/);
    expect(new Set(ids).size).toBe(3);
    expect(() =>
      toRis([
        { id: 'abc', type: 'document' },
        { id: 'ABC', type: 'document' },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['items', 1, 'id'] }));
  });

  it('writes the access date you give as Y2 (Zotero’s access date) for items with a URL', () => {
    const [release, event] = records(toRis([pressRelease, webinar], { accessed: '2024-05-02' }));
    expect(tag(release ?? [], 'Y2')).toEqual(['2024/05/02/']);
    expect(tag(event ?? [], 'Y2')).toEqual([]);
    expect(toRis(pressRelease)).not.toContain('Y2  - ');
  });

  it('writes an event’s title and place, publisher, short title and note where Zotero and citation-js read them', () => {
    const item: CslItem = {
      id: 'full',
      type: 'event',
      title: 'Full <i>item</i>',
      'title-short': '<b>Full</b>',
      'event-title': 'Annual session',
      'event-place': 'Online',
      publisher: 'UNODC',
      note: 'A note',
    };
    const [record] = records(toRis(item));
    expect(
      Object.fromEntries(
        ['T2', 'CY', 'PB', 'ST', 'N1'].map((name) => [name, tag(record ?? [], name)]),
      ),
    ).toEqual({
      T2: ['Annual session'], // Zotero: the presentation's meeting name
      CY: ['Online'], // Zotero: place
      PB: ['UNODC'],
      ST: ['Full'],
      N1: ['A note'],
    });
    expect(readRis(toRis(item))[0]).toMatchObject({
      'title-short': 'Full',
      'publisher-place': 'Online',
      publisher: 'UNODC',
      note: 'A note',
    });
  });

  it('writes titles as plain text: RIS has no markup', () => {
    const item: CslItem = {
      id: 'r',
      type: 'document',
      title: 'The <i>Homo sapiens</i> x<sup>2</sup> <span class="nocase">eBay</span> a < b </i>',
    };
    expect(tag(records(toRis(item))[0] ?? [], 'TI')).toEqual([
      'The Homo sapiens x2 eBay a < b </i>',
    ]);
  });

  it('writes one AU per name with something to print, never a comma at either end', () => {
    const item: CslItem = {
      id: 'names',
      type: 'document',
      title: 'Names',
      author: [
        { family: 'Vila del Castillo', given: 'José' },
        { family: 'Plato', given: ' ' },
        { family: '', given: 'Jan' },
        { family: ' ' },
        { literal: '' },
      ],
    };
    expect(tag(records(toRis(item))[0] ?? [], 'AU')).toEqual([
      'Vila del Castillo, José',
      'Plato',
      'Jan',
    ]);
  });

  it('never wraps a line and zero-pads dates', () => {
    const long: CslItem = { ...pressRelease, title: 'word '.repeat(200).trim() };
    const lines = toRis(long).split('\r\n');
    expect(lines).toContain(`TI  - ${long.title}`);
    expect(lines).toContain('DA  - 2021/02/01/');
    expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('keeps any text on its own line, control characters included (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (title) => {
        const lines = toRis({ id: 'x', type: 'document', title }).split('\r\n');
        expect(lines.filter((line) => line.startsWith('TY  - ')).length).toBe(1);
        expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
        expect(lines.join('')).not.toMatch(/\p{Cc}/u);
      }),
    );
  });
});
