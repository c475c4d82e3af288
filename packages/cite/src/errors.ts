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
export type CiteErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_STYLE'
  | 'INVALID_STYLE'
  | 'UNKNOWN_LOCALE'
  | 'INVALID_LOCALE'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_MEDIUM'
  | 'NOT_PRECOMPUTED'
  | 'MISSING_PEER_DEPENDENCY';

/**
 * The one error class of `@track4tip/cite`. Its message says what is wrong, where (a dot path
 * such as `award.number`) and how to fix it.
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
export class CiteError extends Error {
  /** Always `'CiteError'`. */
  override readonly name = 'CiteError';
  /** What kind of failure this is. */
  readonly code: CiteErrorCode;
  /** Dot path of the offending value in the caller's input (`''` when not about an input field). */
  readonly path: string;

  /**
   * Creates an error.
   *
   * @param code - What kind of failure this is.
   * @param path - Dot path of the offending value, e.g. `award.number` (`''` for none).
   * @param message - What is wrong and how to fix it (the path is prefixed automatically).
   * @param cause - The underlying error, if any (kept as `error.cause`).
   */
  constructor(code: CiteErrorCode, path: string, message: string, cause?: unknown) {
    super(
      path === '' ? message : `\`${path}\`: ${message}`,
      cause === undefined ? undefined : { cause },
    );
    this.code = code;
    this.path = path;
  }
}
