import type { CslDate, CslItem, CslName } from '../csl/types.js';
import { CiteError } from '../errors.js';

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
        `items.${index}.id`,
        'expected a CSL-JSON item with a non-empty string `id`; make items with toCsl()',
      );
    }
    if (seen.has(item.id)) {
      throw new CiteError(
        'INVALID_INPUT',
        `items.${index}.id`,
        `duplicate id ${JSON.stringify(item.id)}; give each item its own id`,
      );
    }
    seen.add(item.id);
  });
  return items;
}

/** Collapses line breaks and runs of white space: every exporter writes one line per field. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A name as one display string: an institution's literal, or "Family, Given". */
export function nameText(name: CslName): string {
  if ('literal' in name) return oneLine(name.literal);
  return oneLine(name.given === undefined ? name.family : `${name.family}, ${name.given}`);
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
