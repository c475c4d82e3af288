import { type IssuePath, isCountryCode, isCurrencyCode } from '@track4tip/core';
import type { Checker, Item } from './checker.js';
import { readIso } from './dates.js';
import type { RichResultItem } from './diagnostics.js';
import {
  GOOGLE_EVENT,
  GOOGLE_ORGANIZATION,
  type GoogleNestedRule,
  type GooglePage,
} from './google.js';
import {
  asList,
  idOf,
  isAbsoluteIri,
  isBlank,
  isObject,
  isReference,
  type Json,
  type JsonObject,
  join,
  keywordOf,
  referenceId,
} from './json.js';
import { article, names } from './messages.js';
import { localName, termName, typesOf } from './terms.js';
import { rangesFor } from './value-checks.js';

/** How every Google diagnostic says to fill a gap: with real values, never invented ones. */
const SUPPLY_HINT =
  'if the record has a real value, add it to the record (records you did not write: with completeDataset from @track4tip/core/schemas); do not invent one';

/** One value of a property as Google would read it. */
interface Read {
  /** The node the value is (embedded, or the node a reference points to), if it is a node. */
  readonly node: JsonObject | undefined;
  /** Where the value's own properties are: its path, or the referenced node's path. */
  readonly path: IssuePath;
  /** `@id` of the top-level node that holds it. */
  readonly topId: string | undefined;
  /** True when it says something (not an empty string, null or a dangling reference). */
  readonly present: boolean;
  /** Whether it is a string. */
  readonly text: boolean;
  /** The string, when it is one (a plain string or a string `@value`). */
  readonly string?: string;
  /** Whether it is a number or a boolean (plain, or the `@value` of a typed literal). */
  readonly scalar?: boolean;
  /** The number, when it is one. */
  readonly number?: number;
}

const keyCache = new WeakMap<JsonObject, Map<string, string>>();

/** The values of a property, keyed by the schema.org name (`schema:name` and IRIs included). */
function valuesOf(node: JsonObject, property: string): { key: string; values: Json[] } | undefined {
  let keys = keyCache.get(node);
  if (keys === undefined) {
    keys = new Map();
    for (const key of Object.keys(node)) {
      const name = localName(key);
      if (keywordOf(key) === undefined && !keys.has(name)) keys.set(name, key);
    }
    keyCache.set(node, keys);
  }
  const key = keys.get(property);
  return key === undefined ? undefined : { key, values: asList(node[key]) };
}

/** Reads the values of `property` on a node; a schema.org Role standing for the value is unwrapped. */
function readValues(
  checker: Checker,
  node: JsonObject,
  path: IssuePath,
  topId: string | undefined,
  property: string,
  unwrapRole = true,
  out: Read[] = [],
): Read[] {
  let found = valuesOf(node, property);
  let holder = node;
  let where = { path, topId };
  // What a node lacks, another node with its @id may say (JSON-LD merges them): Yoast's
  // `"author": {"name": …, "@id": …}` has the url of the Person it names.
  if (found === undefined) {
    for (const other of checker.sameNodes(node)) {
      found = valuesOf(other.node, property);
      if (found === undefined) continue;
      holder = other.node;
      where = { path: other.path, topId: other.topId };
      break;
    }
  }
  if (found === undefined) return out;
  const keyPath = join(where.path, found.key);
  const several = Array.isArray(holder[found.key]);
  const { values } = found;
  const length = values.length;
  for (let index = 0; index < length; index += 1) {
    if (!(index in values)) continue; // a hole, as forEach skips it
    checker.work += 1;
    readOne(
      checker,
      values[index] as Json,
      keyPath,
      several ? index : -1,
      where.topId,
      property,
      unwrapRole,
      out,
    );
  }
  return out;
}

/**
 * Reads one value into `out`. Its path is `keyPath`, then `index` unless it is -1; a reference's
 * reads are at its target's path, so no path is built for it.
 */
