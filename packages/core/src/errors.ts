/**
 * Stable codes carried by every {@link CoreError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { type CoreErrorCode, getPerson } from '@track4tip/core';
 * let code: CoreErrorCode | undefined;
 * try {
 *   getPerson('jane-doe' as never);
 * } catch (error) {
 *   code = (error as { code?: CoreErrorCode }).code;
 * }
 * console.log(code); // "UNKNOWN_ID"
 * ```
 */
export type CoreErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_ID'
  | 'UNKNOWN_LOCALE'
  | 'DANGLING_REFERENCE'
  | 'ID_COLLISION';

/**
 * One problem found in an input: a machine-readable code, where it is, and what to do.
 *
 * @example
 * ```ts
 * import { type CoreIssue } from '@track4tip/core';
 * import { safeParsePerson } from '@track4tip/core/schemas';
 * const result = safeParsePerson({ id: 'jane doe', name: 'Jane Doe' });
 * const issues: readonly CoreIssue[] = result.success ? [] : result.error.issues;
 * console.log(issues[0]?.dotPath, issues[0]?.code); // "id" "invalid_format"
 * ```
 */
export interface CoreIssue {
  /**
   * The validator's code for this issue: for schema issues, zod's issue code such as
   * `invalid_type`; `unreadable` for a value that threw when read; `DANGLING_REFERENCE` or
   * `ID_COLLISION` for the reference checks of `defineDataset`.
   */
  readonly code: string;
  /** Path from the root of the input to the offending value. */
  readonly path: readonly (string | number)[];
  /** The path written with dots, e.g. `participations.0.person`; empty for the root. */
  readonly dotPath: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * The one error class of `@track4tip/core`.
 *
 * @example
 * ```ts
 * import { getCountry } from '@track4tip/core';
 * try {
 *   getCountry('XX' as never);
 * } catch (error) {
 *   if ((error as { code?: string }).code === 'UNKNOWN_ID') console.log('no such country');
 * }
 * ```
 */
export class CoreError extends Error {
  /** Always `'CoreError'`. */
  override readonly name = 'CoreError';
  /** What kind of failure this is. */
  readonly code: CoreErrorCode;
  /** Every problem found, each with its path (empty for errors that are not about an input). */
  readonly issues: readonly CoreIssue[];

  /**
   * @param code - What kind of failure this is.
   * @param message - A message that says what is wrong, where and how to fix it.
   * @param issues - The individual problems, when there are several.
   */
  constructor(code: CoreErrorCode, message: string, issues: readonly CoreIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/** Writes a path the way messages and issues show it: `a.b.0.c`. */
export function toDotPath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.');
}

/** One issue, with its dot path written from its path. */
export function issueAt(code: string, path: (string | number)[], message: string): CoreIssue {
  return { code, path, dotPath: toDotPath(path), message };
}

/** How many issues a message spells out; the rest are counted (all of them are in `issues`). */
const LISTED_ISSUES = 20;

/** Builds one message that leads with each issue's path. */
export function describeIssues(subject: string, issues: readonly CoreIssue[]): string {
  const lines = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => `\`${issue.dotPath || '(root)'}\`: ${issue.message}`);
  if (issues.length > LISTED_ISSUES) {
    lines.push(`… and ${issues.length - LISTED_ISSUES} more; error.issues lists every one`);
  }
  return `Invalid ${subject}: ${lines.length === 1 ? lines[0] : `\n- ${lines.join('\n- ')}`}`;
}
