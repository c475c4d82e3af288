import type { CslItem } from '../csl/types.js';
import { itemList } from './shared.js';

/**
 * Writes CSL-JSON items as a JSON array (two-space indent, keys in a fixed order, final newline),
 * the input format of Zotero, Pandoc and every CSL processor.
 *
 * @param items - One CSL-JSON item or a list (see {@link toCsl}).
 * @returns The JSON text.
 * @throws {@link CiteError} `INVALID_INPUT` for an item without id or duplicate ids.
 * @example
 * ```ts
 * import { toCsl, toCslJson } from '@track4tip/cite';
 * import { getInitiative } from '@track4tip/core';
 * console.log(toCslJson(toCsl(getInitiative('track4tip'))));
 * ```
 */
export function toCslJson(items: CslItem | readonly CslItem[]): string {
  return `${JSON.stringify(itemList(items), null, 2)}\n`;
}
