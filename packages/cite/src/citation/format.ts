import { type CitableEntity, resolveTitle, toCsl } from '../csl/to-csl.js';
import { CiteError } from '../errors.js';
import { PRECOMPUTED_ITEMS } from '../generated/citations/items.js';
import { PRECOMPUTED_CITATIONS } from '../generated/citations/table.js';
import { itemOptions, resolveOptions } from './options.js';
import type { FormatCitationOptions, FormattedCitation } from './types.js';

/**
 * Returns the citation of a fixture entity (the press release, the webinar or the TRACK4TIP
 * programme) in any supported style, locale, format and kind, from strings the real engine made
 * at build time: no engine is loaded. For your own entities, or a title of your own, use
 * `renderCitation` from `@track4tip/cite/engine`.
 *
 * @param entity - A fixture entity from `@track4tip/core`.
 * @param options - Style, locale (default `'en-US'`), format (default `'text'`) and kind (default `'bibliography'`).
 * @returns The citation, with its title metadata (`title.official` is `false` for a descriptive label).
 * @throws {@link CiteError} `NOT_PRECOMPUTED` for other entities, or `UNKNOWN_STYLE`, `UNKNOWN_LOCALE`,
 *   `UNKNOWN_FORMAT`, `UNKNOWN_KIND`, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { formatCitation } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const { value } = formatCitation(getPressRelease(), { style: 'apa', kind: 'citation' });
 * console.log(value); // "(United Nations Office on Drugs and Crime, 2021)"
 * ```
 */
export function formatCitation(
  entity: CitableEntity,
  options: FormatCitationOptions,
): FormattedCitation {
  const resolved = resolveOptions(options);
  const item = toCsl(entity, itemOptions(options, resolved.locale));
  const title = resolveTitle(entity, options.title);
  const precomputed = PRECOMPUTED_CITATIONS[item.id]?.[resolved.style];
  // The strings are only valid for exactly the item (and kind of title) they were made from.
  if (
    precomputed === undefined ||
    PRECOMPUTED_ITEMS[item.id]?.[resolved.locale] !== JSON.stringify(item) ||
    precomputed.title.source !== title.source
  ) {
    throw new CiteError(
      'NOT_PRECOMPUTED',
      `no precomputed citation for ${JSON.stringify(item.id)} with these data; render it at run time with \`renderCitation\` from '@track4tip/cite/engine'`,
      { path: ['entity'] },
    );
  }
  return {
    value: precomputed.locales[resolved.locale][resolved.kind][resolved.format],
    ...resolved,
    title,
  };
}
