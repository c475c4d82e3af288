/**
 * A CSL-JSON name: a person (`family`/`given`) or an institution (`literal`).
 *
 * @example
 * ```ts
 * import type { CslName } from '@track4tip/cite';
 * const authors: CslName[] = [
 *   { literal: 'United Nations Office on Drugs and Crime' },
 *   { family: 'Segovia', given: 'Antonio' },
 * ];
 * ```
 */
export type CslName =
  | { readonly family: string; readonly given?: string }
  | { readonly literal: string };

/**
 * A CSL-JSON date: `date-parts` as `[[year, month?, day?]]`, or a range of two.
 *
 * @example
 * ```ts
 * import { type CslDate, toCsl } from '@track4tip/cite';
 * import { getPressRelease } from '@track4tip/core';
 * const issued: CslDate | undefined = toCsl(getPressRelease()).issued;
 * console.log(issued?.['date-parts']); // [[2021, 2, 1]]
 * ```
 */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

/**
 * The CSL item types this package writes.
 *
 * @example
 * ```ts
 * import { type CslItemType, toCsl } from '@track4tip/cite';
 * import { getEvent } from '@track4tip/core';
 * const type: CslItemType = toCsl(getEvent('unodc-webinar')).type; // "event"
 * ```
 */
export type CslItemType = 'document' | 'event' | 'report' | 'webpage' | 'article' | 'speech';

/**
 * One CSL-JSON item (the subset of CSL-JSON 1.0.2 this package writes). Keys follow the CSL
 * specification, e.g. `event-title`, `URL`.
 *
 * @example
 * ```ts
 * import type { CslItem } from '@track4tip/cite';
 * import { formatCslItem } from '@track4tip/cite/engine';
 * const item: CslItem = {
 *   id: 'annual-report-2020',
 *   type: 'report',
 *   title: 'Annual report',
 *   author: [{ literal: 'UNODC' }],
 *   issued: { 'date-parts': [[2020]] },
 * };
 * const entry = await formatCslItem(item, { style: 'apa' });
 * ```
 */
export interface CslItem {
  readonly id: string;
  readonly type: CslItemType;
  readonly title?: string;
  readonly 'title-short'?: string;
  readonly author?: readonly CslName[];
  readonly publisher?: string;
  readonly 'publisher-place'?: string;
  readonly genre?: string;
  readonly medium?: string;
  readonly 'event-title'?: string;
  readonly 'event-date'?: CslDate;
  readonly 'event-place'?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly language?: string;
  readonly accessed?: CslDate;
  readonly number?: string;
  readonly note?: string;
}
