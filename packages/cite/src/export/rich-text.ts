// CSL rich text in titles: the six tags of the CSL-JSON specification, read the way citeproc-js
// reads them (a tag counts only when it is one of these exact strings and is closed in order;
// anything else, such as `a < b` or a stray `</i>`, is literal text).

/** The kinds of CSL rich-text markup. */
export type RichTextMark =
  | 'italic'
  | 'bold'
  | 'superscript'
  | 'subscript'
  | 'small-caps'
  | 'nocase';

/** A parsed title: text runs and marked runs, nested as in the source. */
export type RichTextNode =
  | { readonly text: string }
  | { readonly mark: RichTextMark; readonly children: readonly RichTextNode[] };

const OPEN_TAGS: Readonly<Record<string, RichTextMark>> = /* @__PURE__ */ Object.freeze({
  '<i>': 'italic',
  '<b>': 'bold',
  '<sup>': 'superscript',
  '<sub>': 'subscript',
  '<span style="font-variant:small-caps;">': 'small-caps',
  '<span class="nocase">': 'nocase',
});

const CLOSE_TAGS: Readonly<Record<RichTextMark, string>> = /* @__PURE__ */ Object.freeze({
  italic: '</i>',
  bold: '</b>',
  superscript: '</sup>',
  subscript: '</sub>',
  'small-caps': '</span>',
  nocase: '</span>',
});

const TAG =
  /<i>|<b>|<sup>|<sub>|<span style="font-variant:small-caps;">|<span class="nocase">|<\/i>|<\/b>|<\/sup>|<\/sub>|<\/span>/g;

interface Token {
  readonly value: string;
  readonly open?: RichTextMark;
}

/**
 * Splits a CSL title into text and markup. Tags pair up like HTML elements; a tag without its
 * partner stays in the text as written.
 */
export function parseRichText(value: string): readonly RichTextNode[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of value.matchAll(TAG)) {
    if (match.index > last) tokens.push({ value: value.slice(last, match.index) });
    const open = OPEN_TAGS[match[0]];
    tokens.push(open === undefined ? { value: match[0] } : { value: match[0], open });
    last = match.index + match[0].length;
  }
  if (last < value.length) tokens.push({ value: value.slice(last) });

  // Pair tags with a stack of open-tag indices; unpaired tags are text.
  const partner = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    if (token.open !== undefined) {
      stack.push(index);
      return;
    }
    const top = stack.at(-1);
    const topMark = top === undefined ? undefined : tokens[top]?.open;
    if (topMark !== undefined && CLOSE_TAGS[topMark] === token.value) {
      partner.set(top as number, index);
      stack.pop();
    }
  });

  const build = (from: number, to: number): RichTextNode[] => {
    const nodes: RichTextNode[] = [];
    const pushText = (text: string) => {
      const previous = nodes.at(-1);
      if (previous !== undefined && 'text' in previous)
        nodes[nodes.length - 1] = { text: previous.text + text };
      else nodes.push({ text });
    };
    for (let index = from; index < to; index += 1) {
      const token = tokens[index] as Token;
      const end = partner.get(index);
      if (token.open !== undefined && end !== undefined) {
        nodes.push({ mark: token.open, children: build(index + 1, end) });
        index = end;
      } else {
        pushText(token.value);
      }
    }
    return nodes;
  };
  return build(0, tokens.length);
}

function richTextToPlain(nodes: readonly RichTextNode[]): string {
  return nodes
    .map((node) => ('text' in node ? node.text : richTextToPlain(node.children)))
    .join('');
}

/** The text of a CSL title without its markup (what RIS, which has no markup, carries). */
export function plainText(value: string): string {
  return richTextToPlain(parseRichText(value));
}
