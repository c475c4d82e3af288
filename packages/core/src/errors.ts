/**
 * The one code vocabulary of the SDK: every code an error of any `@track4tip` package carries, and
 * every code of an {@link Issue}. Test `error.code` (or `issue.code`), not `instanceof`.
 *
 * @example
 * ```ts
 * import { type IssueCode, getPerson } from '@track4tip/core';
 * let code: IssueCode | undefined;
 * try {
 *   getPerson('jane-doe' as never);
 * } catch (error) {
 *   code = (error as { code?: IssueCode }).code;
 * }
 * console.log(code); // "UNKNOWN_ID"
 * ```
 */
export type IssueCode =
  /**
   * The caller's input is refused: the code of the error; each of its issues has a finer code
   * (`MISSING_FIELD`, `INVALID_TYPE`, …), or this one for a value that cannot be read.
   */
  | 'INVALID_INPUT'
  /** A required field of the input has no value. */
  | 'MISSING_FIELD'
  /** A field the model does not have (one issue per field, its path ending with the field). */
  | 'UNKNOWN_FIELD'
  /** A value of the wrong type: a number for a string, a string for a list. */
  | 'INVALID_TYPE'
  /** A value of the right type that the model refuses: not one of the allowed values, or a rule broken. */
  | 'INVALID_VALUE'
  /** A string that does not have the required form (a pattern). */
  | 'INVALID_FORMAT'
  /** A date or date-time that is not one, or that breaks a rule about dates (an end before its start). */
  | 'INVALID_DATE'
  /** A value that is too short, too small or has too few items. */
  | 'TOO_SMALL'
  /** A value that is too long, too large or has too many items. */
  | 'TOO_BIG'
  /** An option of a call is wrong. */
  | 'INVALID_OPTION'
  /** An id names no entity (or no item) that is known. */
  | 'UNKNOWN_ID'
  /** A locale tag is not one the runtime (or the package) knows. */
  | 'UNKNOWN_LOCALE'
  /** A reference points to an entity that is not in the dataset. */
  | 'DANGLING_REFERENCE'
  /** Two entities share one id. */
  | 'DUPLICATE_ID'
  /** A supplied value contradicts the record it completes. */
  | 'CONFLICT'
  /** A CSP nonce is not base64 or base64url. */
  | 'INVALID_NONCE'
  /** A citation style that is not in the catalog. */
  | 'UNKNOWN_STYLE'
  /** A citation style that cannot be read. */
  | 'INVALID_STYLE'
  /** A CSL locale that cannot be read. */
  | 'INVALID_LOCALE'
  /** An output format that does not exist. */
  | 'UNKNOWN_FORMAT'
  /** A kind (of disclaimer, of entity) that does not exist. */
  | 'UNKNOWN_KIND'
  /** A medium (of a disclaimer) that does not exist. */
  | 'UNKNOWN_MEDIUM'
  /** A value that only the precomputed build provides. */
  | 'NOT_PRECOMPUTED'
  /** An optional peer dependency that is not installed. */
  | 'MISSING_PEER_DEPENDENCY'
  // Findings of the JSON-LD validator (`@track4tip/jsonld/validate`) about a document.
  /** A JSON-LD document whose shape or `@context` cannot be read as schema.org. */
  | 'INVALID_DOCUMENT'
  /** A node of a graph without the `@id` the other nodes would refer to it by. */
  | 'MISSING_ID'
  /** An `@id` that is neither an absolute URL nor a blank node identifier. */
  | 'RELATIVE_ID'
  /** A node without an `@type`. */
  | 'MISSING_TYPE'
  /** Data nested deeper than any real graph. */
  | 'TOO_DEEP'
  /** An `@type` that is not a schema.org type. */
  | 'UNKNOWN_TYPE'
  /** A property that is not a schema.org property. */
  | 'UNKNOWN_PROPERTY'
  /** A property on a node of a type that does not have it. */
  | 'PROPERTY_NOT_ON_TYPE'
  /** A term outside the part of schema.org a page validator holds, left unchecked. */
  | 'UNCHECKED_TERM'
  /** A schema.org term that a newer one supersedes. */
  | 'SUPERSEDED_TERM'
  /** A value of a kind or type its property does not take. */
  | 'UNEXPECTED_VALUE'
  /** A URL that is not absolute. */
  | 'RELATIVE_URL'
  /** An empty string or `null`, which says nothing. */
  | 'EMPTY_VALUE'
  /** An end (or modification) date before its start (or publication). */
  | 'DATE_ORDER'
  /** A field Google Search requires for a rich result, with no value Google can use. */
  | 'GOOGLE_REQUIRED'
  /** Fields Google Search recommends for a rich result, with no value Google can use. */
  | 'GOOGLE_RECOMMENDED'
  /** Another of Google Search's rules for a rich result, not met. */
  | 'GOOGLE_RULE';