function readOne(
  checker: Checker,
  value: Json,
  keyPath: IssuePath,
  index: number,
  topId: string | undefined,
  property: string,
  unwrapRole: boolean,
  out: Read[],
): void {
  if (isReference(value)) {
    const id = referenceId(value);
    const target = checker.nodes.get(id);
    if (target !== undefined) {
      out.push({
        node: target.node,
        path: target.path,
        topId: target.topId,
        present: true,
        text: false,
      });
    } else if (
      isAbsoluteIri(id) &&
      !id.startsWith('_:') &&
      (Boolean(termName(id)) || rangesFor(checker, property).url)
    ) {
      // An IRI the document does not describe is still a value when it names a schema.org term
      // (`{"@id": "https://schema.org/EventScheduled"}`), or in a property that takes a URL
      // (`image`), where it is that URL: the validator's own reading of such references.
      out.push({
        node: undefined,
        path: at(keyPath, index),
        topId,
        present: true,
        text: true,
        string: id,
      });
    } else {
      out.push({ node: undefined, path: at(keyPath, index), topId, present: false, text: false });
    }
    return;
  }
  const path = at(keyPath, index);
  // `{"@set": [...]}` is its items, and so, for what Google reads, is `{"@list": [...]}`.
  const container = !isObject(value)
    ? undefined
    : Object.hasOwn(value, '@list')
      ? '@list'
      : Object.hasOwn(value, '@set')
        ? '@set'
        : undefined;
  if (container !== undefined && isObject(value)) {
    const items = value[container];
    const list = asList(items as Json);
    const inner = join(path, container);
    for (let item = 0; item < list.length; item += 1) {
      readOne(
        checker,
        list[item] as Json,
        inner,
        Array.isArray(items) ? item : -1,
        topId,
        property,
        unwrapRole,
        out,
      );
    }
    return;
  }
  if (typeof value === 'string') {
    out.push({ node: undefined, path, topId, present: !isBlank(value), text: true, string: value });
    return;
  }
  // A number or a boolean is a value (`"price": 0` is a price, `"isAccessibleForFree": false` an
  // answer), as is a typed literal's `@value`.
  if (typeof value === 'number' || typeof value === 'boolean') {
    out.push({
      node: undefined,
      path,
      topId,
      present: true,
      text: false,
      scalar: true,
      ...(typeof value === 'number' ? { number: value } : {}),
    });
    return;
  }
  if (!isObject(value)) {
    out.push({ node: undefined, path, topId, present: false, text: false });
    return;
  }
  if ('@value' in value) {
    const literal = value['@value'];
    if (typeof literal === 'string') {
      out.push({
        node: undefined,
        path,
        topId,
        present: !isBlank(literal),
        text: true,
        string: literal,
      });
      return;
    }
    const scalar = typeof literal === 'number' || typeof literal === 'boolean';
    out.push({
      node: undefined,
      path,
      topId,
      present: scalar,
      text: false,
      scalar,
      ...(typeof literal === 'number' ? { number: literal } : {}),
    });
    return;
  }
  if (
    unwrapRole &&
    checker.types(value).all.has('Role') &&
    valuesOf(value, property) !== undefined
  ) {
    // https://schema.org/Role: the Role holds the real value under the same property (one
    // level: a Role of a Role is not read further).
    readValues(checker, value, path, topId, property, false, out);
    return;
  }
  out.push({ node: value, path, topId, present: true, text: false });
}

/** A path with its last list index (-1: none). */
const at = (path: IssuePath, index: number): IssuePath => (index < 0 ? path : join(path, index));

const ADDRESS_PARTS = [
  'streetAddress',
  'addressLocality',
  'addressRegion',
  'postalCode',
  'addressCountry',
] as const;

/**
 * The form Google reads some values in (its Event page: `offers.price` "the lowest available
 * price", a number; `offers.priceCurrency` "the 3-letter ISO 4217 currency code"; `location.address`
 * a PostalAddress, which says nothing without its parts; `eventStatus` a member of
 * EventStatusType), by the nested rule's type, or the item's feature for its own properties, and
 * the field. Returns
 * what is wrong with a value, or `undefined` when Google can read it; {@link FORM_HINTS} says how
 * to write it, where the problem does not.
 */
