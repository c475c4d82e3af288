import { type IssueCode, Track4tipError } from '@track4tip/core';

/**
 * Stable codes carried by every {@link CiteError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { type CiteErrorCode, formatDisclaimer } from '@track4tip/cite';
 * try {
 *   formatDisclaimer({ kind: 'funding' }); // no award
 * } catch (error) {
 *   const code = (error as { code?: CiteErrorCode }).code; // "INVALID_INPUT"
 * }
 * ```
 */
export type CiteErrorCode = Extract<
  IssueCode,
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'UNKNOWN_STYLE'
  | 'INVALID_STYLE'
  | 'UNKNOWN_LOCALE'
  | 'INVALID_LOCALE'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_MEDIUM'
  | 'NOT_PRECOMPUTED'
  | 'MISSING_PEER_DEPENDENCY'
>;

/**
 * The one error class of `@track4tip/cite`: a code, the path of the offending value
 * (`['award', 'number']`; empty when not about an input), a message that says what is wrong and how
 * to fix it (never the path), and the issues.
 *
 * @example
 * ```ts
 * import { formatDisclaimer } from '@track4tip/cite';
 * try {
 *   formatDisclaimer({ award: { id: 'my-award', number: '', funder: 'Example Funder' }, medium: 'press-release' });
 * } catch (error) {
 *   if ((error as { code?: string }).code === 'INVALID_INPUT') console.log((error as Error).message);
 * }
 * ```
 */
export class CiteError extends Track4tipError<CiteErrorCode> {
  /** Always `'CiteError'`. */
  override readonly name = 'CiteError';
}
