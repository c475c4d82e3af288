// markdown-it ships no types; the tests use only its parser and renderer.
declare module 'markdown-it' {
  interface Token {
    type: string;
    tag: string;
    content: string;
    attrs: [string, string][] | null;
    children: Token[] | null;
  }
  interface MarkdownIt {
    parse(source: string, env: object): Token[];
    render(source: string): string;
  }
  const markdownit: (options?: { html?: boolean; linkify?: boolean }) => MarkdownIt;
  export default markdownit;
}
