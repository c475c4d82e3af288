// A value against the ranges of its property: text, ISO 8601 dates, enumeration members, absolute
// URLs, numbers and booleans, typed literals, and the type of an embedded node.
import type { IssuePath } from '@track4tip/core';
import type { Checker } from './checker.js';
import { readIso } from './dates.js';
import { at, isAbsoluteIri, isBlank, type JsonObject, keyOf, keywordOf } from './json.js';
import { article, JSON_LD, names, SCHEMA, show, showValue } from './messages.js';
import { termName } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** What a property's ranges admit, derived once per property from the vocabulary. */
export interface Ranges {
  readonly list: readonly string[];
  /** The ranges for a message: `Text or URL`. */
  readonly expected: string;
  /** The property's schema.org page. */
  readonly source: string;
  /** Whether it takes text proper (Text or a text type other than URL). */
  readonly text: boolean;
  readonly dates: readonly string[];
  /** Whether it takes a time of day (`Time`). */
  readonly time: boolean;
  readonly enumerations: readonly string[];
  readonly number: boolean;
  readonly boolean: boolean;
  readonly url: boolean;
  /** Whether it takes a quantity (a `QuantitativeValue`, `Distance`, `Mass`…), which a number measures. */
  readonly quantity: boolean;
  /** Whether it takes a `Duration`, written as an ISO 8601 duration. */
  readonly duration: boolean;
}

// The classes a bare number measures (without its unit): schema.org's Quantity and its kinds,
// and QuantitativeValue. By name, so a page validator that does not hold them reads them alike.
const QUANTITIES: ReadonlySet<string> = new Set([
  'Quantity',
  'Distance',
  'Duration',
  'Energy',
  'Mass',
  'QuantitativeValue',
]);
// Each vocabulary's ranges by property, derived once and shared by every run over it.
const RANGES = new WeakMap<Vocabulary, Map<string, Ranges>>();

/** The ranges of a property; derived from the static vocabulary, so shared by every call. */
export function rangesFor(checker: Checker, property: string): Ranges {
  const { vocabulary } = checker;
  let derived = RANGES.get(vocabulary);
  if (derived === undefined) {
    derived = new Map();
    RANGES.set(vocabulary, derived);
  }
  const known = derived.get(property);
  if (known !== undefined) return known;
  const { isA, isProperty, rangesOf } = vocabulary;
  const list = rangesOf(property);
  const ranges: Ranges = {
    list,
    expected: names(list, ' or '),
    source: `${SCHEMA}${property}`,
    text: list.some((range) => range === 'Text' || (range !== 'URL' && isA(range, 'Text'))),
    dates: list.filter((range) => range === 'Date' || range === 'DateTime'),
    time: list.includes('Time'),
    enumerations: list.filter((range) => isA(range, 'Enumeration')),
    number: list.some((range) => isA('Number', range) || isA(range, 'Number')),
    boolean: list.includes('Boolean'),
    url: list.includes('URL'),
    quantity: list.some((range) => QUANTITIES.has(range)),
    duration: list.includes('Duration'),
  };
  // Only vocabulary terms are kept, so input cannot grow the table.
  if (isProperty(property)) derived.set(property, ranges);
  return ranges;
}

/**
 * True when a string in a property that takes Text or URL is meant as a URL: it has a scheme, is
 * a path (`/…`, `./…`, `../…`, `//host/…`), starts with `www.`, or is a host or file name with a
 * path or file extension and no spaces.
 */
function looksLikeUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
    /^(?:\/|\.\.?\/|www\.)/i.test(value) ||
    /^[\w.-]+\.[a-z]{2,}\//i.test(value) ||
    /^[\w./-]+\.(?:jpe?g|png|gif|webp|svg|avif|html?|pdf)$/i.test(value)
  );
}

/** A time of day as schema.org's `Time` writes it: `hh:mm[:ss[.sss]]`, with an optional offset. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * An ISO 8601 duration as schema.org's Duration writes it: `P1D`, `PT1H30M`, `P2W`, `PT0.5S`
 * (designators in order, at least one, a time part after `T`).
 */
const DURATION =
  /^P(?=\d|T\d)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

/** A schema.org term written as its full IRI, `https://schema.org/EventScheduled`. */
const SCHEMA_IRI = /^https?:\/\/schema\.org\//;

