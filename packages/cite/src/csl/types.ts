/** A CSL-JSON name: a person (`family`/`given`) or an institution (`literal`). */
export type CslName =
  | { readonly family: string; readonly given?: string }
  | { readonly literal: string };

/** A CSL-JSON date: `date-parts` as `[[year, month?, day?]]`, or a range of two. */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

/** The CSL item types this package writes. */
export type CslItemType = 'document' | 'event' | 'report' | 'webpage' | 'article' | 'speech';

/**
 * One CSL-JSON item (the subset of CSL-JSON 1.0.2 this package writes). Keys follow the CSL
 * specification, e.g. `event-title`, `URL`.
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
  readonly number?: string;
  readonly note?: string;
}
