// The walk through a document: its shape (`@context`, `@graph`, an array of documents), then
// every node, property and value on an explicit stack, handing each to the module that checks it.
import type { IssuePath } from '@track4tip/core';
import type { Checker, TypeInfo } from './checker.js';
import {
  asList,
  at,
  idOf,
  isObject,
  isReference,
  type Json,
  type JsonObject,
  join,
  keyOf,
  keywordOf,
  referenceId,
} from './json.js';
import { JSON_LD } from './messages.js';
import { checkDateOrder, checkNodeSyntax, checkProperty, checkTypes } from './node-checks.js';
import { checkReference, declareEmbedded, declareTopLevel } from './reference-checks.js';
import { type ContextFinding, readContext } from './schema-context.js';
import { localName, typesOf } from './terms.js';
import { checkEmbedded, checkLiteral, checkPlain, rangesFor } from './value-checks.js';

/** Deeper than any real graph (an event's location's address is 5 levels); stops hostile input. */
export const MAX_DEPTH = 100;

type Frame =
  | {
      readonly kind: 'node';
      readonly node: JsonObject;
      readonly path: IssuePath;
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
      readonly base: IssuePath;
      readonly topId: string | undefined;
      readonly types: TypeInfo;
      readonly roleCarrier: boolean;
      readonly depth: number;
    }
  | {
      readonly kind: 'value';
      readonly value: unknown;
      /** The value's path is `base`, then `segment` when there is one (see {@link at}). */
      readonly base: IssuePath;
      readonly segment: string | number | undefined;
      readonly topId: string | undefined;
      readonly property: string;
      readonly depth: number;
    };

/** Walks a document (any JSON value) into `checker`: its findings, nodes and rich-result items. */
export function walk(checker: Checker, input: unknown): void {
  new Walker(checker).document(input, [], false);
}

/**
 * The top-level nodes with the nodes `@included` beside them (JSON-LD 1.1, included nodes): on the
 * document, or on a top-level node; each is a top-level node of the document.
 */
function withIncluded(
  nodes: { node: JsonObject; path: IssuePath; lone: boolean }[],
  document: JsonObject,
  path: IssuePath,
): { node: JsonObject; path: IssuePath; lone: boolean }[] {
  const out = [...nodes];
  const holders = nodes.some((entry) => entry.node === document)
    ? nodes
    : [{ node: document, path }, ...nodes];
  for (const holder of holders) {
    const included = holder.node['@included'];
    if (included === undefined) continue;
    const base = join(holder.path, '@included');
    asList(included).forEach((member, index) => {
      if (isObject(member)) {
        out.push({
          node: member,
          path: Array.isArray(included) ? join(base, index) : base,
          lone: false,
        });
      }
    });
  }
  return out;
}

class Walker {
  /**
   * Every object and array is checked once: input that is not JSON text may share or loop. A Set,
   * not a WeakSet: it lives for one call only, and a large graph's references are cheaper to hold
   * in it than in an ephemeron table the garbage collector has to trace.
   */
  readonly seen = new Set<object>();
  readonly stack: Frame[] = [];
  /** Nodes whose `@context` the document level has already read. */
  readonly contextRead = new WeakSet<object>();

  constructor(readonly checker: Checker) {}

  // ── document ────────────────────────────────────────────────────────────────────────────────