/** Schemes a reader can follow or act on: web pages, mail, phone numbers, names (URN). */
const WEB_SCHEMES = /^(?:https?|mailto|tel|urn|ftps?|data):/i;

/** An example of each kind of date value, for messages. */
const EXAMPLES: Readonly<Record<string, string>> = {
  Date: '"2021-02-01"',
  DateTime: '"2021-02-01T15:00:00-05:00"',
  Time: '"15:00:00"',
};

/** How to fix an empty value. */
const REMOVE_OR_FILL = 'remove the property or give it a value';

function empty(
  checker: Checker,
  path: IssuePath,
  topId: string | undefined,
  property: string,
): void {
  checker.report(
    'warning',
    'EMPTY_VALUE',
    topId,
    path,
    `"${property}" is an empty string, which says nothing`,
    `${SCHEMA}${property}`,
    REMOVE_OR_FILL,
  );
}

/**
 * Whether a name written as a schema.org term is none of release's classes, properties or
 * enumeration members: a misspelling. Only the whole vocabulary can say so; a page validator's
 * part does not hold every term.
 */
export function isMisspeltTerm(checker: Checker, term: string): boolean {
  const { enumerationsOf, isClass, isProperty, scope } = checker.vocabulary;
  return (
    scope === undefined &&
    // A name of letters and digits, as terms are: `docs/full.html` is another page of the site.
    /^[A-Za-z][A-Za-z0-9]*$/.test(term) &&
    !isClass(term) &&
    !isProperty(term) &&
    !enumerationsOf(term).length
  );
}

/** Checks a string; its path is `base`, then `segment` when given. */
function checkText(
  checker: Checker,
  value: string,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
  ranges: Ranges,
): void {
  const { text, dates, enumerations, source } = ranges;
  // An empty string says nothing, whatever the property takes: not a relative URL, not a
  // wrong date (CMSs write "" for a value they lack).
  if (isBlank(value)) {
    empty(checker, at(base, segment), topId, property);
    return;
  }
  // A schema.org IRI that names no term (`https://schema.org/InStok`) is a misspelling, written
  // as a string or as `{"@id": …}`. A page validator cannot tell it from a term it does not hold.
  if (!ranges.url && SCHEMA_IRI.test(value) && isMisspeltTerm(checker, termName(value) ?? '')) {
    checker.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      at(base, segment),
      `"${property}" has ${show(value)}, which is no schema.org term (release ${checker.vocabulary.release})`,
      source,
      'check the spelling',
    );
    return;
  }
  if (enumerations.length > 0) {
    const term = termName(value);
    const { enumerationsOf, isA } = checker.vocabulary;
    if (term !== undefined && enumerationsOf(term).length > 0) {
      if (!enumerationsOf(term).some((type) => enumerations.some((range) => isA(type, range)))) {
        checker.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          at(base, segment),
          `"${property}" expects a member of ${names(enumerations, ' or ')}; "${term}" is not one`,
          source,
        );
      }
      return;
    }
  }
  if ((dates.length > 0 || ranges.time) && !text) {
    if (ranges.time && TIME.test(value)) return;
    const iso = readIso(value);
    const kinds = ranges.time ? [...dates, 'Time'] : dates;
    const expected = `an ISO 8601 ${kinds.join(' or ')} such as ${kinds.map((kind) => EXAMPLES[kind]).join(' or ')}`;
    if (iso === undefined) {
      checker.report(
        'error',
        'INVALID_DATE',
        topId,
        at(base, segment),
        `"${property}" expects ${expected}; got ${show(value)}`,
        source,
      );
    } else if (!dates.includes(iso.kind === 'date' ? 'Date' : 'DateTime')) {
      // A real date of the other precision still says when, so not an error. A date-time where
      // a date is expected says more (Google's own examples write previousStartDate so, and
      // core's records may hold one): a note. A date where a time is expected says less.
      checker.report(
        iso.kind === 'date-time' && dates.includes('Date') ? 'info' : 'warning',
        'INVALID_DATE',
        topId,
        at(base, segment),
        `"${property}" expects ${expected}; ${show(value)} is a ${iso.kind === 'date' ? 'date without a time' : 'date with a time'}`,
        source,
        dates.length === 0
          ? 'give the time of day alone, e.g. "15:00:00"'
          : iso.kind === 'date'
            ? 'add the time, with its UTC offset'
            : 'give the date alone',
      );
    }
    return;
  }
  // A URL-valued property: a string must be an absolute URL, unless the property also takes
  // Text and the string is plainly not meant as a URL.
  if (ranges.url && (!text || looksLikeUrl(value))) {
    if (isAbsoluteIri(value) && !WEB_SCHEMES.test(value)) {
      checker.report(
        'warning',
        'UNEXPECTED_VALUE',
        topId,
        at(base, segment),
        `"${property}" has ${show(value)}, which no reader can open as a web address`,
        source,
        'use an http(s) URL',
      );
    } else if (!isAbsoluteIri(value)) {
      // Legal (resolved against the page's address), but the value depends on the page it is on.
      checker.report(
        'warning',
        'RELATIVE_URL',
        topId,
        at(base, segment),
        `"${property}" has the relative URL ${show(value)}: it is resolved against the address of the page it is on`,
        source,
        'use an absolute URL such as "https://www.example.org/…"',
      );
    }
    return;
  }
  if (ranges.duration && !text) {
    if (DURATION.test(value)) return;
    checker.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      at(base, segment),
      `"${property}" expects an ISO 8601 duration such as "PT1H30M" (1 hour 30 minutes) or "P2D"; got ${show(value)}`,
      source,
    );
    return;
  }
  if (!text) {
    // A web address where a thing is expected names the thing at that address (a breadcrumb's
    // `item`, as Google's own example writes it): a note. Other text loses structure.
    const address = WEB_SCHEMES.test(value) && isAbsoluteIri(value);
    checker.report(
      address ? 'info' : 'warning',
      'UNEXPECTED_VALUE',
      topId,
      at(base, segment),
      address
        ? `"${property}" expects ${ranges.expected}; the address ${show(value)} is read as the thing at it`
        : `"${property}" expects ${ranges.expected}; a plain string is accepted by schema.org but loses structure`,
      source,
    );
  }
}

