// `&`, `<`, `>` and both quotes are all HTML needs escaped in text and in quoted attribute values.
// A carriage return is written as a character reference because a parser turns a literal one
// into a line feed; NUL, which no parser keeps, is written as the U+FFFD a parser would make of it.
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\0': '\uFFFD',
};

/** Text escaped for an HTML element's content or a quoted attribute value (internal). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\r\0]/g, (character) => ESCAPES[character] ?? character);
}
