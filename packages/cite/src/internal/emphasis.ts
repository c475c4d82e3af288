// Markdown emphasis from citeproc-js output. The Markdown output format writes private-use marks
// around styled text instead of `*` and `**`; `resolveEmphasis` then writes each styled run with
// the delimiters only where CommonMark's rules read them as emphasis (a `*` opens only when it is
// "left-flanking" and closes only when it is "right-flanking"; two runs that touch would merge
// their delimiters), and as inline HTML (`<i>`, `<b>`) where they would not.

/** Marks around text in an italic (or oblique) font style. */
export const ITALIC = { start: '\uE000', end: '\uE001' } as const;
/** Marks around text in the normal font style (roman inside italics). */
export const ROMAN = { start: '\uE002', end: '\uE003' } as const;
/** Marks around bold text. */
export const BOLD = { start: '\uE004', end: '\uE005' } as const;
/** Marks around text of normal weight (inside bold). */
export const UPRIGHT = { start: '\uE006', end: '\uE007' } as const;

type Style = 'italic' | 'roman' | 'bold' | 'upright';

const MARKS = /[\uE000-\uE007]/g;
const MARK_STYLE: ReadonlyMap<string, { readonly name: Style; readonly start: boolean }> =
  /* @__PURE__ */ new Map(
    (
      [
        ['italic', ITALIC],
        ['roman', ROMAN],
        ['bold', BOLD],
        ['upright', UPRIGHT],
      ] as const
    ).flatMap(([name, marks]): [string, { name: Style; start: boolean }][] => [
      [marks.start, { name, start: true }],
      [marks.end, { name, start: false }],
    ]),
  );

/** Writes the marks' characters, should a text hold them, as character references. */
export function escapeMarks(text: string): string {
  return text.replace(MARKS, (char) => `&#x${(char.codePointAt(0) as number).toString(16)};`);
}

interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
}

const WHITESPACE = /\s/u;
// CommonMark's "Unicode punctuation character": general categories P and S.
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Appends a run, joined to the last one when both have the same style; empty runs are dropped. */
function appendRun(list: Run[], run: Run): void {
  if (run.text === '') return;
  const last = list.at(-1);
  if (last !== undefined && last.italic === run.italic && last.bold === run.bold)
    last.text += run.text;
  else list.push({ ...run });
}

/** Splits marked output into runs of text with one style each. */
function runs(marked: string): Run[] {
  const result: Run[] = [];
  const styles: Style[] = [];
  let text = '';
  const flush = () => {
    // The innermost font style and weight apply.
    let italic = false;
    let bold = false;
    for (const style of styles) {
      if (style === 'italic' || style === 'roman') italic = style === 'italic';
      else bold = style === 'bold';
    }
    appendRun(result, { text, italic, bold });
    text = '';
  };
  for (const char of marked) {
    const style = MARK_STYLE.get(char);
    if (style === undefined) {
      text += char;
      continue;
    }
    flush();
    if (style.start) styles.push(style.name);
    else styles.pop();
  }
  flush();
  return result;
}

// White space at either end of a styled run is written outside it (`* a*` is no emphasis).
function trimRuns(list: readonly Run[]): Run[] {
  const result: Run[] = [];
  const push = (run: Run) => appendRun(result, run);
  for (const run of list) {
    if (!run.italic && !run.bold) {
      push(run);
      continue;
    }
    const [, before = '', inner = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(run.text) ?? [];
    push({ text: before, italic: false, bold: false });
    push({ ...run, text: inner });
    push({ text: after, italic: false, bold: false });
  }
  return result;
}

const styled = (run: Run | undefined) => run !== undefined && (run.italic || run.bold);

/**
 * Turns citeproc-js output written with the emphasis marks into Markdown.
 *
 * @param marked - One entry or citation, with `ITALIC`, `ROMAN`, `BOLD` and `UPRIGHT` marks.
 * @returns The entry with `*…*`, `**…**` and `***…***` where a CommonMark reader sees emphasis
 *   there, `<i>…</i>` and `<b>…</b>` where it would not.
 */
export function resolveEmphasis(marked: string): string {
  const list = trimRuns(runs(marked));
  let output = '';
  list.forEach((run, index) => {
    if (!styled(run)) {
      output += run.text;
      return;
    }
    const previous = list[index - 1];
    const next = list[index + 1];
    const before = previous?.text.at(-1);
    const after = next === undefined ? undefined : [...next.text][0];
    const chars = [...run.text];
    const first = chars[0] as string;
    const last = chars.at(-1) as string;
    const opens =
      !PUNCTUATION.test(first) ||
      before === undefined ||
      WHITESPACE.test(before) ||
      PUNCTUATION.test(before);
    const closes =
      !PUNCTUATION.test(last) ||
      after === undefined ||
      WHITESPACE.test(after) ||
      PUNCTUATION.test(after);
    // A backslash just before the run would escape its first delimiter.
    let backslashes = 0;
    while (output[output.length - 1 - backslashes] === '\\') backslashes += 1;
    const escaped = backslashes % 2 === 1;
    if (opens && closes && !escaped && !styled(previous) && !styled(next)) {
      const delimiter = run.italic && run.bold ? '***' : run.bold ? '**' : '*';
      output += `${delimiter}${run.text}${delimiter}`;
    } else {
      const inner = run.italic ? `<i>${run.text}</i>` : run.text;
      output += run.bold ? `<b>${inner}</b>` : inner;
    }
  });
  return output;
}