/** The keys a value object may have besides `@value` (JSON-LD 1.1, value objects). */
const VALUE_OBJECT_KEYS: ReadonlySet<string> = new Set([
  '@value',
  '@language',
  '@type',
  '@index',
  '@direction',
  '@context',
]);

/**
 * What makes a value object no JSON-LD (expansion refuses the document): another key beside
 * `@value`, a type with a language or a direction, a language, index or type that is not a
 * string, a direction other than "ltr" or "rtl", a `@value` that is an object or a list (unless
 * typed `@json`), or a language-tagged value that is not a string. `type` is `@type` under
 * schema.org's context (`aliases`). Returns the reason, or `undefined`.
 */
function valueObjectError(value: JsonObject, aliases: boolean): string | undefined {
  const keyword = (key: string) => (aliases ? (keywordOf(key) ?? key) : key);
  const other = Object.keys(value).find((key) => !VALUE_OBJECT_KEYS.has(keyword(key)));
  if (other !== undefined) return `it has ${show(other)} beside "@value"`;
  const type = value[keyOf(value, '@type', aliases)];
  const { '@language': language, '@direction': direction, '@index': index } = value;
  const literal = value['@value'];
  if (type !== undefined && (language !== undefined || direction !== undefined)) {
    return `it has "@type" with ${language === undefined ? '"@direction"' : '"@language"'}`;
  }
  if (type !== undefined && typeof type !== 'string') {
    return `its "@type" is ${showValue(type)}, not an IRI`;
  }
  if (language !== undefined && language !== null && typeof language !== 'string') {
    return `its "@language" is ${showValue(language)}, not a language tag`;
  }
  if (direction !== undefined && direction !== null && direction !== 'ltr' && direction !== 'rtl') {
    return `its "@direction" is ${showValue(direction)}, not "ltr" or "rtl"`;
  }
  if (index !== undefined && typeof index !== 'string') {
    return `its "@index" is ${showValue(index)}, not a string`;
  }
  if (literal !== null && typeof literal === 'object' && type !== '@json') {
    return 'its "@value" is an object or a list, not a string, a number or a boolean';
  }
  if (typeof language === 'string' && literal !== null && typeof literal !== 'string') {
    return `its "@value" ${showValue(literal)} has a language, which only a string can have`;
  }
  return undefined;
}

