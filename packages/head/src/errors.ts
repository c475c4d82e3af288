import { type IssueCode, Track4tipError } from '@track4tip/core';

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
export type HeadErrorCode = Extract<IssueCode, 'INVALID_OPTION' | 'UNKNOWN_ID' | 'UNKNOWN_LOCALE'>;

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
export class HeadError extends Track4tipError<HeadErrorCode> {
  /** Always `'HeadError'`. */
  override readonly name = 'HeadError';
}
