import type * as z from 'zod/mini';
import {
  CoreError,
  type CoreErrorCode,
  describeIssues,
  type Issue,
  type IssueCode,
  issueAt,
} from '../errors.js';
import { type DeepReadonly, deepFreeze } from './freeze.js';
import { type EventPath, missingFieldHint, unknownFieldHint } from './hints.js';

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

/** A short, one-line rendering of a value for messages: `"2024-02-30"`, `42`, `[1,2]`. */
export function show(value: unknown): string {
  // NaN and the infinities, which JSON writes as null, are shown as what they are.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return '…'; // nested too deeply, or not data (a bigint, a getter that throws)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "a number", "an array", "null": what a value is, for messages. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${/^[ou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/** The issue code of each zod issue code that is not read further. */
const CODES: Readonly<Record<string, IssueCode>> = {
  invalid_format: 'INVALID_FORMAT',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
};

/** A zod path key as a path key of the package (a symbol key as its description). */
const pathKey = (key: PropertyKey): string | number =>
  typeof key === 'symbol' ? String(key) : key;

/**
 * Turns zod's issues (parsed with `reportInput`) into the package's issues: a code of their own
 * kind, zod's path, the schema's message (a missing field, a wrong type and each unknown field
 * worded here) and the hints of the model.
 *
 * @param eventPath - Where the input holds events, for the hints about their fields.
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], eventPath?: EventPath): Issue[] {
  return issues.flatMap((zodIssue) => {
    const path = zodIssue.path.map(pathKey);
    const key = path[path.length - 1];
    switch (zodIssue.code) {
      case 'unrecognized_keys':
        return zodIssue.keys.map((field) =>
          issueAt(
            'UNKNOWN_FIELD',
            [...path, field],
            `unknown field ${JSON.stringify(field)}`,
            unknownFieldHint(eventPath?.(path), field),
          ),
        );
      case 'invalid_type':
        return zodIssue.input === undefined && typeof key === 'string'
          ? issueAt(
              'MISSING_FIELD',
              path,
              `the required field ${JSON.stringify(key)} is missing; add it`,
              missingFieldHint(key),
            )
          : issueAt(
              'INVALID_TYPE',
              path,
              `${zodIssue.message}, got ${typeOf(zodIssue.input)} (${show(zodIssue.input)}); change the value`,
            );
      case 'custom':
        return issueAt(
          (zodIssue.params?.code as IssueCode | undefined) ?? 'INVALID_VALUE',
          path,
          zodIssue.message,
        );
      default:
        return issueAt(CODES[zodIssue.code] ?? 'INVALID_VALUE', path, zodIssue.message);
    }
  });
}

/** Validates with a schema and returns a frozen copy, or a `CoreError` with code `INVALID_INPUT`. */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  subject: string,
  input: unknown,
  eventPath?: EventPath,
): ParseResult<z.output<S>> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: deepFreeze(result.data) };
    // Only a failure needs the values in its issues (the messages quote them): asking zod for
    // them on every parse makes the valid case, the common one, about a third slower. The
    // input is read again for them; an input that passes the second reading (a getter or a
    // Proxy that answers differently each time) is refused where the first reading failed.
    const reported = schema.safeParse(input, { reportInput: true });
    if (reported.success) {
      return invalid(
        subject,
        result.error.issues.map((issue) => inconsistent(issue.path.map(pathKey))),
      );
    }
    return invalid(subject, toIssues(reported.error.issues, eventPath));
  } catch {
    // A getter or a Proxy trap threw while zod (or the wording of an issue) read the input.
    // Nothing of what was thrown is inspected: it may be as hostile as the input.
    return invalid(subject, [unreadable(unreadablePath(input))]);
  }
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

/** The issue of a value that read differently when it was read again. */
function inconsistent(path: (string | number)[]): Issue {
  return issueAt(
    'INVALID_INPUT',
    path,
    'read differently when read again: a getter or a Proxy changes its answers; pass plain data, such as the result of JSON.parse',
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
  eventPath?: EventPath,
): DeepReadonly<z.output<S>> {
  const result = safeParseWith(schema, subject, input, eventPath);
  if (!result.success) throw result.error;
  return result.data;
}
