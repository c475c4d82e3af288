import { type IssuePath, isWithinPath } from '@track4tip/core';
import type { Checker, Item } from './checker.js';
import {
  asList,
  isObject,
  isReference,
  type Json,
  type JsonObject,
  keywordOf,
  referenceId,
} from './json.js';
import { localName } from './terms.js';

// What a page is about decides which rich results Google considers on it. Google reads an Event
// or an Article as the page's own content, and Organization markup "on your home page or a single
// page that describes your organization"
// (https://developers.google.com/search/docs/appearance/structured-data/organization), not on every
// page that mentions one.

/** The values of one schema.org property of a node, whatever its key's form (`schema:x`, IRI). */
function valuesNamed(node: JsonObject, property: string): Json[] {
  const values: Json[] = [];
  for (const key of Object.keys(node)) {
    if (keywordOf(key) === undefined && localName(key) === property)
      values.push(...asList(node[key]));
  }
  return values;
}

/** The node a value stands for: an embedded node, or the node a reference or an IRI names. */
function nodeOf(checker: Checker, value: Json): JsonObject | undefined {
  if (typeof value === 'string') return checker.nodes.get(value)?.node;
  if (!isObject(value)) return undefined;
  if (isReference(value)) return checker.nodes.get(referenceId(value))?.node;
  return value;
}

/** Which subjects the page has, and the requested ones no node of the document has. */
export interface PageSubjects {
  /** The nodes the page is about; empty when the document does not say and none was requested. */
  readonly nodes: ReadonlySet<object>;
  /** Paths where subjects are written, when known without looking them up. */
  readonly paths: readonly IssuePath[];
  /** Requested `@id`s that no node of the document has. */
  readonly unknown: readonly string[];
}

/** A top-level node of the document and its path. */
export interface TopLevel {
  readonly node: Json;
  readonly path: IssuePath;
}

/**
 * The page's subjects: the requested `@id`s; else what the document declares (the `mainEntity` of
 * its WebPage nodes, and nodes that name their page with `mainEntityOfPage`); else a document of
 * one node is about that node.
 */
export function pageSubjects(
  checker: Checker,
  topLevel: readonly TopLevel[],
  requested: readonly string[] | undefined,
): PageSubjects {
  const nodes = new Set<object>();
  if (requested !== undefined) {
    const unknown: string[] = [];
    for (const id of requested) {
      const node = checker.nodes.get(id)?.node;
      if (node === undefined) unknown.push(id);
      else nodes.add(node);
    }
    return { nodes, paths: [], unknown };
  }
  for (const node of checker.pageNodes) {
    if (checker.types(node).all.has('WebPage')) {
      for (const value of valuesNamed(node, 'mainEntity')) {
        const subject = nodeOf(checker, value);
        if (subject !== undefined) nodes.add(subject);
      }
    } else {
      nodes.add(node);
    }
  }
  const only = topLevel.length === 1 ? topLevel[0] : undefined;
  if (nodes.size === 0 && only !== undefined && isObject(only.node)) {
    nodes.add(only.node);
    return { nodes, paths: [only.path], unknown: [] };
  }
  return { nodes, paths: [], unknown: [] };
}

/**
 * The rich-result items Google would consider on the page. With known subjects: a subject, and
 * an Event or Article embedded in one (a series' sub-events); an Organization only as a subject.
 * Without: every Event and Article, and no Organization.
 */
export function consideredItems(
  checker: Checker,
  items: readonly Item[],
  subjects: PageSubjects,
): Item[] {
  if (subjects.nodes.size === 0)
    return items.filter((item) => item.page.feature !== 'Organization');
  // Where the subjects are written, to find what is embedded in them.
  const prefixes: IssuePath[] = [...subjects.paths];
  for (const item of items) if (subjects.nodes.has(item.node)) prefixes.push(item.path);
  for (const { node, path } of checker.nodes.values()) {
    if (subjects.nodes.has(node)) prefixes.push(path);
  }
  // A subject with neither an @id nor an item of this validator's (a Report, for the validator of
  // Event pages) is found where the page names it.
  for (const node of subjects.nodes) {
    const path = checker.pagePaths.get(node as JsonObject);
    if (path !== undefined) prefixes.push(path);
  }
  const within = (path: IssuePath) => prefixes.some((prefix) => isWithinPath(path, prefix));
  return items.filter(
    (item) =>
      subjects.nodes.has(item.node) || (item.page.feature !== 'Organization' && within(item.path)),
  );
}
