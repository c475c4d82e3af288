// The schema.org JSON-LD `@context`: the URLs that name it, and how a document's `@context` is read.
import type { IssuePath } from '@track4tip/core';
import { deepFreeze } from './freeze.js';

/**
 * The ways a document names the schema.org context: the URLs schema.org serves it from (with or
 * without TLS and trailing slash, or the context file itself). All of them give terms the
 * schema.org meaning (the official context sets `"@vocab"` to schema.org).
 */
export const SCHEMA_CONTEXTS: readonly string[] = /* @__PURE__ */ deepFreeze([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.json',
  'https://schema.org/docs/jsonldcontext.jsonld',
]);

const VOCABS = ['https://schema.org/', 'http://schema.org/'];
// Keywords a context object may hold that do not change what a schema.org term means.
const NEUTRAL = new Set(['@language', '@direction', '@version', '@base', '@protected']);

/** One finding about an `@context`, at a path relative to it (empty for the value itself). */
export interface ContextFinding {
  readonly severity: 'error' | 'warning';
  readonly path: IssuePath;
  readonly message: string;
  /** How to fix it, when the finding says. */
  readonly hint?: string;
}

const preview = (value: unknown): string => {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
};

/** A prefix definition: a name without `:` for an IRI ending in `/` or `#`. */
const isPrefix = (key: string, term: unknown): boolean =>
  !key.includes(':') &&
  !key.startsWith('@') &&
  typeof term === 'string' &&
  /^[a-z][a-z0-9+.-]*:\S*[/#]$/i.test(term);

/**
 * Reads an `@context` value (a string, an object, `null` or an array of them, in order) without
 * descending into nested definitions, so no context is too deep to read. `inherited` says whether
 * schema.org terms were in force before it. Returns whether they are in force after it.
 */
export function readContext(
  value: unknown,
  inherited: boolean,
  findings: ContextFinding[],
  terms?: { bare: boolean; aliases: boolean },
): boolean {
  let schema = inherited;
  // Whether bare terms (`name`) are schema.org's, not only prefixed ones (`schema:name`).
  let bare = inherited;
  // Whether `type` and `id` are `@type` and `@id`: only schema.org's context file says so.
  let aliases = inherited;
  // A context URL or null sets all three: schema.org's file brings them in, anything else ends them.
  const whole = (on: boolean): void => {
    schema = on;
    bare = on;
    aliases = on;
  };
  const entries = Array.isArray(value) ? value : [value];
  entries.forEach((entry, index) => {
    const path = Array.isArray(value) ? [index] : [];
    if (entry === null) {
      whole(false);
    } else if (typeof entry === 'string') {
      whole(SCHEMA_CONTEXTS.includes(entry));
      if (!schema) {
        findings.push({
          severity: 'error',
          path,
          message: `the context ${preview(entry)} is not schema.org's, so its terms cannot be checked`,
          hint: 'use "@context": "https://schema.org"',
        });
      }
    } else if (typeof entry === 'object' && !Array.isArray(entry)) {
      const record = entry as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const term = record[key];
        if (key === '@vocab') {
          schema = typeof term === 'string' && VOCABS.includes(term);
          bare = schema;
          if (!schema)
            findings.push({
              severity: 'error',
              path: [...path, '@vocab'],
              message: `"@vocab" ${preview(term)} is not schema.org`,
              hint: 'use "https://schema.org/" or remove it',
            });
        } else if (key === 'schema' && typeof term === 'string' && VOCABS.includes(term)) {
          // `"schema": "https://schema.org/"`: terms written `schema:name` are schema.org's.
          schema = true;
        } else if (isPrefix(key, term)) {
          // A prefix (`"gs1": "https://gs1.org/voc/"`) only names another vocabulary's terms,
          // which are left unchecked as foreign IRIs.
        } else if (!NEUTRAL.has(key)) {
          findings.push({
            severity: 'warning',
            path: [...path, key],
            message: `the context defines "${key.length > 60 ? `${key.slice(0, 60)}…` : key}"; the validator reads terms as schema.org defines them and does not apply local definitions`,
            hint: 'remove it or check the result with a JSON-LD processor',
          });
        }
      }
    } else {
      whole(false);
      findings.push({
        severity: 'error',
        path,
        message: `a context entry must be a URL, an object or null; got ${preview(entry)}`,
      });
    }
  });
  if (terms !== undefined) {
    terms.bare = bare;
    terms.aliases = aliases;
  }
  return schema;
}
