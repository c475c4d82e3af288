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

/** Escapes text so that Markdown renders it literally (no emphasis, links, HTML or code). */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>#|~!&]/g, '\\$&');
}
