import {
  type ErrorDetails,
  type Issue,
  type IssueCode,
  type IssuePath,
  initError,
} from '@track4tip/core';

/**
 * Stable codes carried by every {@link HeadError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type HeadErrorCode, headFor } from '@track4tip/head';
 * try {
 *   headFor(fixtures, { type: 'event', id: 'no-such-event' }, { url: 'https://www.example.org/', language: 'en' });
 * } catch (error) {
 *   const code = (error as { code?: HeadErrorCode }).code; // "UNKNOWN_ID"
 * }
 * ```
 */
export type HeadErrorCode = Extract<IssueCode, 'INVALID_OPTION' | 'UNKNOWN_ID'>;

/**
 * The one error class of `@track4tip/head`: a code, the path of the offending value in the subject
 * or options, and a message that says what is wrong and how to fix it (never the path). Errors of the JSON-LD and the citation (a dangling reference in the data)
 * come from `@track4tip/jsonld` and `@track4tip/cite` unchanged.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor } from '@track4tip/head';
 * try {
 *   headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: '/webinar', language: 'en' });
 * } catch (error) {
 *   if ((error as { code?: string }).code === 'INVALID_OPTION') console.log('the page URL must be absolute');
 * }
 * ```
 */
export class HeadError extends Error {
  /** Always `'HeadError'`. */
  override readonly name = 'HeadError';
  /** What kind of failure this is. */
  declare readonly code: HeadErrorCode;
  /** Path of the offending value in the subject or options, e.g. `['options', 'url']`. */
  declare readonly path: IssuePath;
  /** Every problem; one, equal to code, path and message, by default. */
  declare readonly issues: readonly Issue[];

  /**
   * @param code - What kind of failure this is.
   * @param message - What is wrong and how to fix it, without the path.
   * @param details - The path (e.g. `['options', 'url']`), the issues, the cause.
   */
  constructor(code: HeadErrorCode, message: string, details?: ErrorDetails) {
    super(message, details);
    initError(this, code, message, details);
  }
}
