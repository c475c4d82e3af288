import { type IssueCode, Track4tipError } from '@track4tip/core';

/**
 * Stable codes carried by every {@link JsonLdError}; test `error.code`, not `instanceof`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type JsonLdErrorCode, toJsonLd } from '@track4tip/jsonld';
 * try {
 *   toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'no-such-event' }] });
 * } catch (error) {
 *   const code = (error as { code?: JsonLdErrorCode }).code; // "UNKNOWN_ID"
 * }
 * ```
 */
export type JsonLdErrorCode = Extract<
  IssueCode,
  | 'INVALID_OPTION'
  | 'INVALID_NONCE'
  | 'UNKNOWN_ID'
  | 'UNKNOWN_LOCALE'
  | 'DANGLING_REFERENCE'
  | 'DUPLICATE_ID'
>;

/**
 * The one error class of `@track4tip/jsonld`: a code, the path of the offending value in the input
 * or options (`['options', 'nonce']`; empty when not about one value), a message that says what is
 * wrong and how to fix it (never the path), and the issues.
 *
 * @example
 * ```ts
 * import { toScriptTag } from '@track4tip/jsonld';
 * try {
 *   toScriptTag({ '@context': 'https://schema.org', '@graph': [] }, { nonce: '"><script>' });
 * } catch (error) {
 *   if ((error as { code?: string }).code === 'INVALID_NONCE') console.log('bad nonce');
 * }
 * ```
 */
export class JsonLdError extends Track4tipError<JsonLdErrorCode> {
  /** Always `'JsonLdError'`. */
  override readonly name = 'JsonLdError';
}