const FORMS: Readonly<Record<string, (read: Read, checker: Checker) => string | undefined>> = {
  'Offer.price': (read) =>
    read.number !== undefined ||
    (read.string !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(read.string))
      ? undefined
      : 'is not a number',
  'Offer.priceCurrency': (read) =>
    read.string !== undefined && isCurrencyCode(read.string.trim())
      ? undefined
      : 'is not a 3-letter ISO 4217 currency code such as "USD" or "EUR"',
  'Offer.availability': (read, checker) => memberForm(read, checker, 'ItemAvailability'),
  'Event.eventStatus': (read, checker) => memberForm(read, checker, 'EventStatusType'),
  'Place.address': (read, checker) => {
    if (read.text) return undefined;
    const holder = read.node;
    if (holder === undefined) return 'is not a PostalAddress or an address text';
    return ADDRESS_PARTS.some((part) =>
      readValues(checker, holder, read.path, read.topId, part).some((value) => value.present),
    )
      ? undefined
      : 'gives none of streetAddress, addressLocality, addressRegion, postalCode or addressCountry';
  },
};
/** How to write a value in Google's form, by the rule's type and the field, where a form has advice. */
const FORM_HINTS: Readonly<Record<string, string>> = {
  'Offer.price': 'write it as 25 or "25.00", with the currency in "priceCurrency"',
  'Offer.availability': 'write a member such as "https://schema.org/InStock"',
  'Event.eventStatus': 'write a member such as "https://schema.org/EventScheduled"',
};

/**
 * What is wrong with a value where Google reads a member of `enumeration` (its Event page:
 * `offers.availability` from ItemAvailability, `eventStatus` from EventStatusType): text such as
 * "In stock" is none.
 */
function memberForm(read: Read, checker: Checker, enumeration: string): string | undefined {
  const term = read.string === undefined ? undefined : termName(read.string.trim());
  const { enumerationsOf, isA } = checker.vocabulary;
  return term !== undefined && enumerationsOf(term).some((type) => isA(type, enumeration))
    ? undefined
    : `is not a member of ${enumeration}`;
}

/** Country codes Google asks for in a PostalAddress (ISO 3166-1 alpha-2, e.g. "EC"). */
function countryForms(checker: Checker, place: Read, warn: Warn): void {
  if (place.node === undefined) return;
  for (const address of readValues(checker, place.node, place.path, place.topId, 'address')) {
    if (address.node === undefined) continue;
    for (const country of readValues(
      checker,
      address.node,
      address.path,
      address.topId,
      'addressCountry',
    )) {
      if (country.string === undefined || isCountryCode(country.string.trim())) continue;
      warn(
        country.path,
        `Google reads "addressCountry" as the two-letter ISO 3166-1 alpha-2 code of the country; "${country.string}" is not one`,
        'write e.g. "EC" for Ecuador',
      );
    }
  }
}

/** One field of a nested rule: its dotted name, form check, list and (required fields) "no value" message. */
interface NestedField {
  readonly field: string;
  readonly dotted: string;
  readonly form: ((read: Read, checker: Checker) => string | undefined) | undefined;
  readonly formHint: string | undefined;
  readonly list: string[];
  readonly required: boolean;
  readonly message: string;
}

function nestedFields(
  page: GooglePage,
  rule: GoogleNestedRule,
  missingRequired: string[],
  missingRecommended: string[],
): NestedField[] {
  const fields: NestedField[] = [];
  for (const [list, names, required] of [
    [missingRequired, rule.required, true],
    [missingRecommended, rule.recommended, false],
  ] as const) {
    for (const field of names) {
      const dotted = `${rule.property}.${field}`;
      fields.push({
        field,
        dotted,
        form: FORMS[`${rule.type}.${field}`],
        formHint: FORM_HINTS[`${rule.type}.${field}`],
        list,
        required,
        message: required
          ? `Google Search requires "${dotted}" on ${page.feature} when "${rule.property}" is a ${rule.type}; the data has no value for it`
          : '',
      });
    }
  }
  return fields;
}

/** Reports a GOOGLE_RULE finding about the item at `where`. */
type Warn = (where: IssuePath, message: string, hint?: string) => void;

const cite = (page: GooglePage) => `${page.url} (rules v${page.version}, checked ${page.checked})`;

