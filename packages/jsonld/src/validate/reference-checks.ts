// The `@id`s nodes declare (absolute URLs or blank node ids, one node each) and the references
// that use them: a reference must name a node of the document, of a type its property takes.
import type { IssuePath } from '@track4tip/core';
import { type Checker, diagnostic, type Located } from './checker.js';
import type { Diagnostic } from './diagnostics.js';
import { at, idOf, isAbsoluteIri, type JsonObject, join, keyOf } from './json.js';
import { JSON_LD, names, show } from './messages.js';
import { termName } from './terms.js';
import { checkPlain, rangesFor } from './value-checks.js';

// A JSON-LD blank node identifier (https://www.w3.org/TR/json-ld11/#identifying-blank-nodes): a
// node's id within this document only, legal wherever an IRI is.
const BLANK_NODE_ID = /^_:[^\s]+$/;

/** Checks the `@id`s of the top-level nodes and records the nodes they name. */
export function declareTopLevel(
  checker: Checker,
  nodes: readonly { node: JsonObject; path: IssuePath; lone: boolean }[],
): void {
  for (const { node, path, lone } of nodes) {
    const id = idOf(node);
    if (typeof id !== 'string') {
      if (!lone && nodes.length > 1) {
        checker.report(
          'warning',
          'MISSING_ID',
          undefined,
          path,
          'a node of "@graph" without "@id" cannot be referred to by the other nodes',
          `${JSON_LD}#node-identifiers`,
          'give it an absolute "@id"',
        );
      }
    } else if (id.startsWith('_:') && !BLANK_NODE_ID.test(id)) {
      checker.report(
        'error',
        'RELATIVE_ID',
        id,
        join(path, keyOf(node, '@id')),
        `${show(id)} is no blank node identifier: it needs a name after "_:", as in "_:b0"`,
        `${JSON_LD}#identifying-blank-nodes`,
        'name the blank node, or use an absolute URL',
      );
    } else if (!isAbsoluteIri(id) && !BLANK_NODE_ID.test(id)) {
      // Legal JSON-LD (resolved against the page's address), so not an error; but the node's id
      // then depends on the page it is on.
      checker.report(
        'warning',
        'RELATIVE_ID',
        id,
        join(path, keyOf(node, '@id')),
        `the "@id" ${show(id)} is relative: it is resolved against the address of the page it is on, so the node has another id on each page`,
        `${JSON_LD}#node-identifiers`,
        'use an absolute URL (build ids with a baseUrl)',
      );
      checker.nodes.set(id, { node, path, topId: id });
    } else if (checker.nodes.has(id)) {
      checker.report(
        'error',
        'DUPLICATE_ID',
        id,
        join(path, keyOf(node, '@id')),
        `two top-level nodes have the @id ${show(id)}`,
        `${JSON_LD}#node-identifiers`,
        'merge them or give one a different id',
      );
    } else {
      checker.nodes.set(id, { node, path, topId: id });
    }
  }
}

/**
 * Records an embedded node with an `@id`. Returns true when another node already has that id: an
 * embedded node with the @id of another node is more about that node (JSON-LD merges them).
 */
export function declareEmbedded(
  checker: Checker,
  id: string,
  node: JsonObject,
  path: IssuePath,
  topId: string | undefined,
): boolean {
  const known = checker.nodes.get(id);
  if (known === undefined) {
    checker.nodes.set(id, { node, path, topId });
    return false;
  }
  return known.node !== node;
}

/**
 * Checks a reference now when its target is known (a node, once known, stays the one its id
 * names), or holds its place until the end of the document.
 */
export function checkReference(
  checker: Checker,
  target: string,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
): void {
  const found = checker.nodes.get(target);
  // `{"@id": "https://schema.org/InForce"}` names a schema.org term (an enumeration member, a
  // class; bare, `Female`, as schema.org's own examples write it): it is checked as the same
  // term written as a string is. In a property that takes a URL (`url`, `sameAs`), an `@id` is
  // that URL, not a node of the graph.
  if (found === undefined && (isSchemaTerm(checker, target) || rangesFor(checker, property).url)) {
    checkPlain(checker, target, base, segment, topId, property, rangesFor(checker, property));
    return;
  }
  if (found === undefined) {
    checker.deferred += 1;
    checker.entries.push({ target, base, segment, topId, property });
    return;
  }
  const finding = referenceFinding(
    checker,
    NO_PAGES,
    target,
    found,
    base,
    segment,
    topId,
    property,
  );
  if (finding !== undefined) checker.entries.push(finding);
}

