import type * as z from 'zod/mini';
import { CoreError, type CoreErrorCode, describeIssues, type Issue, issueAt } from '../errors.js';
import { type DeepReadonly, deepFreeze } from './freeze.js';

/**
 * The result of a `safeParse*` call: the frozen value, or the error it would have thrown. A
 * `safeParse*` call never throws: an input that throws when read (a getter, a Proxy) gives an issue
 * with code `INVALID_INPUT` at its path.
 *
 * @example
 * ```ts
 * import { type ParseResult, type PersonData, safeParsePerson } from '@track4tip/core/schemas';
 * const result: ParseResult<PersonData> = safeParsePerson({ id: 'jane-doe', name: 'Jane Doe' });
 * console.log(result.success ? result.data.name : result.error.code); // "Jane Doe"
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: DeepReadonly<T> }
  | { readonly success: false; readonly error: CoreError };

/** Turns zod's issues into the package's issues: code `INVALID_INPUT`, zod's path and message. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((zodIssue) => {
    const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return issueAt('INVALID_INPUT', path, zodIssue.message);
  });
}

/** Validates with a schema and returns a frozen copy, or a `CoreError` with code `INVALID_INPUT`. */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  subject: string,
  input: unknown,
): ParseResult<z.output<S>> {
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input);
  } catch {
    // A getter or a Proxy trap threw while zod read the input. Nothing of what was thrown is
    // inspected: it may be as hostile as the input.
    return invalid(subject, [unreadable(unreadablePath(input))]);
  }
  if (result.success) return { success: true, data: deepFreeze(result.data) };
  return invalid(subject, toIssues(result.error.issues));
}

/** The failed result for these issues, with code `INVALID_INPUT` unless another is given. */
export function invalid(
  subject: string,
  issues: Issue[],
  code: CoreErrorCode = 'INVALID_INPUT',
): { success: false; error: CoreError } {
  // One issue: the error is at its path; several: about the input as a whole.
  const path = issues.length === 1 ? (issues[0]?.path ?? []) : [];
  return {
    success: false,
    error: new CoreError(code, describeIssues(subject, issues), { path, issues }),
  };
}

/** The issue of a value that throws when it is read. */
export function unreadable(path: (string | number)[]): Issue {
  return issueAt(
    'INVALID_INPUT',
    path,
    'could not be read: a getter or a Proxy threw; pass plain data, such as the result of JSON.parse',
  );
}

// Bounds of the search for what threw: the input may be endless (a Proxy that makes new ones).
const SEARCH_DEPTH = 32;
const SEARCH_NODES = 10_000;

/**
 * Path of the first value of `input` that throws when read as zod may read it (is it an array,
 * its keys and prototype, each property), or the root when none throws again within the bounds.
 */
function unreadablePath(input: unknown): (string | number)[] {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  for (let visited = 0; visited < SEARCH_NODES; visited++) {
    const next = pending.pop();
    if (next === undefined) break;
    const { value, path } = next;
    if (value === null || typeof value !== 'object' || path.length > SEARCH_DEPTH) continue;
    let keys: string[];
    let array: boolean;
    try {
      array = Array.isArray(value);
      keys = Object.keys(value);
      Object.getPrototypeOf(value);
      for (const key of keys) void (key in value);
    } catch {
      return path;
    }
    const children: typeof pending = [];
    for (const key of keys) {
      const childPath = [...path, array ? Number(key) : key];
      try {
        children.push({ value: (value as Record<string, unknown>)[key], path: childPath });
      } catch {
        return childPath;
      }
    }
    // Last pushed is searched first: push in reverse so the search goes in key order.
    for (const child of children.reverse()) pending.push(child);
  }
  return [];
}

/** Like {@link safeParseWith}, but throws the error. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  subject: string,
  input: unknown,
): DeepReadonly<z.output<S>> {
  const result = safeParseWith(schema, subject, input);
  if (!result.success) throw result.error;
  return result.data;
}
