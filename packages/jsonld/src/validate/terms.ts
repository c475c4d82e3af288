// schema.org terms as a document writes them (`EventScheduled`, `schema:EventScheduled`,
// `https://schema.org/EventScheduled`), read back to the names the vocabulary uses.
import { asList, isAbsoluteIri, type JsonObject, keyOf } from './json.js';

/** A term written as `EventScheduled`, `schema:EventScheduled` or `https://schema.org/EventScheduled`. */
export function termName(value: string): string | undefined {
  for (const prefix of ['https://schema.org/', 'http://schema.org/', 'schema:']) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return /^[A-Za-z0-9]+$/.test(value) ? value : undefined;
}
/** A property or type name as the schema.org vocabulary spells it (IRIs and `schema:` stripped). */
export const localName = (value: string): string => {
  const term = termName(value);
  return term !== undefined && term !== '' ? term : value;
};
/**
 * True when a term is written like schema.org's but is not one of its forms
 * (`https://www.schema.org/Event`, `Schema:Event`): a misspelling, not another vocabulary.
 */
export const isSchemaLookalike = (key: string): boolean =>
  termName(key) === undefined &&
  /^(?:[a-z][a-z0-9+.-]*:\/\/(?:[\w-]+\.)*schema\.org\/|schema:)/i.test(key);
/** True when a key is an absolute IRI outside schema.org (another vocabulary: not checked). */
export const isForeignIri = (key: string): boolean =>
  termName(key) === undefined && !isSchemaLookalike(key) && isAbsoluteIri(key);

/** The schema.org types of a node, as written and as schema.org names them. */
export function typesOf(node: JsonObject): { written: string; name: string }[] {
  return asList(node[keyOf(node, '@type')])
    .filter((type): type is string => typeof type === 'string')
    .map((written) => ({ written, name: localName(written) }));
}