/** Checks one item against its Google page and returns what Google's Rich Results Test would list. */
export function evaluate(checker: Checker, item: Item): RichResultItem {
  const { page, node, path, topId } = item;
  const written = idOf(node);
  const id = typeof written === 'string' ? written : undefined;
  const source = cite(page);
  const missingRequired: string[] = [];
  const missingRecommended: string[] = [];
  const add = (list: string[], field: string) => {
    if (!list.includes(field)) list.push(field);
  };
  const warn: Warn = (where, message, hint) =>
    checker.report('warning', 'GOOGLE_RULE', id, where, message, source, hint);
  const accepted = new Map<string, Read[]>();

  /** The values of a property Google can use, after reporting those it cannot. */
  const usable = (property: string): Read[] => {
    const cached = accepted.get(property);
    if (cached !== undefined) return cached;
    const allowed = page.valueTypes[property];
    const needs = page.valueNeeds[property];
    const dated = rangesFor(checker, property).dates.length > 0;
    // A form of Google's for the item's own property (as for a nested rule's fields, below).
    const form = FORMS[`${page.feature}.${property}`];
    const good = readValues(checker, node, path, topId, property).filter((read) => {
      if (!read.present) return false;
      const wrong = form?.(read, checker);
      if (wrong !== undefined) {
        warn(
          read.path,
          `Google reads "${property}" on ${page.feature} only in its own form; this value ${wrong}, so it is not used`,
          FORM_HINTS[`${page.feature}.${property}`],
        );
        return false;
      }
      const raw = read.string;
      if (dated && (read.scalar === true || (raw !== undefined && readIso(raw) === undefined))) {
        warn(
          read.path,
          `Google reads "${property}" on ${page.feature} only as an ISO 8601 date or date-time; ${raw === undefined ? 'a number or a boolean' : `"${raw}"`} is not one, so it is not used`,
          'write it as e.g. "2021-02-01" or "2021-02-01T15:00:00+01:00"',
        );
        return false;
      }
      if (needs !== undefined && read.node !== undefined) {
        const holder = read.node;
        const has = needs.some((field) =>
          readValues(checker, holder, read.path, read.topId, field).some((v) => v.present),
        );
        if (!has) {
          warn(
            read.path,
            `Google uses a node as "${property}" on ${page.feature} only if it has ${names(needs, ' or ')}; this one has neither, so it is not used`,
            'add the absolute URL of the file',
          );
          return false;
        }
      }
      if (allowed === undefined) return true;
      const types = read.node === undefined ? undefined : checker.types(read.node);
      if (types !== undefined && allowed.some((type) => types.all.has(type))) return true;
      // A type outside a page validator's part of schema.org may be a sub-type of an allowed
      // one: not counted, since it cannot be checked (its UNCHECKED_TERM warning says so).
      const written = read.node === undefined ? [] : typesOf(read.node).map((type) => type.name);
      const unchecked =
        checker.vocabulary.scope !== undefined && types?.checkable !== true && written.length > 0;
      warn(
        read.path,
        `Google reads "${property}" on ${page.feature} only as ${names(allowed, ' or ')}; ${read.text ? 'a plain string' : read.scalar === true ? 'a number or a boolean' : unchecked ? `${article(names(written))}, which this validator cannot check, is not counted` : types === undefined || types.known.length === 0 ? 'a value without a schema.org type' : article(names(types.known))}${unchecked ? '' : ' is not used'}`,
        unchecked
          ? 'check the page with validate from @track4tip/jsonld/validate (all of schema.org)'
          : `give it "@type": "${allowed[0]}" and its properties`,
      );
      return false;
    });
    accepted.set(property, good);
    return good;
  };

  for (const property of page.required) {
    if (usable(property).length > 0) continue;
    add(missingRequired, property);
    if (readValues(checker, node, path, topId, property).some((read) => read.present)) continue;
    checker.report(
      'warning',
      'GOOGLE_REQUIRED',
      id,
      join(path, property),
      `Google Search requires "${property}" on ${page.feature} for its rich result; the data has no value for it (an empty string counts as none)`,
      source,
      SUPPLY_HINT,
    );
  }
  for (const property of page.recommended) {
    if (usable(property).length === 0) add(missingRecommended, property);
  }
  for (const rule of page.nested) {
    // What each field of the rule needs, worked out once for all the property's values.
    let fields: NestedField[] | undefined;
    for (const read of usable(rule.property)) {
      if (read.node === undefined || !checker.types(read.node).all.has(rule.type)) continue;
      const holder = read.node;
      fields ??= nestedFields(page, rule, missingRequired, missingRecommended);
      for (const { field, dotted, form, formHint, list, required, message } of fields) {
        const present = readValues(checker, holder, read.path, read.topId, field);
        let some = false;
        let has = false;
        for (const value of present) {
          if (!value.present) continue;
          some = true;
          const wrong = form?.(value, checker);
          if (wrong === undefined) {
            has = true;
            break;
          }
          warn(
            value.path,
            `Google reads "${dotted}" on ${page.feature} only in its own form; this value ${wrong}, so it is not used`,
            formHint,
          );
        }
        if (has) continue;
        add(list, dotted);
        // A value in the wrong form was reported above; "no value" is for none at all.
        // Recommendations are summarised once per item, below.
        if (some || !required) continue;
        checker.report(
          'warning',
          'GOOGLE_REQUIRED',
          id,
          join(read.path, field),
          message,
          source,
          SUPPLY_HINT,
        );
      }
    }
  }
  if (page === GOOGLE_EVENT) event(checker, item, usable, missingRequired, warn);
  // Google's Organization page, as its Event page: addressCountry is an ISO 3166-1 alpha-2 code.
  if (page === GOOGLE_ORGANIZATION) {
    countryForms(checker, { node, path, topId, present: true, text: false }, warn);
  }
  if (page.feature === 'Event' || page.feature === 'Article')
    offsets(checker, node, path, page, warn);
  // One note per item for what Google recommends and the data lacks, not one per property: the
  // item's `missingRecommended` lists them.
  if (missingRecommended.length > 0) {
    checker.report(
      'info',
      'GOOGLE_RECOMMENDED',
      id,
      path,
      `Google Search recommends ${missingRecommended.length === 1 ? 'a property' : `${missingRecommended.length} properties`} on this ${page.feature} that the data does not give in a form Google uses: ${missingRecommended.map((field) => `"${field}"`).join(', ')}`,
      source,
      'add those the record really has',
    );
  }
  return {
    feature: page.feature,
    type: item.type,
    id,
    path,
    eligible: missingRequired.length === 0,
    missingRequired,
    missingRecommended,
  };
}

