// The state the checks of one run of the validator share: the findings in document order,
// the nodes by `@id`, the rich-result items found, and the types of each node (looked up once).
import type { IssuePath } from '@track4tip/core';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
import type { GooglePage } from './google.js';
import { idOf, type JsonObject } from './json.js';
import { isForeignIri, typesOf } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

export interface TypeInfo {
  /** Known class names. */
  readonly known: readonly string[];
  /** The known classes and all their super-classes. */
  readonly all: ReadonlySet<string>;
  /**
   * Whether the node's properties and its place in a property's range can be judged from its known
   * classes: it has one, and, with a vocabulary limited to a kind of page, every schema.org type
   * it has is in that vocabulary (a type outside it could have any property or super-class).
   */
  readonly checkable: boolean;
}
const NO_TYPES: TypeInfo = { known: [], all: new Set(), checkable: false };

export interface Located {
  readonly node: JsonObject;
  readonly path: IssuePath;
  readonly topId: string | undefined;
}

export interface Item extends Located {
  readonly page: GooglePage;
  readonly type: string;
}

/** A reference whose check waits until every node of the document is known. */
export interface Deferred {
  readonly target: string;
  readonly base: IssuePath;
  readonly segment: string | number | undefined;
  readonly topId: string | undefined;
  readonly property: string;
}

/** A diagnostic, with a `hint` only when there is one. */
export const diagnostic = (
  severity: Severity,
  code: DiagnosticCode,
  id: string | undefined,
  path: IssuePath,
  message: string,
  source: string,
  hint?: string,
): Diagnostic =>
  hint === undefined
    ? { severity, code, id, path, message, source }
    : { severity, code, id, path, message, hint, source };

export class Checker {
  /** The schema.org vocabulary the checks read: all of it, or the part a kind of page uses. */
  readonly vocabulary: Vocabulary;
  /** The Google pages whose rich results are looked for. */
  readonly pages: readonly GooglePage[];
  /** Diagnostics in document order; deferred reference checks hold their place. */
  entries: (Diagnostic | Deferred)[] = [];
  readonly nodes = new Map<string, Located>();
  /** Further top-level nodes with the @id of one in `nodes`: JSON-LD merges them with it. */
  readonly fragments = new Map<string, Located[]>();
  readonly items: Item[] = [];
  /** WebPage nodes and nodes naming their page (`mainEntityOfPage`): they say what a page is about. */
  readonly pageNodes: JsonObject[] = [];
  /** Where each of `pageNodes` is written, so what is embedded in a subject can be found. */
  readonly pagePaths = new Map<JsonObject, IssuePath>();
  readonly typeCache = new WeakMap<object, TypeInfo>();
  /** Units of work done (frames, type look-ups, values read): lets tests check the cost is linear. */
  work = 0;
  /**
   * Whether the document's context makes bare terms (`name`) schema.org's; `false` under a
   * context that only defines the prefix `schema:`, where JSON-LD drops them.
   */
  bareTerms = true;
  /**
   * Whether `type` and `id` are `@type` and `@id`, as schema.org's context file makes them; a
   * context that only sets `"@vocab"` does not.
   */
  aliases = true;
  /** How many references wait in `entries` for the end of the document. */
  deferred = 0;

  constructor(vocabulary: Vocabulary, pages: readonly GooglePage[]) {
    this.vocabulary = vocabulary;
    this.pages = pages;
  }

  /** The findings `check` records, in order, apart from the others. */
  collect(check: () => void): Diagnostic[] {
    const saved = this.entries;
    this.entries = [];
    try {
      check();
      return this.entries as Diagnostic[];
    } finally {
      this.entries = saved;
    }
  }

  /** Records a finding (see {@link diagnostic}) in document order. */
  report(...finding: Parameters<typeof diagnostic>): void {
    this.entries.push(diagnostic(...finding));
  }

  /** The other node of the document with this node's `@id` (declared first), if there is one. */
  sameNode(node: JsonObject): JsonObject | undefined {
    const id = idOf(node);
    const other = typeof id === 'string' ? this.nodes.get(id)?.node : undefined;
    return other === node ? undefined : other;
  }

  /**
   * The other nodes of the document with this node's `@id`, where they are: JSON-LD reads them
   * as one node, so what one lacks another may say.
   */
  sameNodes(node: JsonObject): Located[] {
    const id = idOf(node);
    if (typeof id !== 'string') return [];
    const first = this.nodes.get(id);
    if (first === undefined) return [];
    return [first, ...(this.fragments.get(id) ?? [])].filter((entry) => entry.node !== node);
  }

  types(node: JsonObject): TypeInfo {
    const cached = this.typeCache.get(node);
    if (cached !== undefined) return cached;
    const { vocabulary } = this;
    const names = [...new Set(typesOf(node).map((type) => type.name))];
    // An untyped node with the @id of another node is more of that node (JSON-LD merges them:
    // Yoast writes `"author": {"name": …, "@id": …}`): it has that node's types.
    const same = names.length === 0 ? this.sameNode(node) : undefined;
    if (same !== undefined) {
      const info = this.types(same);
      this.typeCache.set(node, info);
      return info;
    }
    const known = names.filter(vocabulary.isClass);
    // Types of other vocabularies say nothing about schema.org's properties.
    const schemaNames = names.filter((name) => !isForeignIri(name));
    const all = new Set<string>();
    for (const type of known) {
      for (const ancestor of vocabulary.ancestors(type)) {
        this.work += 1;
        all.add(ancestor);
      }
    }
    const checkable = vocabulary.scope === undefined || known.length === schemaNames.length;
    const info = known.length === 0 ? NO_TYPES : { known, all, checkable };
    this.typeCache.set(node, info);
    return info;
  }
}
