import { type CitableEntity, type CslDate, type CslName, toCsl } from '@track4tip/cite';
import type { Dataset } from '@track4tip/core';
import type { CitationName, HeadCitation } from '../types.js';

const pad = (value: number | undefined): string => String(value).padStart(2, '0');

/** One CSL date part as ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function isoDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return [
    String(year),
    ...(month === undefined ? [] : [pad(month)]),
    ...(day === undefined ? [] : [pad(day)]),
  ].join('-');
}

// An event's span of days is dated by its first day, the day it was held; a programme's span of
// years is no date of publication, so it gives none.
function dateOf(issued: CslDate | undefined, isEvent: boolean): string | undefined {
  const parts = issued?.['date-parts'];
  const first = parts?.[0];
  if (first === undefined || (parts !== undefined && parts.length > 1 && !isEvent))
    return undefined;
  return isoDate(first);
}

function nameOf(name: CslName, data: Dataset): CitationName {
  if ('literal' in name) {
    // cite names people "as printed" with literal names too: a person is one of the data's people.
    const person = data.people?.some((candidate) => candidate.name === name.literal) ?? false;
    return { name: name.literal, institution: !person };
  }
  // The person the parts are of, for the name as printed.
  const person = data.people?.find(
    (candidate) => candidate.familyName === name.family && candidate.givenName === name.given,
  );
  return {
    name: person?.name ?? (name.given === undefined ? name.family : `${name.given} ${name.family}`),
    institution: false,
    family: name.family,
    ...(name.given === undefined ? {} : { given: name.given }),
  };
}

/**
 * A creator as citation managers read one name field: "Family, Given" where the parts are known
 * (Zotero splits at the comma, not at the last space, so "da Silva, Maria" keeps its particle);
 * an organisation or a single name as printed, with a trailing comma where `oneFieldComma` asks
 * for it (Highwire's `citation_author`: one field, never split); else the name as printed.
 */
export function creatorText(author: CitationName, oneFieldComma: boolean): string {
  if (author.family !== undefined && author.given !== undefined) {
    return `${author.family}, ${author.given}`;
  }
  // A single name (an organisation's, or a person's family name alone) is one field.
  const single = author.institution || author.family !== undefined;
  return single && oneFieldComma ? `${author.name},` : author.name;
}

/**
 * The title, creators and date of `entity`'s citation, from cite's CSL item. A work without a title
 * is cited by a description: APA's form of the item carries it bare (as its genre), where the
 * style-neutral item wraps it in square brackets.
 */
export function citationOf(entity: CitableEntity, data: Dataset): HeadCitation {
  const lookups = {
    ...(data.organizations === undefined ? {} : { organizations: data.organizations }),
    ...(data.people === undefined ? {} : { people: data.people }),
  };
  const item = toCsl(entity, lookups);
  const described = toCsl(entity, { ...lookups, style: 'apa' });
  const title = described.title ?? described.genre ?? item.title ?? '';
  const date = dateOf(item.issued, item.type === 'event');
  return {
    type: item.type,
    title,
    authors: (item.author ?? []).map((name) => nameOf(name, data)),
    ...(date === undefined ? {} : { date }),
    ...(item.URL === undefined ? {} : { url: item.URL }),
    ...(item.language === undefined ? {} : { language: item.language }),
    ...(item.publisher === undefined ? {} : { publisher: item.publisher }),
  };
}
