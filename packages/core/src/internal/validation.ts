import type * as z from 'zod/mini';
import { CoreError, type CoreIssue, describeIssues, toDotPath } from '../errors.js';
import { type DeepReadonly, deepFreeze } from './freeze.js';

/**
 * The result of a `safeParse*` call: the frozen value, or the error it would have thrown.
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

/** Turns zod's issues into the package's issues, keeping zod's code, path and message. */
export function toCoreIssues(issues: readonly z.core.$ZodIssue[]): CoreIssue[] {
  return issues.map((zodIssue) => {
    const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return { code: zodIssue.code, path, dotPath: toDotPath(path), message: zodIssue.message };
  });
}

/** Validates with a schema and returns a frozen copy, or a `CoreError` with code `INVALID_INPUT`. */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  subject: string,
  input: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: deepFreeze(result.data) };
  const issues = toCoreIssues(result.error.issues);
  return {
    success: false,
    error: new CoreError('INVALID_INPUT', describeIssues(subject, issues), issues),
  };
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
