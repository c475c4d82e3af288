import type { CslDate, CslItem, CslName } from '../csl/types.js';
import { parseRichText, plainText, type RichTextMark, type RichTextNode } from './rich-text.js';
import {
  accessedDate,
  dateParts,
  derivedKeys,
  type ExportOptions,
  isoDate,
  itemList,
  oneLine,
} from './shared.js';

// BibTeX counts every brace of a field, escaped or not (`\{` opens a group as far as BibTeX is
// concerned), so literal braces and the other characters LaTeX treats specially are written as
// commands. Commands are wrapped in braces (`{\textless}`): a BibTeX "special character", whose
// name no style's case change can alter.
const LATEX_SPECIAL: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '<': '{\\textless}',
  '>': '{\\textgreater}',
  '|': '{\\textbar}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '%': '\\%',
});

/**
 * Escapes text for a BibTeX/BibLaTeX field value: LaTeX special characters made literal (braces,
 * `<`, `>`, `\` as brace-balanced commands such as `{\textbraceleft}`, because BibTeX counts
 * `\{` as a brace), TeX ligatures (`--`, `''`) broken, white space collapsed to one line. The
 * result never changes BibTeX's brace depth, so no text can end a field or start an entry.
 *
 * @param value - Any text.
 * @returns The text to put between the braces of a field.
 * @example
 * ```ts
 * import { escapeLatex } from '@track4tip/cite';
 * console.log(escapeLatex('50% & more_ :}')); // 50\% \& more\_ :{\textbraceright}
 * ```
 */
export function escapeLatex(value: string): string {
  return latexText(oneLine(value));
}

