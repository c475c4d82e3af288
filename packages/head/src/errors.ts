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
export type HeadErrorCode = 'INVALID_OPTION' | 'UNKNOWN_ID';

/**
 * The one error class of `@track4tip/head`. Its message says what is wrong, where (a dot path)
 * and how to fix it. Errors of the JSON-LD and the citation (a dangling reference in the data)
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
  readonly code: HeadErrorCode;
  /** Dot path of the offending value in the subject or options. */
  readonly path: string;

  /**
   * @param code - What kind of failure this is.
   * @param path - Dot path of the offending value, e.g. `options.url`.
   * @param message - What is wrong and how to fix it; the path is prefixed automatically.
   */
  constructor(code: HeadErrorCode, path: string, message: string) {
    super(`\`${path}\`: ${message}`);
    this.code = code;
    this.path = path;
  }
}
