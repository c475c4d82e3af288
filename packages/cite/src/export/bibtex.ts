import type { CslItem } from '../csl/types.js';
import { dateParts, isoDate, itemList, nameText, oneLine } from './shared.js';

const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
};

/**
 * Escapes text for a BibTeX/BibLaTeX field value: LaTeX special characters made literal, braces
 * balanced, TeX ligatures (`--`, `''`) broken, white space collapsed to one line.
 *
 * @param value - Any text.
 * @returns The text to put between the braces of a field.
 * @example
 * ```ts
 * import { escapeLatex } from '@track4tip/cite';
 * console.log(escapeLatex('50% & more_')); // 50\% \& more\_
 * ```
 */
export function escapeLatex(value: string): string {
  return (
    oneLine(value)
      .replace(/[\\{}$&#^_%~]/g, (char) => LATEX_SPECIAL[char] as string)
      // TeX ligatures (-- ’’ `` << >> ?` !`) would change the text: break them with an empty group.
      .replace(/([-'`<>])(?=\1)/g, '$1{}')
      .replace(/([?!])(?=`)/g, '$1{}')
  );
}

// Words with capitals after their first letter (UNODC, TRACK4TIP) keep their case in styles that
// lower-case titles.
function protectTitle(value: string): string {
  return escapeLatex(value)
    .split(' ')
    .map((word) => (/^[^A-Za-z]*[A-Za-z][^\s]*[A-Z]/.test(word) ? `{${word}}` : word))
    .join(' ');
}

// URL fields are read verbatim: only characters that would break the braces or the line are encoded.
function urlValue(value: string): string {
  return value.replace(
    /[{}\\\s%]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

function authors(item: CslItem): string | undefined {
  if (item.author === undefined || item.author.length === 0) return undefined;
  return item.author
    .map((name) =>
      'literal' in name ? `{${escapeLatex(name.literal)}}` : escapeLatex(nameText(name)),
    )
    .join(' and ');
}

function entry(
  type: string,
  key: string,
  fields: readonly (readonly [string, string | undefined])[],
): string {
  const present = fields.filter(
    (field): field is readonly [string, string] => field[1] !== undefined,
  );
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

const braced = (value: string | undefined) => (value === undefined ? undefined : `{${value}}`);

/**
 * Writes CSL-JSON items as BibTeX `@misc` entries: institutional authors in double braces, `month`
 * as a bare macro (`feb`, never `{feb 1}`; BibTeX has no day), the genre in `note`, the URL in
 * `url`. Output is UTF-8 and one line per field.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @returns The BibTeX text, entries separated by a blank line.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id or duplicate ids.
 * @example
 * ```ts
 * import { toBibTeX, toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * console.log(toBibTeX(toCsl(getPressRelease())));
 * ```
 */
export function toBibTeX(items: CslItem | readonly CslItem[]): string {
  return itemList(items)
    .map((item) => {
      const start = dateParts(item.issued);
      const end = dateParts(item.issued, 1);
      const year =
        start?.[0] === undefined
          ? undefined
          : end?.[0] === undefined
            ? `${start[0]}`
            : `${start[0]}--${end[0]}`;
      const month =
        end === undefined && start?.[1] !== undefined ? MONTHS[start[1] - 1] : undefined;
      return entry('misc', citationKey(item.id), [
        ['author', braced(authors(item))],
        ['title', braced(item.title === undefined ? undefined : protectTitle(item.title))],
        ['year', braced(year)],
        ['month', month],
        ['note', braced(item.genre === undefined ? undefined : escapeLatex(item.genre))],
        ['url', braced(item.URL === undefined ? undefined : urlValue(item.URL))],
      ]);
    })
    .join('\n');
}

/**
 * Writes CSL-JSON items as BibLaTeX `@misc` entries with ISO 8601 `date` (zero-padded,
 * `2019/2022` for a range), the genre in `type`, and `langid` where the language is known.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @returns The BibLaTeX text, entries separated by a blank line.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id or duplicate ids.
 * @example
 * ```ts
 * import { toBibLaTeX, toCsl } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * console.log(toBibLaTeX(toCsl(getEvent('unodc-webinar'))));
 * ```
 */
export function toBibLaTeX(items: CslItem | readonly CslItem[]): string {
  return itemList(items)
    .map((item) => {
      const start = dateParts(item.issued);
      const end = dateParts(item.issued, 1);
      const date =
        start === undefined
          ? undefined
          : end === undefined
            ? isoDate(start)
            : `${isoDate(start)}/${isoDate(end)}`;
      const eventDate = dateParts(item['event-date']);
      return entry('misc', citationKey(item.id), [
        ['author', braced(authors(item))],
        ['title', braced(item.title === undefined ? undefined : protectTitle(item.title))],
        ['type', braced(item.genre === undefined ? undefined : escapeLatex(item.genre))],
        ['date', braced(date)],
        ['eventdate', braced(eventDate === undefined ? undefined : isoDate(eventDate))],
        ['url', braced(item.URL === undefined ? undefined : urlValue(item.URL))],
        [
          'langid',
          braced(
            item.language === undefined
              ? undefined
              : LANGIDS[item.language.split('-')[0] as string],
          ),
        ],
      ]);
    })
    .join('\n');
}

// babel/polyglossia language names for the `langid` field.
const LANGIDS: Readonly<Record<string, string>> = {
  en: 'english',
  es: 'spanish',
  pt: 'portuguese',
  nl: 'dutch',
  fr: 'french',
};