/** A datatype IRI of numbers: schema.org's Number, Integer and Float, XML Schema's numeric types. */
const NUMBER_TYPE =
  /(?:^|[/#:])(?:Number|Integer|Float|decimal|integer|double|float|int|long|short|byte|(?:non)?(?:Negative|Positive)Integer|unsigned(?:Long|Int|Short|Byte))$/;

/** Checks a value object (`{"@value": …}`, with or without `@language`) at `path`. */
export function checkLiteral(
  checker: Checker,
  value: JsonObject,
  path: IssuePath,
  topId: string | undefined,
  property: string,
  ranges: Ranges,
): void {
  const malformed = valueObjectError(value, checker.aliases);
  if (malformed !== undefined) {
    checker.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      path,
      `"${property}" has no JSON-LD value object: ${malformed}, so JSON-LD processors reject the document`,
      `${JSON_LD}#value-objects`,
    );
    return;
  }
  const literal = value['@value'];
  // A typed literal whose digits are a number, where a number is expected
  // (`{"@value": "50", "@type": "Integer"}`): the number, written as JSON-LD types it.
  const type = value[keyOf(value, '@type', checker.aliases)];
  if (
    typeof literal === 'string' &&
    typeof type === 'string' &&
    NUMBER_TYPE.test(type) &&
    ranges.number &&
    /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(literal)
  ) {
    return;
  }
  if (typeof literal === 'string' && value['@language'] === undefined) {
    checkText(checker, literal, path, '@value', topId, property, ranges);
    return;
  }
  if (typeof literal === 'string' && ranges.text) {
    if (isBlank(literal)) empty(checker, path, topId, property);
    return;
  }
  checker.report(
    'error',
    'UNEXPECTED_VALUE',
    topId,
    path,
    `"${property}" expects ${ranges.expected}, not a language-tagged string`,
    ranges.source,
  );
}

/** Checks the type of an embedded node at `path` (a Role stands for the value it qualifies). */
export function checkEmbedded(
  checker: Checker,
  node: JsonObject,
  path: IssuePath,
  topId: string | undefined,
  property: string,
  ranges: Ranges,
): void {
  const types = checker.types(node);
  const role = types.all.has('Role');
  if (!role && types.checkable && !ranges.list.some((range) => types.all.has(range))) {
    checker.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      path,
      `"${property}" expects ${ranges.expected}; got ${article(names(types.known))}`,
      ranges.source,
    );
  }
}

/**
 * Checks a value that is not an object: a string, a number, a boolean, null, or what JSON cannot
 * hold. Its path is `base`, then `segment` when given.
 */
export function checkPlain(
  checker: Checker,
  value: unknown,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
  ranges: Ranges,
): void {
  if (typeof value === 'string') {
    checkText(checker, value, base, segment, topId, property, ranges);
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    const kind = typeof value === 'number' ? 'number' : 'boolean';
    if (!ranges[kind]) {
      // Where text is expected, a number still reads as its digits (schema.org's own example
      // writes "floorLevel": 3): a warning. Where a quantity is, it measures it without its unit
      // ("width": 1200, as every CMS writes an image's pixels): a note.
      const measure = kind === 'number' && ranges.quantity;
      checker.report(
        measure ? 'info' : ranges.text ? 'warning' : 'error',
        'UNEXPECTED_VALUE',
        topId,
        at(base, segment),
        measure
          ? `"${property}" expects ${ranges.expected}; a bare number is read without its unit`
          : `"${property}" expects ${ranges.expected}, not a ${kind}`,
        ranges.source,
        measure
          ? `give its unit: {"@type": "QuantitativeValue", "value": ${String(value)}, "unitCode": …}`
          : ranges.text
            ? `write it as text: "${String(value)}"`
            : undefined,
      );
    }
    return;
  }
  if (value === null) {
    checker.report(
      'warning',
      'EMPTY_VALUE',
      topId,
      at(base, segment),
      `"${property}" is null, which JSON-LD processors drop`,
      `${JSON_LD}#values`,
      REMOVE_OR_FILL,
    );
    return;
  }
  checker.report(
    'error',
    'UNEXPECTED_VALUE',
    topId,
    at(base, segment),
    `"${property}" expects ${ranges.expected}, not a ${typeof value} (not JSON)`,
    ranges.source,
  );
}
