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
export type JsonLdErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_NONCE'
  | 'UNKNOWN_ID'
  | 'DANGLING_REFERENCE'
  | 'ID_COLLISION'
  | 'INVALID_VALUE';

/**
 * The one error class of `@track4tip/jsonld`. Its message says what is wrong, where (a dot path)
 * and how to fix it.
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
export class JsonLdError extends Error {
  /** Always `'JsonLdError'`. */
  override readonly name = 'JsonLdError';
  /** What kind of failure this is. */
  readonly code: JsonLdErrorCode;
  /** Dot path of the offending value in the input or options (empty when not about one value). */
  readonly path: string;

  /**
   * @param code - What kind of failure this is.
   * @param path - Dot path of the offending value, e.g. `options.baseUrl`.
   * @param message - What is wrong and how to fix it; the path is prefixed automatically.
   */
  constructor(code: JsonLdErrorCode, path: string, message: string) {
    super(path === '' ? message : `\`${path}\`: ${message}`);
    this.code = code;
    this.path = path;
  }
}
