import type { CslItem } from '../csl/types.js';
import { dateParts, itemList, nameText, oneLine } from './shared.js';

// RIS reference types of the RIS specification's list. It has no press-release, event or
// programme type: those are GEN ("generic"), with the genre in M3 ("type of work").
function risType(item: CslItem): string {
  if (item.type === 'report') return 'RPRT';
  if (item.type === 'webpage') return 'ELEC';
  return 'GEN';
}

// RIS dates are YYYY/MM/DD/other, zero-padded; missing parts stay empty.
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  const pad = (value: number | undefined) =>
    value === undefined ? '' : String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}/`;
}

/**
 * Writes CSL-JSON items as RIS: one tag per line (`TY  - GEN`), lines never wrapped, dates
 * zero-padded (`DA  - 2021/02/01/`), CRLF line ends as the format specifies.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @returns The RIS text; each record ends with `ER  - `.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id or duplicate ids.
 * @example
 * ```ts
 * import { toCsl, toRis } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * console.log(toRis(toCsl(getPressRelease())));
 * ```
 */
export function toRis(items: CslItem | readonly CslItem[]): string {
  return itemList(items)
    .map((item) => {
      const lines: string[] = [`TY  - ${risType(item)}`];
      const add = (tag: string, value: string | undefined) => {
        if (value !== undefined && oneLine(value) !== '') lines.push(`${tag}  - ${oneLine(value)}`);
      };
      for (const name of item.author ?? []) add('AU', nameText(name));
      add('TI', item.title);
      const start = dateParts(item.issued);
      const end = dateParts(item.issued, 1);
      add('PY', start?.[0] === undefined ? undefined : String(start[0]).padStart(4, '0'));
      if (start !== undefined && end === undefined) add('DA', risDate(start));
      add('M3', item.genre);
      add('UR', item.URL);
      add('LA', item.language);
      add('ID', item.id);
      lines.push('ER  - ');
      return `${lines.join('\r\n')}\r\n`;
    })
    .join('\r\n');
}
