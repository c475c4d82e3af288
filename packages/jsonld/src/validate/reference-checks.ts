// The `@id`s nodes declare (absolute URLs or blank node ids, one node each) and the references
// that use them: a reference must name a node of the document, of a type its property takes.
import type { IssuePath } from '@track4tip/core';
import { type Checker, diagnostic, type Located } from './checker.js';
import type { Diagnostic } from './diagnostics.js';
import { at, idOf, isAbsoluteIri, type JsonObject, join, keyOf } from './json.js';
import { JSON_LD, names, show } from './messages.js';
import { termName } from './terms.js';
import { checkPlain, isMisspeltTerm, rangesFor } from './value-checks.js';

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
    } else if (checker.nodes.has(id)) {
      // Legal JSON-LD, and what sites do when two plugins describe one organisation: readers
      // (JSON-LD processors, Google) merge the nodes, and so does the validator (checker.fragments).
      const fragments = checker.fragments.get(id) ?? [];
      fragments.push({ node, path, topId: id });
      checker.fragments.set(id, fragments);
      checker.report(
        'warning',
        'DUPLICATE_ID',
        id,
        join(path, keyOf(node, '@id')),
        `another top-level node has the @id ${show(id)}: readers merge the two into one node, so they must describe one thing`,
        `${JSON_LD}#node-identifiers`,
        'describe it in one node, or give one a different id if they are two things',
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
  if (found === undefined) {
    checker.deferred += 1;
    checker.entries.push({ target, base, segment, topId, property });
    return;
  }
  const finding = referenceFinding(checker, target, found, base, segment, topId, property);
  if (finding !== undefined) checker.entries.push(finding);
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

/** What is wrong with a reference to the node `found`: a type its property does not take. */
function referenceFinding(
  checker: Checker,
  target: string,
  found: Located,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
): Diagnostic | undefined {
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

/**
 * What a reference that no node of the document has says, once every node is known: `pages` are
 * the addresses the document's own ids are fragments of.
 */
function unresolved(
  checker: Checker,
  pages: ReadonlySet<string>,
  target: string,
  base: IssuePath,
  segment: string | number | undefined,
  topId: string | undefined,
  property: string,
): Diagnostic[] {
  const where = at(base, segment);
  const dangling = (message: string, source = `${JSON_LD}#node-identifiers`): Diagnostic[] => [
    diagnostic(
      'error',
      'DANGLING_REFERENCE',
      topId,
      where,
      message,
      source,
      'add that node or remove the reference',
    ),
  ];
  // A blank node id names a node of this document only: nothing else can define it.
  if (BLANK_NODE_ID.test(target)) {
    return dangling(
      `refers to ${show(target)}, a blank node id that no node of this document has`,
      `${JSON_LD}#identifying-blank-nodes`,
    );
  }
  const absolute = isAbsoluteIri(target);
  const term = absolute ? termName(target) : undefined;
  const ranges = rangesFor(checker, property);
  // `{"@id": "https://schema.org/InForce"}` names a schema.org term (an enumeration member, a
  // class): checked as the same IRI written as a string is.
  if (term !== undefined && term !== '') {
    if (isMisspeltTerm(checker, term)) {
      return [
        diagnostic(
          'error',
          'UNEXPECTED_VALUE',
          topId,
          where,
          `refers to ${show(target)}, which is no schema.org term (release ${checker.vocabulary.release})`,
          ranges.source,
          'check the spelling',
        ),
      ];
    }
    return checker.collect(() =>
      checkPlain(checker, target, base, segment, topId, property, ranges),
    );
  }
  // A fragment of this page (`#org`), or of the address the document's own ids are fragments
  // of: the node belongs in this document, and is not in it.
  if (target.startsWith('#')) {
    return dangling(
      `refers to ${show(target)}, a part of this page that no node of this document is`,
    );
  }
  if (absolute && pages.has(pageOf(target))) {
    return dangling(
      `refers to ${show(target)}, which no node of this document is, though the document's own ids are at the same address`,
    );
  }
  // In a property that takes a URL (`url`, `sameAs`), an `@id` elsewhere is that URL.
  if (ranges.url) {
    return checker.collect(() =>
      checkPlain(checker, target, base, segment, topId, property, ranges),
    );
  }
  if (!absolute) {
    return dangling(`refers to ${show(target)}, a relative id that no node of this document has`);
  }
  // An IRI may name something described elsewhere (another page, another site): legal JSON-LD,
  // but nothing here says what it is.
  return [
    diagnostic(
      'info',
      'DANGLING_REFERENCE',
      topId,
      where,
      `refers to ${show(target)}, which this document does not describe; what it is is not checked here, and Google reads only what the page holds`,
      `${JSON_LD}#node-identifiers`,
      'describe it in the same graph if a reader should know it',
    ),
  ];
}

/** The diagnostics, each deferred reference replaced by its findings, now that every node is known. */
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
    const found = checker.nodes.get(target);
    if (found === undefined) {
      out.push(...unresolved(checker, pages, target, base, segment, topId, property));
      continue;
    }
    const finding = referenceFinding(checker, target, found, base, segment, topId, property);
    if (finding !== undefined) out.push(finding);
  }
  return out;
}
