import type { CslDate, CslItem, CslName } from '../csl/types.js';
import { CiteError } from '../errors.js';
import { accessDay } from '../internal/access-date.js';

/** Accepts one item or a list, and checks the fields every exporter relies on. */
export function itemList(input: CslItem | readonly CslItem[]): readonly CslItem[] {
  const items = Array.isArray(input) ? (input as readonly CslItem[]) : [input as CslItem];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (
      item === null ||
      typeof item !== 'object' ||
      typeof item.id !== 'string' ||
      item.id === ''
    ) {
      throw new CiteError(
        'INVALID_INPUT',
        'expected a CSL-JSON item with a non-empty string `id`; make items with toCsl()',
        { path: ['items', index, 'id'] },
      );
    }
    if (seen.has(item.id)) {
      throw new CiteError(
        'INVALID_INPUT',
        `duplicate id ${JSON.stringify(item.id)}; give each item its own id`,
        { path: ['items', index, 'id'] },
      );
    }
    seen.add(item.id);
  });
  return items;
}

/**
 * Collapses line breaks, runs of white space and control characters to one space: every
 * exporter writes one line per field.
 */
export function oneLine(value: string): string {
  return value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** A name as one display string: an institution's literal, or "Family, Given". */
export function nameText(name: CslName): string {
  if ('literal' in name) return oneLine(name.literal);
  // An empty part is left out, so no name starts or ends with a comma.
  return [name.family, name.given ?? '']
    .map(oneLine)
    .filter((part) => part !== '')
    .join(', ');
}

/** Year, month and day of the first date of a CSL date (month and day may be absent). */
export function dateParts(date: CslDate | undefined, which = 0): readonly number[] | undefined {
  return date?.['date-parts'][which];
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, zero-padded. */
export function isoDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return [String(year).padStart(4, '0'), month, day]
    .filter((part) => part !== undefined)
    .map((part, index) => (index === 0 ? part : String(part).padStart(2, '0')))
    .join('-');
}

/**
 * Options of the BibTeX, BibLaTeX and RIS writers.
 *
 * @example
 * ```ts
 * import { type ExportOptions, toBibLaTeX, toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const options: ExportOptions = { accessed: '2024-05-02' };
 * console.log(toBibLaTeX(toCsl(getPressRelease()), options)); // @online{…, urldate = {2024-05-02}}
 * ```
 */
export interface ExportOptions {
  /**
   * The day you consulted the items that have a URL, `YYYY-MM-DD`: BibLaTeX and BibTeX `urldate`,
   * RIS `Y2`. Without it no access date is written (the SDK never uses the clock).
   */
  readonly accessed?: string;
}

/** The checked `accessed` option as `[year, month, day]`. */
export function accessedDate(options: ExportOptions): readonly number[] | undefined {
  return options.accessed === undefined ? undefined : accessDay(options.accessed);
}

/**
 * Each item's key in a format with a narrower id syntax (`derive` maps an id to it, `fold` gives
 * the form the format compares). Two items with the same key would silently become one, so that
 * is an error naming the second item.
 */
export function derivedKeys(
  items: readonly CslItem[],
  derive: (id: string) => string,
  fold: (key: string) => string,
  rule: string,
): readonly string[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const key = derive(item.id);
    const previous = seen.get(fold(key));
    if (previous !== undefined) {
      throw new CiteError(
        'INVALID_INPUT',
        `id ${JSON.stringify(item.id)} gives the key ${JSON.stringify(key)}, which item ${previous} already has (${rule}); give the items ids that differ in those characters`,
        { path: ['items', index, 'id'] },
      );
    }
    seen.set(fold(key), index);
    return key;
  });
}
