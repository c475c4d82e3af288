import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
import { GOOGLE_EVENT, GOOGLE_PAGES, type GooglePage } from './google.js';
import {
  enumerationsOf,
  isA,
  isClass,
  isProperty,
  propertyFitsTypes,
  rangesOf,
  supersededBy,
} from './vocabulary.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SCHEMA = 'https://schema.org/';
const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const typesOf = (node: JsonObject): string[] =>
  asList(node['@type']).filter((type): type is string => typeof type === 'string');
const isReference = (value: Json): value is { '@id': string } =>
  isObject(value) && Object.keys(value).length === 1 && typeof value['@id'] === 'string';

/** A term written as `EventScheduled`, `schema:EventScheduled` or `https://schema.org/EventScheduled`. */
function termName(value: string): string | undefined {
  for (const prefix of ['https://schema.org/', 'http://schema.org/', 'schema:']) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return /^[A-Za-z0-9]+$/.test(value) ? value : undefined;
}

/** An absolute http(s) URL (parsed with WHATWG URL; the same answer on every machine). */
export function isAbsoluteUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

// ISO 8601 calendar dates, with the reduced precisions YYYY and YYYY-MM (a year-only period).
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

function realDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return m >= 1 && m <= 12 && d >= 1 && d <= (days[m - 1] ?? 0);
}