/**
 * Path from the root of an input (or of a call's arguments, e.g. `['options', 'nonce']`) to the
 * offending value: keys as strings, array positions as numbers. Write it for humans with
 * {@link formatPath}.
 *
 * @example
 * ```ts
 * import { formatPath, type IssuePath } from '@track4tip/core';
 * const path: IssuePath = ['participations', 0, 'person'];
 * console.log(formatPath(path)); // "participations[0].person"
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem, the shape every package of the SDK reports: a code of {@link IssueCode}, where it
 * is, what is wrong, and optionally how to fix it. The message never repeats the path.
 *
 * @example
 * ```ts
 * import { formatPath, type Issue } from '@track4tip/core';
 * import { safeParseEvent, safeParsePerson } from '@track4tip/core/schemas';
 * const result = safeParsePerson({ id: 'jane doe', name: 'Jane Doe' });
 * const issues: readonly Issue[] = result.success ? [] : result.error.issues;
 * console.log(formatPath(issues[0]?.path ?? []), issues[0]?.code); // "id" "INVALID_FORMAT"
 * const habit = safeParseEvent({ id: 'x', kind: 'webinar', descriptiveLabel: 'X', eventStatus: 'x' });
 * const [unknown] = habit.success ? [] : habit.error.issues;
 * console.log(unknown?.code, unknown?.message); // "UNKNOWN_FIELD" 'unknown field "eventStatus"'
 * console.log(unknown?.hint); // 'write "status": "scheduled", "cancelled", …'
 * ```
 */
export interface Issue {
  /** What kind of problem this is. */
  readonly code: IssueCode;
  /** Path from the root of the input to the offending value (empty for the input as a whole). */
  readonly path: IssuePath;
  /** What is wrong, and how to fix it where that is the same for every field; never the path. */
  readonly message: string;
  /**
   * How to fix it, when there is more to say: the model's field for one written from schema.org
   * habit, what a missing field holds, or to remove an unknown field.
   */
  readonly hint?: string;
}

/**
 * The options every error class of the SDK takes after its code and message.
 *
 * @example
 * ```ts
 * import { CoreError, type ErrorDetails } from '@track4tip/core';
 * const details: ErrorDetails = { path: ['locale'] };
 * const error = new CoreError('UNKNOWN_LOCALE', '"xx-yy" is not a locale', details);
 * console.log(error.issues[0]?.path); // ["locale"]
 * ```
 */
export interface ErrorDetails {
  /** Where the offending value is (empty, the default, for errors not about one value). */
  readonly path?: IssuePath;
  /** Every problem, when there are several; by default the one issue of code, path and message. */
  readonly issues?: readonly Issue[];
  /** The underlying error, kept as `error.cause`. */
  readonly cause?: unknown;
}

/**
 * The shape every error of the SDK has, whichever package throws it: a `code` from
 * {@link IssueCode}, the `path` of the offending value (frozen; empty when the error is not about
 * one value), the `issues` (frozen; by default one, equal to its code, path and message) and the
 * standard `cause`. Its message never contains the path. Each package throws its own subclass
 * (`CoreError`, `JsonLdError`, `CiteError`, `HeadError`), which sets its `name` and narrows its
 * code.
 *
 * @example
 * ```ts
 * import { getCountry, Track4tipError } from '@track4tip/core';
 * try {
 *   getCountry('XX' as never);
 * } catch (error) {
 *   if (error instanceof Track4tipError) console.log(error.code, error.path); // "UNKNOWN_ID" […]
 * }
 * ```
 */
