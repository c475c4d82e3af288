import { isHttpUrl as isAbsoluteUrl } from '@track4tip/core';
import { certainlyBefore, DATE_ORDER, readIso } from './dates.js';
import type { Diagnostic, DiagnosticCode, RichResultItem, Severity } from './diagnostics.js';
import { GOOGLE_PAGES, type GooglePage } from './google.js';
import { type ContextFinding, readContext } from './schema-context.js';
import { consideredItems, pageSubjects, type TopLevel } from './subject.js';
import {
  ancestors,
  domainsOf,
  enumerationsOf,
  isA,
  isClass,
  isProperty,
  rangesOf,
  SCHEMA_ORG_RELEASE,
  supersededBy,
} from './vocabulary.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SCHEMA = 'https://schema.org/';
const JSON_LD = 'https://www.w3.org/TR/json-ld11/';
/** Deeper than any real graph (an event's location's address is 5 levels); stops hostile input. */
export const MAX_DEPTH = 100;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
// A JSON-LD blank node identifier (https://www.w3.org/TR/json-ld11/#identifying-blank-nodes): a
// node's id within this document only, legal wherever an IRI is.
const BLANK_NODE_ID = /^_:[^\s]+$/;

const isReference = (value: unknown): value is { '@id': string } =>
  isObject(value) && Object.keys(value).length === 1 && typeof value['@id'] === 'string';
const join = (path: string, segment: string | number): string =>
  path === '' ? String(segment) : `${path}.${segment}`;
/**
 * A path kept as its parent and last segment until a diagnostic needs it: most values are fine,
 * and a path string per value is most of what reading a large graph would allocate.
 */
const at = (base: string, segment: string | number | undefined): string =>
  segment === undefined ? base : join(base, segment);
const isBlank = (value: string): boolean => value.trim() === '';

/** A string for a message: quoted, and short whatever the input. */
const show = (value: string): string =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
/** A list of names for a message, short whatever the input. */
const names = (values: readonly string[], joiner = ', '): string =>
  values.length > 5 ? `${values.slice(0, 5).join(joiner)}${joiner}…` : values.join(joiner);

/** A term written as `EventScheduled`, `schema:EventScheduled` or `https://schema.org/EventScheduled`. */
function termName(value: string): string | undefined {
  for (const prefix of ['https://schema.org/', 'http://schema.org/', 'schema:']) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return /^[A-Za-z0-9]+$/.test(value) ? value : undefined;
}
/** A property or type name as the schema.org vocabulary spells it (IRIs and `schema:` stripped). */
const localName = (value: string): string => {
  const term = termName(value);
  return term !== undefined && term !== '' ? term : value;
};
/** True when a key is an absolute IRI outside schema.org (another vocabulary: not checked). */
const isForeignIri = (key: string): boolean =>
  termName(key) === undefined && /^[a-z][a-z0-9+.-]*:/i.test(key);

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