/** `'date'`, `'date-time'` (with `offset` or not) or `undefined` for an ISO 8601 value. */
export function isoKind(
  value: string,
): { kind: 'date' | 'date-time'; offset: boolean } | undefined {
  const date = DATE.exec(value);
  if (date)
    return realDate(date[1] ?? '', date[2] ?? '01', date[3] ?? '01')
      ? { kind: 'date', offset: false }
      : undefined;
  const dateTime = DATE_TIME.exec(value);
  if (dateTime && realDate(dateTime[1] ?? '', dateTime[2] ?? '', dateTime[3] ?? '')) {
    return { kind: 'date-time', offset: dateTime[5] !== undefined };
  }
  return undefined;
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  readonly nodes = new Map<string, JsonObject>();

  report(
    severity: Severity,
    code: DiagnosticCode,
    id: string | undefined,
    path: string,
    message: string,
    source: string,
  ): void {
    this.diagnostics.push({ severity, code, id, path, message, source });
  }

  document(input: unknown): void {
    if (!isObject(input) || !Array.isArray(input['@graph'])) {
      this.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        '',
        'expected a JSON-LD document with an "@graph" array; build one with toJsonLd()',
        'https://www.w3.org/TR/json-ld11/#named-graphs',
      );
      return;
    }
    const context = input['@context'];
    if (context !== 'https://schema.org' && context !== 'https://schema.org/') {
      this.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        '@context',
        `expected "@context": "https://schema.org"; got ${JSON.stringify(context)}`,
        SCHEMA,
      );
    }
    const graph = input['@graph'];
    graph.forEach((node, index) => {
      const path = `@graph.${index}`;
      if (!isObject(node)) {
        this.report(
          'error',
          'INVALID_DOCUMENT',
          undefined,
          path,
          'expected a node object',
          'https://www.w3.org/TR/json-ld11/#node-objects',
        );
        return;
      }
      const id = node['@id'];
      if (typeof id !== 'string') {
        this.report(
          'error',
          'MISSING_ID',
          undefined,
          path,
          'a top-level node needs an "@id" so other nodes can refer to it',
          'https://www.w3.org/TR/json-ld11/#node-identifiers',
        );
      } else if (!isAbsoluteUrl(id)) {
        this.report(
          'error',
          'RELATIVE_ID',
          id,
          `${path}.@id`,
          `"@id" must be an absolute URL; got "${id}"; build ids with a baseUrl`,
          'https://www.w3.org/TR/json-ld11/#node-identifiers',
        );
      } else if (this.nodes.has(id)) {
        this.report(
          'error',
          'DUPLICATE_ID',
          id,
          `${path}.@id`,
          `two top-level nodes have the @id "${id}"; merge them or give one a different id`,
          'https://www.w3.org/TR/json-ld11/#node-identifiers',
        );
      } else {
        this.nodes.set(id, node);
      }
    });
    graph.forEach((node, index) => {
      if (isObject(node))
        this.node(
          node,
          `@graph.${index}`,
          typeof node['@id'] === 'string' ? node['@id'] : undefined,
          undefined,
        );
    });
    graph.forEach((node, index) => {
      if (isObject(node)) this.google(node, `@graph.${index}`);
    });
  }

  /** Checks a node object; `heldBy` is the property whose value it is (for the Role pattern). */
  node(
    node: JsonObject,
    path: string,
    topId: string | undefined,
    heldBy: string | undefined,
  ): void {
    const types = typesOf(node);
    if (types.length === 0) {
      this.report(
        'error',
        'MISSING_TYPE',
        topId,
        path,
        'a node needs an "@type" from schema.org, e.g. "Event"',
        SCHEMA,
      );
    }
    for (const type of types) {
      if (!isClass(type)) {
        this.report(
          'error',
          'UNKNOWN_TYPE',
          topId,
          `${path}.@type`,
          `"${type}" is not a schema.org type (release 29.4); check the spelling`,
          `${SCHEMA}docs/full.html`,
        );
      } else if (supersededBy(type).length > 0) {
        this.report(
          'warning',
          'SUPERSEDED_TERM',
          topId,
          `${path}.@type`,
          `"${type}" is superseded by ${supersededBy(type).join(', ')}; use that instead`,
          `${SCHEMA}${type}`,
        );
      }
    }
    const known = types.filter(isClass);
    const isRole = known.some((type) => isA(type, 'Role'));
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      const where = `${path}.${property}`;
      if (!isProperty(property)) {
        this.report(
          'error',
          'UNKNOWN_PROPERTY',
          topId,
          where,
          `"${property}" is not a schema.org property (release 29.4); check the spelling`,
          `${SCHEMA}docs/full.html`,
        );
        continue;
      }
      if (supersededBy(property).length > 0) {
        this.report(
          'warning',
          'SUPERSEDED_TERM',
          topId,
          where,
          `"${property}" is superseded by ${supersededBy(property).join(', ')}; use that instead`,
          `${SCHEMA}${property}`,
        );
      }
      // A Role carries the property it qualifies (https://schema.org/Role).
      const roleCarrier = isRole && property === heldBy;
      if (known.length > 0 && !roleCarrier && !propertyFitsTypes(property, known)) {
        this.report(
          'error',
          'PROPERTY_NOT_ON_TYPE',
          topId,
          where,
          `"${property}" is not a property of ${known.join(', ')}; move it to a node of a type that has it`,
          `${SCHEMA}${property}`,
        );
      }
      asList(value).forEach((item, index) => {
        this.value(item, Array.isArray(value) ? `${where}.${index}` : where, topId, property);
      });
    }
  }

  value(value: Json, path: string, topId: string | undefined, property: string): void {
    const ranges = rangesOf(property);
    const accepts = (type: string) => ranges.some((range) => isA(type, range));
    const source = `${SCHEMA}${property}`;
    const expected = ranges.join(' or ');
    if (isReference(value)) {
      const target = this.nodes.get(value['@id']);
      if (target === undefined) {
        this.report(
          'error',
          'DANGLING_REFERENCE',
          topId,
          path,
          `refers to "${value['@id']}", which is not a node of this graph; add that node or remove the reference`,
          'https://www.w3.org/TR/json-ld11/#node-identifiers',
        );
        return;
      }
      const targetTypes = typesOf(target).filter(isClass);
      if (targetTypes.length > 0 && !targetTypes.some(accepts)) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${expected}; "${value['@id']}" is a ${targetTypes.join(', ')}`,
          source,
        );
      }
      return;
    }
    if (isObject(value)) {
      if ('@value' in value) {
        if (
          typeof value['@value'] === 'string' &&
          ranges.some((range) => isA('Text', range) || range === 'Text')
        )
          return;
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${expected}, not a language-tagged string`,
          source,
        );
        return;
      }
      const types = typesOf(value).filter(isClass);
      const role = types.some((type) => isA(type, 'Role'));
      if (!role && types.length > 0 && !types.some(accepts)) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${expected}; got a ${types.join(', ')}`,
          source,
        );
      }
      this.node(value, path, topId, property);
      return;
    }
    if (typeof value === 'string') {
      this.text(value, path, topId, property, ranges);
      return;
    }
    if (typeof value === 'number') {
      if (!ranges.some((range) => isA('Number', range) || isA(range, 'Number'))) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${expected}, not a number`,
          source,
        );
      }
      return;
    }
    if (typeof value === 'boolean') {
      if (!ranges.includes('Boolean')) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${expected}, not a boolean`,
          source,
        );
      }
      return;
    }
    this.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      path,
      `"${property}" expects ${expected}, not null`,
      source,
    );
  }

  text(
    value: string,
    path: string,
    topId: string | undefined,
    property: string,
    ranges: readonly string[],
  ): void {
    const source = `${SCHEMA}${property}`;
    const text =
      ranges.some((range) => range === 'Text' || isA(range, 'Text')) &&
      !ranges.every((r) => r === 'URL');
    const dates = ranges.filter((range) => range === 'Date' || range === 'DateTime');
    const enumerations = ranges.filter((range) => isA(range, 'Enumeration'));
    const term = termName(value);
    if (enumerations.length > 0 && term !== undefined && enumerationsOf(term).length > 0) {
      if (!enumerationsOf(term).some((type) => enumerations.some((range) => isA(type, range)))) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects a member of ${enumerations.join(' or ')}; "${term}" is not one`,
          source,
        );
      }
      return;
    }
    if (dates.length > 0 && !text) {
      const iso = isoKind(value);
      if (iso === undefined || !dates.includes(iso.kind === 'date' ? 'Date' : 'DateTime')) {
        this.report(
          'error',
          'INVALID_DATE',
          topId,
          path,
          `"${property}" expects an ISO 8601 ${dates.join(' or ')} such as "2021-02-01"${dates.includes('DateTime') ? ' or "2021-02-01T15:00:00-05:00"' : ''}; got "${value}"`,
          source,
        );
      }
      return;
    }
    if (ranges.includes('URL') && (!text || property === 'url' || property === 'sameAs')) {
      if (!isAbsoluteUrl(value)) {
        this.report(
          'error',
          'RELATIVE_URL',
          topId,
          path,
          `"${property}" expects an absolute http(s) URL; got "${value}"`,
          source,
        );
      }
      return;
    }
    if (!text) {
      this.report(
        'warning',
        'UNEXPECTED_VALUE',
        topId,
        path,
        `"${property}" expects ${ranges.join(' or ')}; a plain string is accepted by schema.org but loses structure`,
        source,
      );
    }
  }

  google(node: JsonObject, path: string): void {
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    const types = typesOf(node).filter(isClass);
    for (const page of GOOGLE_PAGES) {
      if (!types.some((type) => page.appliesTo.some((target) => isA(type, target)))) continue;
      const cite = `${page.url} (rules v${page.version}, checked ${page.checked})`;
      for (const property of page.required) {
        if (node[property] === undefined) {
          this.report(
            'warning',
            'GOOGLE_REQUIRED',
            id,
            `${path}.${property}`,
            `Google Search requires "${property}" on ${page.feature} for its rich result; the data has no value for it. Supply a real value through toJsonLd options if you have one; do not invent one`,
            cite,
          );
        }
      }
      for (const property of page.recommended) {
        if (node[property] === undefined) {
          this.report(
            'info',
            'GOOGLE_RECOMMENDED',
            id,
            `${path}.${property}`,
            `Google Search recommends "${property}" on ${page.feature}`,
            cite,
          );
        }
      }
      if (page === GOOGLE_EVENT) this.googleEvent(node, path, id, page);
    }
  }

  googleEvent(node: JsonObject, path: string, id: string | undefined, page: GooglePage): void {
    const cite = `${page.url} (rules v${page.version}, checked ${page.checked})`;
    const warn = (where: string, message: string) =>
      this.report('warning', 'GOOGLE_RULE', id, `${path}.${where}`, message, cite);
    const term = (value: Json | undefined) =>
      typeof value === 'string' ? termName(value) : undefined;
    const mode = term(node.eventAttendanceMode);
    const status = term(node.eventStatus);
    const locations = asList(node.location).map((value) =>
      isReference(value) ? this.nodes.get(value['@id']) : value,
    );
    const locationTypes = locations.flatMap((value) => (isObject(value) ? typesOf(value) : []));
    if (
      mode === 'OnlineEventAttendanceMode' ||
      mode === 'MixedEventAttendanceMode' ||
      status === 'EventMovedOnline'
    ) {
      const virtual = locations.filter(
        (value): value is JsonObject =>
          isObject(value) && typesOf(value).includes('VirtualLocation'),
      );
      if (virtual.length === 0) {
        warn('location', 'an online event needs a "location" of type VirtualLocation');
      }
      virtual.forEach((location) => {
        if (typeof location.url !== 'string') {
          warn(
            'location.url',
            'Google requires "location.url" (where to join) for an online event; the data has no URL for it. Pass one through toJsonLd options if it exists; do not invent one',
          );
        }
      });
    }
    if (
      (mode === 'OfflineEventAttendanceMode' || mode === 'MixedEventAttendanceMode') &&
      !locationTypes.some((type) => isClass(type) && isA(type, 'Place'))
    ) {
      warn('location', 'an in-person event needs a "location" of type Place with an address');
    }
    if (status === 'EventRescheduled' && node.previousStartDate === undefined) {
      warn(
        'previousStartDate',
        'a rescheduled event should give "previousStartDate" (the date it was first planned for)',
      );
    }
    if (node.previousStartDate !== undefined && status !== 'EventRescheduled') {
      warn(
        'previousStartDate',
        '"previousStartDate" belongs to rescheduled events only; set "eventStatus" to EventRescheduled or remove it',
      );
    }
    if (status === 'EventMovedOnline' && mode !== 'OnlineEventAttendanceMode') {
      warn(
        'eventAttendanceMode',
        'an event moved online should have "eventAttendanceMode": OnlineEventAttendanceMode',
      );
    }
    for (const key of ['startDate', 'endDate']) {
      const value = node[key];
      if (
        typeof value === 'string' &&
        isoKind(value)?.kind === 'date-time' &&
        !isoKind(value)?.offset
      ) {
        warn(
          key,
          `"${key}" has a time without a UTC offset; Google reads it in the event's local time zone only if an offset is given, e.g. "2021-02-01T15:00:00-05:00"`,
        );
      }
    }
  }
}

/** Runs every check on a JSON-LD document. */
export function check(input: unknown): Diagnostic[] {
  const checker = new Checker();
  checker.document(input);
  return checker.diagnostics;
}