export class Track4tipError<Code extends IssueCode = IssueCode> extends Error {
  /** What kind of failure this is. */
  declare readonly code: Code;
  /** Where the offending value is (empty when the error is not about one value). */
  declare readonly path: IssuePath;
  /** Every problem found, each with its path; one, equal to code, path and message, by default. */
  declare readonly issues: readonly Issue[];

  /**
   * @param code - What kind of failure this is.
   * @param message - What is wrong and how to fix it, without the path.
   * @param details - The path, the individual problems when there are several, the cause.
   */
  constructor(code: Code, message: string, { path = [], issues, cause }: ErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.path = Object.freeze([...path]);
    this.issues = Object.freeze(
      (issues ?? [{ code, path: this.path, message }]).map((issue) => Object.freeze({ ...issue })),
    );
  }
}

/**
 * Stable codes carried by every {@link CoreError}.
 *
 * @example
 * ```ts
 * import type { CoreErrorCode } from '@track4tip/core';
 * const code: CoreErrorCode = 'DUPLICATE_ID';
 * ```
 */
export type CoreErrorCode = Extract<
  IssueCode,
  'INVALID_INPUT' | 'UNKNOWN_ID' | 'UNKNOWN_LOCALE' | 'DANGLING_REFERENCE' | 'DUPLICATE_ID'
>;

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
export class CoreError extends Track4tipError<CoreErrorCode> {
  /** Always `'CoreError'`. */
  override readonly name = 'CoreError';
}

/**
 * A key that may follow a dot: an identifier such as `person` or `startDate`, or a JSON-LD keyword
 * such as `@graph` or `@type`.
 */
const IDENTIFIER = /^@?[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path for humans: `participations[0].person`; a JSON-LD keyword as a plain key
 * (`@graph[0].location.url`); a key that is not an identifier in brackets and quotes
 * (`events["my webinar"].url`); the empty path as the empty string.
 *
 * @param path - Keys and array positions from the root.
 * @returns The path as text.
 * @example
 * ```ts
 * import { formatPath } from '@track4tip/core';
 * formatPath(['participations', 0, 'person']); // "participations[0].person"
 * formatPath(['events', 'odd key']); // 'events["odd key"]'
 * formatPath(['@graph', 0, 'location', 'url']); // "@graph[0].location.url"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/**
 * Whether a path lies inside the value at `prefix`: strictly below it, or anywhere when `prefix`
 * is the root (the empty path). For telling which of several places an issue is in.
 *
 * @param path - Keys and array positions from the root.
 * @param prefix - The path of the value that may hold it.
 * @returns `true` for `['@graph', 0, 'name']` within `['@graph', 0]`; `false` for the prefix itself.
 * @example
 * ```ts
 * import { isWithinPath } from '@track4tip/core';
 * isWithinPath(['@graph', 0, 'location', 'url'], ['@graph', 0]); // true
 * isWithinPath(['@graph', 1, 'name'], ['@graph', 0]); // false
 * ```
 */
export function isWithinPath(
  path: readonly (string | number)[],
  prefix: readonly (string | number)[],
): boolean {
  return (
    prefix.length === 0 ||
    (path.length > prefix.length && prefix.every((segment, index) => path[index] === segment))
  );
}

/** One issue, with its hint when there is one. */
export function issueAt(
  code: IssueCode,
  path: (string | number)[],
  message: string,
  hint?: string,
): Issue {
  return hint === undefined ? { code, path, message } : { code, path, message, hint };
}

/** How many issues a message spells out; the rest are counted (all of them are in `issues`). */
const LISTED_ISSUES = 20;

/**
 * Builds one message from the issues: one issue's message alone (the error's `path` is its path);
 * several, one line each, led by its path, so that a log tells them apart.
 */
export function describeIssues(subject: string, issues: readonly Issue[]): string {
  if (issues.length === 1) return `Invalid ${subject}: ${issues[0]?.message}`;
  const lines = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) =>
      issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`,
    );
  if (issues.length > LISTED_ISSUES) {
    lines.push(`… and ${issues.length - LISTED_ISSUES} more`);
  }
  return `Invalid ${subject}: ${issues.length} problems (error.issues has each with its path):\n- ${lines.join('\n- ')}`;
}