/** Events without a physical location, and rescheduled events. */
function event(
  checker: Checker,
  item: Item,
  usable: (property: string) => Read[],
  missingRequired: string[],
  warn: Warn,
): void {
  const { node, path, topId } = item;
  const term = (property: string) => {
    const value = readValues(checker, node, path, topId, property)[0];
    const raw = valuesOf(node, property)?.values[0];
    return value?.text && typeof raw === 'string' ? termName(raw) : undefined;
  };
  const status = term('eventStatus');
  const locations = usable('location');
  const where = (property: string) => join(path, property);
  // Google's Event page: "Virtual experiences that have no real-world component aren't
  // supported. Events must take place in a physical location." A VirtualLocation is valid
  // schema.org, but without a Place the event is not eligible. (Without any location Google
  // reports the missing "location" alone.)
  const places = locations.filter(
    (read) => read.node !== undefined && checker.types(read.node).all.has('Place'),
  );
  const place = places.length > 0;
  for (const read of places) countryForms(checker, read, warn);
  if (locations.length > 0 && !place) {
    if (!missingRequired.includes('location')) missingRequired.push('location');
    warn(
      where('location'),
      'Google lists only events that take place in a physical location ("Virtual experiences that have no real-world component aren\'t supported"): this online-only event is valid schema.org but not eligible for the event experience',
      'a hybrid event is eligible once its "location" also has a Place with its address',
    );
  }
  const previous = valuesOf(node, 'previousStartDate') !== undefined;
  if (status === 'EventRescheduled' && !previous) {
    warn(
      where('previousStartDate'),
      'a rescheduled event should give "previousStartDate" (the date it was first planned for)',
    );
  }
  if (previous && status !== 'EventRescheduled') {
    warn(
      where('previousStartDate'),
      '"previousStartDate" belongs to rescheduled events only',
      'set "eventStatus" to EventRescheduled or remove it',
    );
  }
}

/** Every date-time of an Event or Article item should carry its UTC offset. */
function offsets(
  checker: Checker,
  node: JsonObject,
  path: IssuePath,
  page: GooglePage,
  warn: Warn,
): void {
  for (const key of Object.keys(node)) {
    if (keywordOf(key) !== undefined) continue;
    const property = localName(key);
    if (!rangesFor(checker, property).dates.includes('DateTime')) continue;
    const values = asList(node[key]);
    values.forEach((value, index) => {
      if (typeof value !== 'string') return;
      const iso = readIso(value);
      if (iso?.kind !== 'date-time' || iso.offset) return;
      warn(
        Array.isArray(node[key]) ? join(join(path, key), index) : join(path, key),
        page.feature === 'Event'
          ? `"${property}" has a time without a UTC offset; Google reads it in the event's local time zone only if an offset is given, e.g. "2021-02-01T15:00:00-05:00"`
          : `"${property}" has a time without a UTC offset; Google then assumes Googlebot's time zone`,
        page.feature === 'Event' ? undefined : 'add the offset, e.g. "2021-02-01T15:00:00+01:00"',
      );
    });
  }
}
