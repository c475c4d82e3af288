import type { CslItem } from '../csl/types.js';
import { plainText } from './rich-text.js';
import {
  accessedDate,
  dateParts,
  derivedKeys,
  type ExportOptions,
  isoDate,
  itemList,
  nameText,
  oneLine,
} from './shared.js';

// Reference types chosen by how Zotero's RIS importer reads them (RIS.js): ELEC is a web page
// (M3 → "Website Type"), SLIDE a presentation (M3 → "Presentation Type"), RPRT a report (M3 →
// "Report Type"). GEN, the specification's generic type, is imported by Zotero as a journal
// article, whose M3 is read as a DOI: only items that fit none of the others are GEN.
function risType(item: CslItem): string {
  if (item.type === 'webpage') return 'ELEC';
  if (item.type === 'event' || item.type === 'speech') return 'SLIDE';
  if (item.type === 'report') return 'RPRT';
  return item.URL === undefined ? 'GEN' : 'ELEC';
}

// RIS dates are YYYY/MM/DD/other, zero-padded; missing parts stay empty.
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  const pad = (value: number | undefined) =>
    value === undefined ? '' : String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}/`;
}

// RIS has no date range. `2019–2022` or `2025-03-10–2025-03-11` (en dash) is what both Zotero
// (which keeps a DA it cannot split into YYYY/MM/DD as written) and citation-js (which reads it as
// a range) keep whole; the slash form would be read as year 2019, month 20 or as 2022/2019.
function risRange(start: readonly number[], end: readonly number[]): string {
  return `${isoDate(start)}–${isoDate(end)}`;
}

// The specification allows only A-Z and 0-9 in ID, at most 20 of them. An id that already fits
// (ignoring case) is kept; any other is shortened and suffixed with a hash of the whole id, so
// distinct ids stay distinct.
function risId(id: string): string {
  const upper = id.toUpperCase();
  const kept = upper.replace(/[^A-Z0-9]/g, '');
  if (kept === upper && kept.length > 0 && kept.length <= 20) return kept;
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kept.slice(0, 13)}${hash.toString(36).toUpperCase().padStart(7, '0')}`;
}

const risIds = (items: readonly CslItem[]) =>
  derivedKeys(items, risId, (key) => key, 'RIS IDs ignore case and allow only A-Z and 0-9');

/**
 * Writes CSL-JSON items as RIS, typed by how Zotero imports them: `SLIDE` (presentation) for
 * events and speeches, `RPRT` for reports, `ELEC` (web page) for web pages and other items with a
 * URL, `GEN` otherwise. The genre goes in `M3`, an event's title in `T2`, its place (or the
 * publisher's) in `CY`, the publisher in `PB`, the short title in `ST`, the note in `N1`, the
 * language in `LA`, the URL in `UR`. One tag per line, lines never wrapped, dates zero-padded
 * (`DA  - 2021/02/01/`), a range kept whole (`DA  - 2019–2022`, an event's days
 * `DA  - 2025-03-10–2025-03-11`, with its first year in `PY`), titles as plain text
 * (RIS has no markup), `ID` restricted to the specification's 20 characters A-Z and 0-9. CRLF
 * line ends, each record ends with `ER  - ` and records are separated by a blank line.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @param options - The day you consulted the items online (`accessed`, written as `Y2`).
 * @returns The RIS text.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id, duplicate ids or RIS IDs, or
 *   an `accessed` that is not a `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { toCsl, toRis } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * console.log(toRis(toCsl(getPressRelease()), { accessed: '2024-05-02' })); // TY  - ELEC …
 * ```
 */
export function toRis(items: CslItem | readonly CslItem[], options: ExportOptions = {}): string {
  const list = itemList(items);
  const accessed = accessedDate(options);
  const ids = risIds(list);
  return list
    .map((item, index) => {
      const lines: string[] = [`TY  - ${risType(item)}`];
      const add = (tag: string, value: string | undefined) => {
        if (value !== undefined && oneLine(value) !== '') lines.push(`${tag}  - ${oneLine(value)}`);
      };
      add('TI', item.title === undefined ? undefined : plainText(item.title));
      for (const name of item.author ?? []) add('AU', nameText(name));
      const start = dateParts(item.issued);
      const end = dateParts(item.issued, 1);
      add('PY', start?.[0] === undefined ? undefined : String(start[0]).padStart(4, '0'));
      if (start !== undefined) add('DA', end === undefined ? risDate(start) : risRange(start, end));
      add('M3', item.genre);
      // T2 is a presentation's meeting name for Zotero; CY its place (or a publisher's).
      if (item.type === 'event' || item.type === 'speech') add('T2', item['event-title']);
      add('CY', item['event-place'] ?? item['publisher-place']);
      add('PB', item.publisher);
      add('ST', item['title-short'] === undefined ? undefined : plainText(item['title-short']));
      add('N1', item.note);
      add('LA', item.language);
      add('UR', item.URL);
      if (item.URL !== undefined && accessed !== undefined) add('Y2', risDate(accessed));
      add('ID', ids[index]);
      lines.push('ER  - ');
      return `${lines.join('\r\n')}\r\n`;
    })
    .join('\r\n');
}
