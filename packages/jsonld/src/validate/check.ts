// Runs the validator on one document: the walk (walker.ts) and its checks, then the page's
// subject (subject.ts) and Google's rules for each rich-result item (rich-results.ts).
//
// Where the rest is: node-checks.ts (types, properties, date order), value-checks.ts (a value
// against its property's ranges), reference-checks.ts (`@id`s and references), checker.ts (the
// state the checks share), schema-context.ts (the `@context`). The rules as data: google.ts
// (Google's pages), dates.ts (DATE_ORDER) and vocabulary.generated.ts (schema.org).
import { Checker } from './checker.js';
import type { Diagnostic, RichResultItem } from './diagnostics.js';
import type { GooglePage } from './google.js';
import { isObject, type Json } from './json.js';
import { JSON_LD } from './messages.js';
import { resolveReferences } from './reference-checks.js';
import { evaluate } from './rich-results.js';
import { consideredItems, pageSubjects, type TopLevel } from './subject.js';
import type { Vocabulary } from './vocabulary.js';
import { walk } from './walker.js';

/** The document's top-level nodes and their paths: its `@graph`, its array, or the document. */
function topLevelNodes(input: unknown): TopLevel[] {
  const each = (nodes: unknown[], at: readonly string[]) =>
    nodes.map((node, index) => ({ node: node as Json, path: [...at, index] }));
  if (Array.isArray(input)) return each(input, []);
  if (!isObject(input)) return [];
  const graph = input['@graph'];
  if (graph === undefined) return [{ node: input, path: [] }];
  return Array.isArray(graph) ? each(graph, ['@graph']) : [{ node: graph, path: ['@graph'] }];
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
 * Runs every check on a JSON-LD document, against a vocabulary (all of schema.org, or the part a
 * kind of page uses) and Google's pages. Never throws: input that cannot be read at all (a getter
 * that throws, a proxy) is reported as INVALID_DOCUMENT.
 */
export function check(
  input: unknown,
  subject: readonly string[] | undefined,
  vocabulary: Vocabulary,
  pages: readonly GooglePage[],
): CheckResult {
  const checker = new Checker(vocabulary, pages);
  const richResults: RichResultItem[] = [];
  let unknownSubjects: readonly string[] = [];
  try {
    walk(checker, input);
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
      [],
      `the input could not be read as JSON (${reason})`,
      `${JSON_LD}#basic-concepts`,
      'pass the result of JSON.parse or toJsonLd',
    );
  }
  const diagnostics = resolveReferences(checker);
  return { diagnostics, richResults, unknownSubjects, work: checker.work };
}