/** The schema.org types of a node, as written and as schema.org names them. */
function typesOf(node: JsonObject): { written: string; name: string }[] {
  return asList(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((written) => ({ written, name: localName(written) }));
}

interface TypeInfo {
  /** Known class names. */
  readonly known: readonly string[];
  /** The known classes and all their super-classes. */
  readonly all: ReadonlySet<string>;
}
const NO_TYPES: TypeInfo = { known: [], all: new Set() };

interface Located {
  readonly node: JsonObject;
  readonly path: string;
  readonly topId: string | undefined;
}

interface Item extends Located {
  readonly page: GooglePage;
  readonly type: string;
}

/** A reference whose check waits until every node of the document is known. */
interface Deferred {
  readonly target: string;
  readonly base: string;
  readonly segment: string | number | undefined;
  readonly topId: string | undefined;
  readonly property: string;
}

/** What a property's ranges admit, derived once per property from the vocabulary. */
interface Ranges {
  readonly list: readonly string[];
  /** The ranges for a message: `Text or URL`. */
  readonly expected: string;
  /** The property's schema.org page. */
  readonly source: string;
  /** Whether it takes text proper (see {@link allowsText}). */
  readonly text: boolean;
  readonly dates: readonly string[];
  readonly enumerations: readonly string[];
  readonly number: boolean;
  readonly boolean: boolean;
  readonly url: boolean;
}
const rangeTable = new Map<string, Ranges>();

/** The ranges of a property; derived from the static vocabulary, so shared by every call. */
function rangesFor(property: string): Ranges {
  const known = rangeTable.get(property);
  if (known !== undefined) return known;
  const list = rangesOf(property);
  const ranges: Ranges = {
    list,
    expected: names(list, ' or '),
    source: `${SCHEMA}${property}`,
    text: allowsText(list),
    dates: list.filter((range) => range === 'Date' || range === 'DateTime'),
    enumerations: list.filter((range) => isA(range, 'Enumeration')),
    number: list.some((range) => isA('Number', range) || isA(range, 'Number')),
    boolean: list.includes('Boolean'),
    url: list.includes('URL'),
  };
  // Only vocabulary terms are kept, so input cannot grow the table.
  if (isProperty(property)) rangeTable.set(property, ranges);
  return ranges;
}

type Frame =
  | {
      readonly kind: 'node';
      readonly node: JsonObject;
      readonly path: string;
      readonly topId: string | undefined;
      readonly heldBy: string | undefined;
      readonly depth: number;
      readonly top: boolean;
    }
  | {
      readonly kind: 'property';
      readonly key: string;
      readonly value: Json;
      /** The path of the node that has the property. */
      readonly base: string;
      readonly topId: string | undefined;
      readonly types: TypeInfo;
      readonly roleCarrier: boolean;
      readonly depth: number;
    }
  | {
      readonly kind: 'value';
      readonly value: unknown;
      /** The value's path is `base`, then `segment` when there is one (see {@link at}). */
      readonly base: string;
      readonly segment: string | number | undefined;
      readonly topId: string | undefined;
      readonly property: string;
      readonly depth: number;
    };

class Checker {
  /** Diagnostics in document order; deferred reference checks hold their place. */
  readonly entries: (Diagnostic | Deferred)[] = [];
  readonly nodes = new Map<string, Located>();
  readonly items: Item[] = [];
  /** WebPage nodes and nodes naming their page (`mainEntityOfPage`): they say what a page is about. */
  readonly pageNodes: JsonObject[] = [];
  readonly richResults: RichResultItem[] = [];
  /**
   * Every object and array is checked once: input that is not JSON text may share or loop. A Set,
   * not a WeakSet: it lives for one call only, and a large graph's references are cheaper to hold
   * in it than in an ephemeron table the garbage collector has to trace.
   */
  readonly seen = new Set<object>();
  readonly typeCache = new WeakMap<object, TypeInfo>();
  readonly stack: Frame[] = [];
  /** Units of work done (frames, type look-ups, values read): lets tests check the cost is linear. */
  work = 0;
  /** Nodes whose `@context` the document level has already read. */
  readonly contextRead = new WeakSet<object>();
  /** How many references wait in `entries` for the end of the document. */
  deferred = 0;

  report(
    severity: Severity,
    code: DiagnosticCode,
    id: string | undefined,
    path: string,
    message: string,
    source: string,
  ): void {
    this.entries.push({ severity, code, id, path, message, source });
  }

  types(node: JsonObject): TypeInfo {
    const cached = this.typeCache.get(node);
    if (cached !== undefined) return cached;
    const known = [...new Set(typesOf(node).map((type) => type.name))].filter(isClass);
    const all = new Set<string>();
    for (const type of known) {
      for (const ancestor of ancestors(type)) {
        this.work += 1;
        all.add(ancestor);
      }
    }
    const info = known.length === 0 ? NO_TYPES : { known, all };
    this.typeCache.set(node, info);
    return info;
  }

  /** The node a value stands for: itself, or the node a reference points to. */
  resolve(value: Json): Located | undefined {
    if (isReference(value)) return this.nodes.get(value['@id']);
    return undefined;
  }

  // ── document ────────────────────────────────────────────────────────────────────────────────

  document(input: unknown, path: string, inherited: boolean): void {
    if (Array.isArray(input) && path === '') {
      // A top-level array: each member is a document (or node) of its own.
      input.forEach((member, index) => {
        this.document(member, String(index), false);
      });
      return;
    }
    if (!isObject(input)) {
      this.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        path,
        'expected a JSON-LD document: an object with "@context": "https://schema.org" and either "@graph" (a list of nodes) or "@type"',
        `${JSON_LD}#basic-concepts`,
      );
      return;
    }
    const hasContext = Object.hasOwn(input, '@context');
    this.contextRead.add(input);
    const schema = hasContext
      ? this.context(input['@context'], join(path, '@context'), inherited)
      : inherited;
    if (!hasContext && !inherited) {
      this.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        join(path, '@context'),
        'the document has no "@context", so its terms mean nothing; add "@context": "https://schema.org"',
        `${JSON_LD}#the-context`,
      );
    }
    if (!schema) return;
    const graph = input['@graph'];
    const others = Object.keys(input).filter((key) => key !== '@context' && key !== '@graph');
    if (graph === undefined) {
      this.topLevel([{ node: input, path, lone: true }]);
      return;
    }
    const members = asList(graph);
    const base = join(path, '@graph');
    const nodes: { node: JsonObject; path: string; lone: boolean }[] = [];
    members.forEach((node, index) => {
      const where = Array.isArray(graph) ? join(base, index) : base;
      if (isObject(node)) nodes.push({ node, path: where, lone: false });
      else
        this.report(
          'error',
          'INVALID_DOCUMENT',
          undefined,
          where,
          'expected a node object ({"@type": …}) in "@graph"',
          `${JSON_LD}#node-objects`,
        );
    });
    // A document that also describes itself (types or properties beside "@graph") is a node too.
    if (others.some((key) => key !== '@id')) nodes.unshift({ node: input, path, lone: true });
    this.topLevel(nodes);
  }

  /** Reads an `@context` and reports what it cannot use; returns whether schema.org applies. */
  context(value: Json | undefined, path: string, inherited: boolean): boolean {
    const findings: ContextFinding[] = [];
    const schema = readContext(value, inherited, findings);
    for (const finding of findings) {
      this.report(
        finding.severity,
        'INVALID_DOCUMENT',
        undefined,
        join(path, finding.path),
        finding.message,
        `${JSON_LD}#the-context`,
      );
    }
    if (!schema && !findings.some((finding) => finding.severity === 'error')) {
      this.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        path,
        'the "@context" does not bring in schema.org; use "@context": "https://schema.org"',
        `${JSON_LD}#the-context`,
      );
    }
    return schema;
  }

  topLevel(nodes: readonly { node: JsonObject; path: string; lone: boolean }[]): void {
    for (const { node, path, lone } of nodes) {
      const id = node['@id'];
      if (typeof id !== 'string') {
        if (!lone && nodes.length > 1) {
          this.report(
            'warning',
            'MISSING_ID',
            undefined,
            path,
            'a node of "@graph" without "@id" cannot be referred to by the other nodes; give it an absolute "@id"',
            `${JSON_LD}#node-identifiers`,
          );
        }
      } else if (!isAbsoluteUrl(id) && !BLANK_NODE_ID.test(id)) {
        this.report(
          'error',
          'RELATIVE_ID',
          id,
          join(path, '@id'),
          `"@id" must be an absolute URL or a blank node identifier ("_:b0"); got ${show(id)}; build ids with a baseUrl`,
          `${JSON_LD}#node-identifiers`,
        );
      } else if (this.nodes.has(id)) {
        this.report(
          'error',
          'DUPLICATE_ID',
          id,
          join(path, '@id'),
          `two top-level nodes have the @id ${show(id)}; merge them or give one a different id`,
          `${JSON_LD}#node-identifiers`,
        );
      } else {
        this.nodes.set(id, { node, path, topId: id });
      }
    }
    for (let index = nodes.length - 1; index >= 0; index -= 1) {
      const entry = nodes[index];
      if (entry === undefined) continue;
      const id = entry.node['@id'];
      this.stack.push({
        kind: 'node',
        node: entry.node,
        path: entry.path,
        topId: typeof id === 'string' ? id : undefined,
        heldBy: undefined,
        depth: 0,
        top: true,
      });
    }
    this.run();
  }

  // ── traversal (an explicit stack: no input is too deep for it) ──────────────────────────────

  run(): void {
    for (let frame = this.stack.pop(); frame !== undefined; frame = this.stack.pop()) {
      this.work += 1;
      if (frame.kind === 'node') this.node(frame);
      else if (frame.kind === 'property') this.property(frame);
      else
        this.value(
          frame.value,
          frame.base,
          frame.segment,
          frame.topId,
          frame.property,
          frame.depth,
        );
    }
  }

  node(frame: Extract<Frame, { kind: 'node' }>): void {
    const { node, path, topId, heldBy, depth } = frame;
    if (
      Object.hasOwn(node, '@context') &&
      !this.contextRead.has(node) &&
      !this.context(node['@context'], join(path, '@context'), true)
    )
      return;
    const id = node['@id'];
    // An embedded node with the @id of another node is more about that node (JSON-LD merges
    // them): its own checks run, but it is not a second rich-result item.
    let another = false;
    if (typeof id === 'string' && !frame.top && !isReference(node)) {
      const known = this.nodes.get(id);
      if (known === undefined) this.nodes.set(id, { node, path, topId });
      else another = known.node !== node;
    }
    const written = typesOf(node);
    if (written.length === 0) {
      this.report(
        'error',
        'MISSING_TYPE',
        topId,
        path,
        'a node needs an "@type" from schema.org, e.g. "Event"',
        SCHEMA,
      );
    }
    const reported = new Set<string>();
    for (const { written: type, name } of written) {
      if (reported.has(type)) continue;
      reported.add(type);
      if (!isClass(name)) {
        this.report(
          'error',
          'UNKNOWN_TYPE',
          topId,
          join(path, '@type'),
          `${show(type)} is not a schema.org type (release ${SCHEMA_ORG_RELEASE}); check the spelling`,
          `${SCHEMA}docs/full.html`,
        );
      } else if (supersededBy(name).length > 0) {
        this.report(
          'warning',
          'SUPERSEDED_TERM',
          topId,
          join(path, '@type'),
          `"${name}" is superseded by ${supersededBy(name).join(', ')}; use that instead`,
          `${SCHEMA}${name}`,
        );
      }
    }
    const types = this.types(node);
    if (types.all.has('WebPage') || Object.hasOwn(node, 'mainEntityOfPage'))
      this.pageNodes.push(node);
    this.dateOrder(node, path, topId);
    for (const page of GOOGLE_PAGES) {
      if (another || (page.detects === 'top-level' && !frame.top)) continue;
      const match = written.find(({ name }) =>
        page.appliesTo.some((target) => isClass(name) && isA(name, target)),
      );
      if (match !== undefined) this.items.push({ page, node, path, topId, type: match.name });
    }
    const isRole = types.all.has('Role');
    const record: JsonObject = frame.node;
    const keys = Object.keys(record);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index];
      if (key === undefined || key.startsWith('@')) continue;
      this.stack.push({
        kind: 'property',
        key,
        value: record[key] ?? null,
        base: path,
        topId,
        types,
        // A Role carries the property it qualifies (https://schema.org/Role).
        roleCarrier: isRole && localName(key) === heldBy,
        depth,
      });
    }
  }

  /** `endDate` before `startDate`, `dateModified` before `datePublished`, and the like. */
  dateOrder(node: JsonObject, path: string, topId: string | undefined): void {
    // The first value of each date property, whichever way its key is written (`schema:endDate`).
    const dates = new Map<string, { key: string; value: string }>();
    for (const key of Object.keys(node)) {
      const value = asList(node[key])[0];
      const name = localName(key);
      if (
        typeof value === 'string' &&
        DATE_ORDER.some((pair) => pair.includes(name)) &&
        !dates.has(name)
      )
        dates.set(name, { key, value });
    }
    if (dates.size < 2) return;
    for (const [from, to] of DATE_ORDER) {
      const start = dates.get(from);
      const end = dates.get(to);
      if (start === undefined || end === undefined) continue;
      const startIso = readIso(start.value);
      const endIso = readIso(end.value);
      if (startIso !== undefined && endIso !== undefined && certainlyBefore(endIso, startIso)) {
        this.report(
          'error',
          'DATE_ORDER',
          topId,
          join(path, end.key),
          `"${to}" (${show(end.value)}) is before "${from}" (${show(start.value)}); correct one of them`,
          `${SCHEMA}${to}`,
        );
      }
    }
  }

  property(frame: Extract<Frame, { kind: 'property' }>): void {
    const { key, value, base, topId, types, depth } = frame;
    if (isForeignIri(key)) {
      this.report(
        'info',
        'UNKNOWN_PROPERTY',
        topId,
        join(base, key),
        `${show(key)} is not a schema.org term; it is left unchecked`,
        `${JSON_LD}#iris`,
      );
      return;
    }
    const property = localName(key);
    if (!isProperty(property)) {
      this.report(
        'error',
        'UNKNOWN_PROPERTY',
        topId,
        join(base, key),
        `${show(key)} is not a schema.org property (release ${SCHEMA_ORG_RELEASE}); check the spelling`,
        `${SCHEMA}docs/full.html`,
      );
      return;
    }
    if (supersededBy(property).length > 0) {
      this.report(
        'warning',
        'SUPERSEDED_TERM',
        topId,
        join(base, key),
        `"${property}" is superseded by ${supersededBy(property).join(', ')}; use that instead`,
        `${SCHEMA}${property}`,
      );
    }
    const domains = domainsOf(property);
    this.work += domains.length;
    if (
      types.known.length > 0 &&
      !frame.roleCarrier &&
      !domains.some((domain) => types.all.has(domain))
    ) {
      this.report(
        'error',
        'PROPERTY_NOT_ON_TYPE',
        topId,
        join(base, key),
        `"${property}" is not a property of ${names(types.known)}; move it to a node of a type that has it`,
        `${SCHEMA}${property}`,
      );
    }
    this.values(value, base, key, topId, property, depth + 1);
  }

  /**
   * Queues the values of a property (an array holds several; nested arrays are flattened). The
   * value's path is `base`, then `segment` when given.
   */
  values(
    value: Json,
    base: string,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
    depth: number,
  ): void {
    if (!Array.isArray(value)) {
      this.stack.push({ kind: 'value', value, base, segment, topId, property, depth });
      return;
    }
    // One path string for the list; each member's path waits until a diagnostic needs it.
    const path = at(base, segment);
    for (let index = value.length - 1; index >= 0; index -= 1) {
      this.stack.push({
        kind: 'value',
        value: value[index],
        base: path,
        segment: index,
        topId,
        property,
        depth: depth + 1,
      });
    }
  }

  value(
    value: unknown,
    base: string,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
    depth: number,
  ): void {
    const ranges = rangesFor(property);
    this.work += ranges.list.length;
    if (value !== null && typeof value === 'object') {
      if (depth > MAX_DEPTH) {
        this.report(
          'error',
          'TOO_DEEP',
          topId,
          at(base, segment),
          `the data nests more than ${MAX_DEPTH} levels deep here; no real graph does: give nested nodes an "@id" and refer to them`,
          `${JSON_LD}#embedding`,
        );
        return;
      }
      if (this.seen.has(value)) return;
      this.seen.add(value);
      if (Array.isArray(value)) {
        this.values(value as Json[], base, segment, topId, property, depth);
        return;
      }
    }
    if (isReference(value)) {
      this.reference(value['@id'], base, segment, topId, property);
      return;
    }
    if (isObject(value)) {
      const path = at(base, segment);
      for (const keyword of ['@list', '@set']) {
        const members = value[keyword];
        if (members !== undefined) {
          this.values(members, path, keyword, topId, property, depth + 1);
          return;
        }
      }
      if ('@value' in value) {
        const literal = value['@value'];
        if (typeof literal === 'string' && value['@language'] === undefined) {
          this.text(literal, path, '@value', topId, property, ranges);
          return;
        }
        if (typeof literal === 'string' && ranges.text) {
          if (isBlank(literal)) this.empty(path, topId, property);
          return;
        }
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${ranges.expected}, not a language-tagged string`,
          ranges.source,
        );
        return;
      }
      const types = this.types(value);
      const role = types.all.has('Role');
      if (!role && types.known.length > 0 && !ranges.list.some((range) => types.all.has(range))) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          path,
          `"${property}" expects ${ranges.expected}; got a ${names(types.known)}`,
          ranges.source,
        );
      }
      this.stack.push({
        kind: 'node',
        node: value,
        path,
        topId,
        heldBy: property,
        depth,
        top: false,
      });
      return;
    }
    if (typeof value === 'string') {
      this.text(value, base, segment, topId, property, ranges);
      return;
    }
    if (typeof value === 'number') {
      if (!ranges.number) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          at(base, segment),
          `"${property}" expects ${ranges.expected}, not a number`,
          ranges.source,
        );
      }
      return;
    }
    if (typeof value === 'boolean') {
      if (!ranges.boolean) {
        this.report(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          at(base, segment),
          `"${property}" expects ${ranges.expected}, not a boolean`,
          ranges.source,
        );
      }
      return;
    }
    if (value === null) {
      this.report(
        'warning',
        'EMPTY_VALUE',
        topId,
        at(base, segment),
        `"${property}" is null, which JSON-LD processors drop; remove the property or give it a value`,
        `${JSON_LD}#values`,
      );
      return;
    }
    this.report(
      'error',
      'UNEXPECTED_VALUE',
      topId,
      at(base, segment),
      `"${property}" expects ${ranges.expected}, not a ${typeof value} (not JSON)`,
      ranges.source,
    );
  }

  /**
   * Checks a reference now when its target is known (a node, once known, stays the one its id
   * names), or holds its place until the end of the document.
   */
  reference(
    target: string,
    base: string,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
  ): void {
    const found = this.nodes.get(target);
    if (found === undefined) {
      this.deferred += 1;
      this.entries.push({ target, base, segment, topId, property });
      return;
    }
    const finding = this.referenceFinding(target, found, base, segment, topId, property);
    if (finding !== undefined) this.entries.push(finding);
  }

  /** What is wrong with a reference whose target is `found` (if anything). */
  referenceFinding(
    target: string,
    found: Located | undefined,
    base: string,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
  ): Diagnostic | undefined {
    if (found === undefined) {
      return {
        severity: 'error',
        code: 'DANGLING_REFERENCE',
        id: topId,
        path: at(base, segment),
        message: `refers to ${show(target)}, which is not a node of this graph; add that node or remove the reference`,
        source: `${JSON_LD}#node-identifiers`,
      };
    }
    const types = this.types(found.node);
    if (types.known.length === 0) return undefined;
    const ranges = rangesFor(property);
    if (ranges.list.some((range) => types.all.has(range))) return undefined;
    return {
      severity: 'error',
      code: 'UNEXPECTED_VALUE',
      id: topId,
      path: at(base, segment),
      message: `"${property}" expects ${ranges.expected}; ${show(target)} is a ${names(types.known)}`,
      source: ranges.source,
    };
  }

  empty(path: string, topId: string | undefined, property: string): void {
    this.report(
      'warning',
      'EMPTY_VALUE',
      topId,
      path,
      `"${property}" is an empty string, which says nothing; remove the property or give it a value`,
      `${SCHEMA}${property}`,
    );
  }

  /** Checks a string; its path is `base`, then `segment` when given. */
  text(
    value: string,
    base: string,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
    ranges: Ranges,
  ): void {
    const { text, dates, enumerations, source } = ranges;
    if (text && isBlank(value)) {
      this.empty(at(base, segment), topId, property);
      return;
    }
    if (enumerations.length > 0) {
      const term = termName(value);
      if (term !== undefined && enumerationsOf(term).length > 0) {
        if (!enumerationsOf(term).some((type) => enumerations.some((range) => isA(type, range)))) {
          this.report(
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
    if (dates.length > 0 && !text) {
      const iso = readIso(value);
      if (iso === undefined || !dates.includes(iso.kind === 'date' ? 'Date' : 'DateTime')) {
        this.report(
          'error',
          'INVALID_DATE',
          topId,
          at(base, segment),
          `"${property}" expects an ISO 8601 ${dates.join(' or ')} such as "2021-02-01"${dates.includes('DateTime') ? ' or "2021-02-01T15:00:00-05:00"' : ''}; got ${show(value)}`,
          source,
        );
      }
      return;
    }
    // A URL-valued property: a string must be an absolute URL, unless the property also takes
    // Text and the string is plainly not meant as a URL.
    if (ranges.url && (!text || looksLikeUrl(value))) {
      if (!isAbsoluteUrl(value)) {
        this.report(
          'error',
          'RELATIVE_URL',
          topId,
          at(base, segment),
          `"${property}" expects an absolute http(s) URL such as "https://www.example.org/…"; got ${show(value)}`,
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
        at(base, segment),
        `"${property}" expects ${ranges.expected}; a plain string is accepted by schema.org but loses structure`,
        source,
      );
    }
  }

  /** Replaces each deferred reference by its finding, now that every node is known. */
  references(): Diagnostic[] {
    const entries = this.entries;
    if (this.deferred === 0) return entries as Diagnostic[];
    const out: Diagnostic[] = [];
    for (const entry of entries) {
      if (!('target' in entry)) {
        out.push(entry);
        continue;
      }
      const { target, base, segment, topId, property } = entry;
      const finding = this.referenceFinding(
        target,
        this.nodes.get(target),
        base,
        segment,
        topId,
        property,
      );
      if (finding !== undefined) out.push(finding);
    }
    return out;
  }
}

/** True when a property takes text proper (Text or a text type other than URL). */
function allowsText(ranges: readonly string[]): boolean {
  return ranges.some((range) => range === 'Text' || (range !== 'URL' && isA(range, 'Text')));
}

export {
  asList,
  type Checker,
  type Item,
  isBlank,
  isObject,
  isReference,
  type Json,
  type JsonObject,
  join,
  localName,
  names,
  termName,
};

/** The document's top-level nodes and their paths: its `@graph`, its array, or the document. */
function topLevelNodes(input: unknown): TopLevel[] {
  const each = (nodes: unknown[], at: string) =>
    nodes.map((node, index) => ({ node: node as Json, path: join(at, index) }));
  if (Array.isArray(input)) return each(input, '');
  if (!isObject(input)) return [];
  const graph = input['@graph'];
  if (graph === undefined) return [{ node: input, path: '' }];
  return Array.isArray(graph) ? each(graph, '@graph') : [{ node: graph, path: '@graph' }];
}

/** What {@link check} finds. */
export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  readonly richResults: RichResultItem[];
  /** Requested subjects that no node of the document has. */
  readonly unknownSubjects: readonly string[];
  /** Units of work done (see `Checker.work`). */
  readonly work: number;
}

/**
 * Runs every check on a JSON-LD document. Never throws: input that cannot be read at all (a
 * getter that throws, a proxy) is reported as INVALID_DOCUMENT.
 */
export function check(
  input: unknown,
  evaluate: (checker: Checker, item: Item) => RichResultItem,
  subject?: readonly string[],
): CheckResult {
  const checker = new Checker();
  const richResults: RichResultItem[] = [];
  let unknownSubjects: readonly string[] = [];
  try {
    checker.document(input, '', false);
    const subjects = pageSubjects(checker, topLevelNodes(input), subject);
    unknownSubjects = subjects.unknown;
    for (const item of consideredItems(checker, checker.items, subjects)) {
      richResults.push(evaluate(checker, item));
    }
  } catch (error) {
    let reason = 'unreadable input';
    try {
      reason = String(error instanceof Error ? error.message : error).slice(0, 200);
    } catch {
      // keep the generic reason
    }
    checker.report(
      'error',
      'INVALID_DOCUMENT',
      undefined,
      '',
      `the input could not be read as JSON (${reason}); pass the result of JSON.parse or toJsonLd`,
      `${JSON_LD}#basic-concepts`,
    );
  }
  const diagnostics = checker.references();
  return { diagnostics, richResults, unknownSubjects, work: checker.work };
}
