// How a diagnostic's message quotes the input, and the specifications its `source` cites.

/** schema.org: a term's page is this, then the term. */
export const SCHEMA = 'https://schema.org/';
/** JSON-LD 1.1: the rules of the document's shape are sections of it. */
export const JSON_LD = 'https://www.w3.org/TR/json-ld11/';

/** A string for a message: quoted, and short whatever the input. */
export const show = (value: string): string =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
/** Any value for a message, short whatever it is (one that JSON cannot write is `…`). */
export function showValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return '…';
  }
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
/** A list of names for a message, short whatever the input. */
export const names = (values: readonly string[], joiner = ', '): string =>
  values.length > 5 ? `${values.slice(0, 5).join(joiner)}${joiner}…` : values.join(joiner);
/** A name with its indefinite article: "a Place", "an AggregateOffer". */
export const article = (name: string): string => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