function latexText(value: string): string {
  return breakLigatures(
    value.replace(/[\\{}<>|~^$&#_%]/g, (char) => LATEX_SPECIAL[char] as string),
  );
}

// TeX ligatures (-- ’’ `` ?` !`) would change the text: break them with an empty group. Escaped
// text never holds a `\` before these characters, so no accent command (`\'`) is split.
function breakLigatures(latex: string): string {
  return latex.replace(/([-'`])(?=\1)/g, '$1{}').replace(/([?!])(?=`)/g, '$1{}');
}

// A brace group protects its content from a style's case change, unless it opens with a command
// (`{\…}` is a BibTeX special character, whose letters are case-changed): start those with `{}`.
function protect(latex: string): string {
  return latex.startsWith('\\') ? `{{}${latex}}` : `{${latex}}`;
}

// Words with capitals after their first letter (UNODC, TRACK4TIP) keep their case in styles that
// lower-case titles.
function protectWords(latex: string): string {
  return latex
    .split(' ')
    .map((word) => (/^[^A-Za-z]*[A-Za-z][^\s]*[A-Z]/.test(word) ? protect(word) : word))
    .join(' ');
}

// CSL rich text → LaTeX. Marked text stays case-changeable (`{\textit{…}}` is a special
// character), as it is in CSL; `nocase` is a protected brace group. `\textit`, `\textbf` and
// `\textsc` are the commands Zotero's BibTeX importer reads back as rich text (it does not know
// `\emph`).
const LATEX_MARKS: Readonly<Record<Exclude<RichTextMark, 'nocase'>, string>> =
  /* @__PURE__ */ Object.freeze({
    italic: '\\textit',
    bold: '\\textbf',
    superscript: '\\textsuperscript',
    subscript: '\\textsubscript',
    'small-caps': '\\textsc',
  });

function richTextToLatex(nodes: readonly RichTextNode[], protectCase: boolean): string {
  return nodes
    .map((node) => {
      if ('text' in node) {
        const text = latexText(node.text);
        return protectCase ? protectWords(text) : text;
      }
      const inner = richTextToLatex(node.children, protectCase && node.mark !== 'nocase');
      // Markup around nothing but spaces has nothing to mark.
      if (inner.trim() === '') return inner;
      return node.mark === 'nocase' ? protect(inner) : `{${LATEX_MARKS[node.mark]}{${inner}}}`;
    })
    .join('');
}

function titleValue(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  // Empty markup is dropped, so the text on either side of it meets: break ligatures again there.
  return breakLigatures(richTextToLatex(parseRichText(oneLine(title)), true).trim());
}

// URL fields are read verbatim (BibLaTeX, hyperref, `\url`): only what would change BibTeX's
// brace depth or break the line is percent-encoded, and `$`, which Better BibTeX's parser (Zotero's
// import) reads as the start of math even in a URL. An existing `%20` is left alone.
function urlValue(value: string): string {
  return value
    .trim()
    .replace(
      /[{}\\\s$]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

const MONTHS = /* @__PURE__ */ Object.freeze([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]);

// BibTeX has a year and a month, no day: a range of days within one month is that month (an event
// of 10–11 March 2025 is `year = {2025}, month = mar`); a range of months keeps the year alone; a
// range of years is `2019--2022`.
function yearAndMonth(date: CslDate | undefined): { year?: string; month?: string } {
  const start = dateParts(date);
  const end = dateParts(date, 1) ?? start;
  if (start?.[0] === undefined || end?.[0] === undefined) return {};
  if (end[0] !== start[0]) return { year: `${start[0]}--${end[0]}` };
  const month = start[1] !== undefined && end[1] === start[1] ? MONTHS[start[1] - 1] : undefined;
  return month === undefined ? { year: `${start[0]}` } : { year: `${start[0]}`, month };
}

// Citation keys: the characters every BibTeX tool accepts. BibTeX compares keys without case.
const citationKeys = (items: readonly CslItem[]) =>
  derivedKeys(
    items,
    (id) => id.replace(/[^A-Za-z0-9_:.-]/g, '-'),
    (key) => key.toLowerCase(),
    'BibTeX keys ignore case and allow only A-Z, a-z, 0-9 and _:.-',
  );

// BibTeX splits a name list at the word "and" and a name at commas, outside braces: an institution
// is one braced literal, and a name part that contains either is braced too, as is one with a
// hyphen at either end (BibTeX reads it as a separator with nothing beside it).
function namePart(value: string, separators = /(?:^|\s)and(?:\s|$)|,|^-|-$/i): string {
  const latex = escapeLatex(value);
  return separators.test(latex) ? protect(latex) : latex;
}

// A name with nothing to print is left out (BibTeX would read "A and  and B" as an empty name). A
// name of one part is braced if it has spaces: without a comma, BibTeX would read "Le Corbusier"
// as a first and a last name.
function authorName(name: CslName): string | undefined {
  if ('literal' in name) {
    const literal = escapeLatex(name.literal);
    return literal === '' ? undefined : protect(literal);
  }
  const family = oneLine(name.family);
  const given = name.given === undefined ? '' : oneLine(name.given);
  if (family !== '' && given !== '') return `${namePart(family)}, ${namePart(given)}`;
  const only = family === '' ? given : family;
  return only === '' ? undefined : namePart(only, /\s|,|^and$|^-|-$/i);
}

function authors(item: CslItem): string | undefined {
  const names = (item.author ?? []).flatMap((name) => authorName(name) ?? []);
  return names.length === 0 ? undefined : names.join(' and ');
}

type Field = readonly [string, string | undefined];

function entry(type: string, key: string, fields: readonly Field[]): string {
  const present = fields.filter(
    (field): field is readonly [string, string] => field[1] !== undefined,
  );
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

const braced = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : `{${value}}`;
const text = (value: string | undefined) =>
  braced(value === undefined ? undefined : escapeLatex(value));
// BibLaTeX's `organization` and `location` (which BibTeX's `address` becomes for Biber) are lists
// split at the word "and", like names: a publisher or a place is one item ("Ministry of Justice
// and Security").
const listItem = (value: string | undefined) =>
  braced(value === undefined ? undefined : namePart(value, /(?:^|\s)and(?:\s|$)/i));

// The writers' common fields, in the order both write them.
function commonFields(item: CslItem, accessed: readonly number[] | undefined) {
  return {
    author: ['author', braced(authors(item))] as Field,
    title: ['title', braced(titleValue(item.title))] as Field,
    url: ['url', braced(item.URL === undefined ? undefined : urlValue(item.URL))] as Field,
    urldate: [
      'urldate',
      braced(item.URL === undefined || accessed === undefined ? undefined : isoDate(accessed)),
    ] as Field,
  };
}

/**
 * Writes CSL-JSON items as BibTeX `@misc` entries (classic BibTeX has no type for web pages,
 * press releases or events): institutional authors in double braces, `month` as a bare macro
 * (`feb`, never `{feb 1}`; BibTeX has no day, so an event of 10–11 March is `year = {2025}` and
 * `month = mar`, a range across months the year alone, across years `2019--2022`), `key` (for
 * sorting) when there is no author, the publisher in `howpublished`, the genre in `note`, an event's place in `address` (Zotero's
 * place; `plain.bst` does not print it), the URL in `url`, the access date you give in `urldate`. CSL rich text in
 * titles becomes LaTeX (`<i>` → `\textit`, nocase → a brace group). Output is UTF-8 and one line
 * per field; the `bibtex` program formats the entries with the standard `plain` style without
 * warnings (an entry with neither author nor title aside).
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @param options - The day you consulted the items online (`accessed`).
 * @returns The BibTeX text, entries separated by a blank line.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id, duplicate ids or citation
 *   keys, or an `accessed` that is not a `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { toBibTeX, toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * console.log(toBibTeX(toCsl(getPressRelease())));
 * ```
 */
export function toBibTeX(items: CslItem | readonly CslItem[], options: ExportOptions = {}): string {
  const list = itemList(items);
  const accessed = accessedDate(options);
  const keys = citationKeys(list);
  return list
    .map((item, index) => {
      const { year, month } = yearAndMonth(item.issued);
      const common = commonFields(item, accessed);
      // Styles sort (and alpha.bst labels) by `key` when there is no author.
      const titleText = oneLine(plainText(item.title ?? ''));
      const sortKey =
        common.author[1] === undefined ? text(titleText === '' ? item.id : titleText) : undefined;
      return entry('misc', keys[index] as string, [
        common.author,
        ['key', sortKey],
        common.title,
        // The publisher of a work its authors did not publish themselves (a report by people
        // of an institution), as `plain.bst` prints it for @misc.
        ['howpublished', text(item.publisher)],
        ['year', braced(year)],
        ['month', month],
        ['note', text(item.genre)],
        ['address', listItem(item['event-place'])],
        common.url,
        common.urldate,
      ]);
    })
    .join('\n');
}

// BibLaTeX dates are ISO 8601, a range written `start/end` (`2025-03-10/2025-03-11`).
function isoRange(date: CslDate | undefined): string | undefined {
  const start = dateParts(date);
  const end = dateParts(date, 1);
  if (start === undefined) return undefined;
  return end === undefined ? isoDate(start) : `${isoDate(start)}/${isoDate(end)}`;
}

// An item with a URL is cited as the web page it is (`@online`, which Zotero imports as a web
// page), except an event, whose page is not the event itself. Everything else is `@misc`.
function biblatexType(item: CslItem): 'online' | 'misc' {
  if (item.type === 'webpage') return 'online';
  return item.URL !== undefined && item.type !== 'event' ? 'online' : 'misc';
}

/**
 * Writes CSL-JSON items as BibLaTeX entries: `@online` for items with a URL (except events),
 * `@misc` otherwise; ISO 8601 `date` and `eventdate` (zero-padded, `start/end` for a range:
 * `2019/2022`, `2025-03-10/2025-03-11`), the genre in `type`, `eventtitle`, the event's place in
 * `venue` ("Quito, Ecuador"), the publisher in `organization` (its place in
 * `location`), `number`, `shorttitle`, `note`, `urldate` from the `accessed` option, and `langid`
 * where the language is known. CSL rich text in titles becomes LaTeX, as in {@link toBibTeX}.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @param options - The day you consulted the items online (`accessed`).
 * @returns The BibLaTeX text, entries separated by a blank line.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id, duplicate ids or citation
 *   keys, or an `accessed` that is not a `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { toBibLaTeX, toCsl } from '@track4tip/cite';
 * import { getEvent, getPressRelease } from '@track4tip/core';
 * const items = [toCsl(getPressRelease()), toCsl(getEvent('unodc-webinar'))];
 * console.log(toBibLaTeX(items, { accessed: '2024-05-02' })); // @online{…} and @misc{…}
 * ```
 */
export function toBibLaTeX(
  items: CslItem | readonly CslItem[],
  options: ExportOptions = {},
): string {
  const list = itemList(items);
  const accessed = accessedDate(options);
  const keys = citationKeys(list);
  return list
    .map((item, index) => {
      const common = commonFields(item, accessed);
      return entry(biblatexType(item), keys[index] as string, [
        common.author,
        common.title,
        ['type', text(item.genre)],
        ['date', braced(isoRange(item.issued))],
        ['eventdate', braced(isoRange(item['event-date']))],
        ['eventtitle', text(item['event-title'])],
        ['venue', text(item['event-place'])],
        ['organization', listItem(item.publisher)],
        ['location', listItem(item['publisher-place'])],
        ['number', text(item.number)],
        ['shorttitle', braced(titleValue(item['title-short']))],
        ['note', text(item.note)],
        common.url,
        common.urldate,
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
const LANGIDS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  en: 'english',
  es: 'spanish',
  pt: 'portuguese',
  nl: 'dutch',
  fr: 'french',
});
