const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/**
 * Escapes text so that Markdown renders it literally, on one line: no emphasis, links, HTML, code,
 * headings or lists (a line break, which could start a block, becomes a space).
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>#|~!&]/g, '\\$&');
}