const NO_PAGES: ReadonlySet<string> = new Set();

/**
 * True for the IRI of a schema.org term (`https://schema.org/InForce`, `schema:Person`), or the
 * bare name of one the vocabulary knows (`Female`).
 */
function isSchemaTerm(checker: Checker, iri: string): boolean {
  const term = termName(iri);
  if (term === undefined || iri.startsWith('_:')) return false;
  if (isAbsoluteIri(iri)) return true;
  const { enumerationsOf, isClass, isProperty, scope } = checker.vocabulary;
  // A part of schema.org cannot tell a bare name it does not hold from a term: taken as one.
  return (
    scope !== undefined || isClass(term) || isProperty(term) || enumerationsOf(term).length > 0
  );
}

/** The address an IRI is a fragment of (`https://ex.org/page` for `https://ex.org/page#org`). */
const pageOf = (iri: string): string => {
  const hash = iri.indexOf('#');
  return hash === -1 ? iri : iri.slice(0, hash);
};

/** The addresses the document's own ids are fragments of. */
function idPages(checker: Checker): ReadonlySet<string> {
  const pages = new Set<string>();
  for (const id of checker.nodes.keys()) if (id.includes('#')) pages.add(pageOf(id));
  return pages;
}

/** What is wrong with a reference whose target is `found` (if anything). */
function referenceFinding(
  checker: Checker,
  pages: ReadonlySet<string>,
  target: string,
  found: Located | undefined,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
): Diagnostic | undefined {
  if (found === undefined && BLANK_NODE_ID.test(target)) {
    // A blank node id names a node of this document only: nothing else can define it.
    return diagnostic(
      'error',
      'DANGLING_REFERENCE',
      topId,
      at(base, segment),
      `refers to ${show(target)}, a blank node id that no node of this document has`,
      `${JSON_LD}#identifying-blank-nodes`,
      'add that node or remove the reference',
    );
  }
  if (found === undefined && (!isAbsoluteIri(target) || pages.has(pageOf(target)))) {
    // A fragment of this page (`#org`), or of the address the document's own ids are fragments
    // of: the node belongs in this document, and is not in it.
    return diagnostic(
      'error',
      'DANGLING_REFERENCE',
      topId,
      at(base, segment),
      `refers to ${show(target)}, which is not a node of this graph, though its address is that of the graph's own ids`,
      `${JSON_LD}#node-identifiers`,
      'add that node or remove the reference',
    );
  }
  if (found === undefined) {
    // An IRI may name something described elsewhere (another script on the page, another page,
    // another site): legal JSON-LD, but nothing here says what it is.
    return diagnostic(
      'info',
      'DANGLING_REFERENCE',
      topId,
      at(base, segment),
      `refers to ${show(target)}, which this document does not describe; what it is is not checked here, and Google reads only what the page holds`,
      `${JSON_LD}#node-identifiers`,
      'describe it in the same graph if a reader should know it',
    );
  }
  const types = checker.types(found.node);
  if (!types.checkable) return undefined;
  const ranges = rangesFor(checker, property);
  if (ranges.list.some((range) => types.all.has(range))) return undefined;
  return diagnostic(
    'error',
    'UNEXPECTED_VALUE',
    topId,
    at(base, segment),
    `"${property}" expects ${ranges.expected}; ${show(target)} is a ${names(types.known)}`,
    ranges.source,
  );
}

/** The diagnostics, each deferred reference replaced by its finding, now that every node is known. */
export function resolveReferences(checker: Checker): Diagnostic[] {
  const entries = checker.entries;
  if (checker.deferred === 0) return entries as Diagnostic[];
  const out: Diagnostic[] = [];
  const pages = idPages(checker);
  for (const entry of entries) {
    if (!('target' in entry)) {
      out.push(entry);
      continue;
    }
    const { target, base, segment, topId, property } = entry;
    const finding = referenceFinding(
      checker,
      pages,
      target,
      checker.nodes.get(target),
      base,
      segment,
      topId,
      property,
    );
    if (finding !== undefined) out.push(finding);
  }
  return out;
}