  document(input: unknown, path: IssuePath, inherited: boolean): void {
    if (Array.isArray(input) && path.length === 0) {
      // A top-level array: each member is a document (or node) of its own.
      input.forEach((member, index) => {
        this.document(member, [index], false);
      });
      return;
    }
    if (!isObject(input)) {
      this.checker.report(
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
    const own = input['@graph'];
    if (
      !hasContext &&
      !inherited &&
      Array.isArray(own) &&
      own.length > 0 &&
      own.every((member) => isObject(member) && Object.hasOwn(member, '@context'))
    ) {
      // A "@graph" whose every node brings its own context (JSON-LD lets any node object carry
      // one): each node is read as a document of its own.
      own.forEach((member, index) => {
        this.document(member, join(join(path, '@graph'), index), false);
      });
      return;
    }
    this.contextRead.add(input);
    const terms = { bare: true, aliases: true };
    const schema = hasContext
      ? this.context(input['@context'], join(path, '@context'), inherited, terms)
      : inherited;
    this.checker.bareTerms = !hasContext || terms.bare;
    this.checker.aliases = !hasContext || terms.aliases;
    if (!hasContext && !inherited) {
      this.checker.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        join(path, '@context'),
        'the document has no "@context", so its terms mean nothing',
        `${JSON_LD}#the-context`,
        'add "@context": "https://schema.org"',
      );
    }
    if (!schema) return;
    const graph = input['@graph'];
    const others = Object.keys(input).filter(
      (key) => key !== '@context' && key !== '@graph' && key !== '@included',
    );
    if (graph === undefined) {
      this.topLevel(withIncluded([{ node: input, path, lone: true }], input, path));
      return;
    }
    const members = asList(graph);
    const base = join(path, '@graph');
    const nodes: { node: JsonObject; path: IssuePath; lone: boolean }[] = [];
    members.forEach((node, index) => {
      const where = Array.isArray(graph) ? join(base, index) : base;
      if (isObject(node)) nodes.push({ node, path: where, lone: false });
      else
        this.checker.report(
          'error',
          'INVALID_DOCUMENT',
          undefined,
          where,
          'expected a node object ({"@type": …}) in "@graph"',
          `${JSON_LD}#node-objects`,
        );
    });
    // A document that also describes itself (types or properties beside "@graph") is a node too.
    if (others.some((key) => keywordOf(key) !== '@id'))
      nodes.unshift({ node: input, path, lone: true });
    this.topLevel(withIncluded(nodes, input, path));
  }

  /** Reads an `@context` and reports what it cannot use; returns whether schema.org applies. */
  context(
    value: Json | undefined,
    path: IssuePath,
    inherited: boolean,
    terms?: { bare: boolean; aliases: boolean },
  ): boolean {
    const findings: ContextFinding[] = [];
    const schema = readContext(value, inherited, findings, terms);
    for (const finding of findings) {
      this.checker.report(
        finding.severity,
        'INVALID_DOCUMENT',
        undefined,
        [...path, ...finding.path],
        finding.message,
        `${JSON_LD}#the-context`,
        finding.hint,
      );
    }
    if (!schema && !findings.some((finding) => finding.severity === 'error')) {
      this.checker.report(
        'error',
        'INVALID_DOCUMENT',
        undefined,
        path,
        'the "@context" does not bring in schema.org',
        `${JSON_LD}#the-context`,
        'use "@context": "https://schema.org"',
      );
    }
    return schema;
  }

  topLevel(nodes: readonly { node: JsonObject; path: IssuePath; lone: boolean }[]): void {
    declareTopLevel(this.checker, nodes);
    for (let index = nodes.length - 1; index >= 0; index -= 1) {
      const entry = nodes[index];
      if (entry === undefined) continue;
      const id = idOf(entry.node);
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
      this.checker.work += 1;
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
    const { checker } = this;
    const { node, path, topId, heldBy, depth } = frame;
    if (
      Object.hasOwn(node, '@context') &&
      !this.contextRead.has(node) &&
      !this.context(node['@context'], join(path, '@context'), true)
    )
      return;
    checkNodeSyntax(checker, node, path, topId);
    const id = idOf(node);
    // An embedded node with the @id of another node is more about that node (JSON-LD merges
    // them): its own checks run, but it is not a second rich-result item.
    let another = false;
    if (typeof id === 'string' && !frame.top && !isReference(node)) {
      another = declareEmbedded(checker, id, node, path, topId);
    }
    // A second top-level node with one @id is more of the first, whose item it is part of.
    if (typeof id === 'string' && frame.top) {
      another = checker.fragments.get(id)?.some((entry) => entry.node === node) ?? false;
    }
    if (!checker.aliases) {
      for (const alias of ['type', 'id'] as const) {
        if (!Object.hasOwn(node, alias)) continue;
        checker.report(
          'error',
          'UNKNOWN_PROPERTY',
          topId,
          join(path, alias),
          `"${alias}" is "@${alias}" only under schema.org's own context ("@context": "https://schema.org"); under this one it is no term`,
          `${JSON_LD}#the-context`,
          `write "@${alias}"`,
        );
      }
    }
    const written = typesOf(node);
    const types = checker.types(node);
    // An untyped node typed by the node its @id names is not untyped.
    if (written.length > 0 || types.known.length === 0 || checker.sameNode(node) === undefined) {
      checkTypes(checker, written, join(path, keyOf(node, '@type')), path, topId, frame.top);
    }
    if (types.all.has('WebPage') || Object.hasOwn(node, 'mainEntityOfPage')) {
      checker.pageNodes.push(node);
      checker.pagePaths.set(node, path);
    }
    checkDateOrder(checker, node, path, topId);
    const { isA, isClass } = checker.vocabulary;
    for (const page of checker.pages) {
      if (another || (page.detects === 'top-level' && !frame.top)) continue;
      const match = written.find(({ name }) =>
        page.appliesTo.some((target) => isClass(name) && isA(name, target)),
      );
      if (match !== undefined) checker.items.push({ page, node, path, topId, type: match.name });
    }
    const isRole = types.all.has('Role');
    const record: JsonObject = frame.node;
    this.reverse(record, path, topId, depth);
    const keys = Object.keys(record);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index];
      if (key === undefined || keywordOf(key) !== undefined) continue;
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

  /**
   * `"@reverse": {"location": {"@type": "Event", …}}` (JSON-LD 1.1, reverse properties): each node
   * under a property is its subject, so the property is checked on that node's types, and the node
   * is checked as any embedded node.
   */
  reverse(record: JsonObject, path: IssuePath, topId: string | undefined, depth: number): void {
    const reverse = record['@reverse'];
    if (!isObject(reverse)) return;
    const base = join(path, '@reverse');
    for (const key of Object.keys(reverse)) {
      const value = reverse[key];
      asList(value as Json).forEach((member, index) => {
        if (!isObject(member) || this.seen.has(member)) return;
        this.seen.add(member);
        const types = this.checker.types(member);
        checkProperty(this.checker, key, base, topId, types, false);
        this.stack.push({
          kind: 'node',
          node: member,
          path: Array.isArray(value) ? join(join(base, key), index) : join(base, key),
          topId,
          heldBy: undefined,
          depth: depth + 1,
          top: false,
        });
      });
    }
  }

  property(frame: Extract<Frame, { kind: 'property' }>): void {
    const { key, value, base, topId, types, depth } = frame;
    const property = checkProperty(this.checker, key, base, topId, types, frame.roleCarrier);
    if (property !== undefined) this.values(value, base, key, topId, property, depth + 1);
  }

  /**
   * Queues the values of a property (an array holds several; nested arrays are flattened). The
   * value's path is `base`, then `segment` when given.
   */
  values(
    value: Json,
    base: IssuePath,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
    depth: number,
  ): void {
    if (!Array.isArray(value)) {
      this.stack.push({ kind: 'value', value, base, segment, topId, property, depth });
      return;
    }
    // One path for the list; each member's path waits until a diagnostic needs it.
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

  /** Reads one value (nesting, sharing); value-checks.ts or reference-checks.ts checks it. */
  value(
    value: unknown,
    base: IssuePath,
    segment: string | number | undefined,
    topId: string | undefined,
    property: string,
    depth: number,
  ): void {
    const { checker } = this;
    const ranges = rangesFor(checker, property);
    checker.work += ranges.list.length;
    if (value !== null && typeof value === 'object') {
      if (depth > MAX_DEPTH) {
        checker.report(
          'error',
          'TOO_DEEP',
          topId,
          at(base, segment),
          `the data nests more than ${MAX_DEPTH} levels deep here; no real graph does`,
          `${JSON_LD}#embedding`,
          'give nested nodes an "@id" and refer to them',
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
      checkReference(checker, referenceId(value), base, segment, topId, property);
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
        checkLiteral(checker, value, path, topId, property, ranges);
        return;
      }
      checkEmbedded(checker, value, path, topId, property, ranges);
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
    checkPlain(checker, value, base, segment, topId, property, ranges);
  }
}
