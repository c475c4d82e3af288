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
 * import { renderCslItem } from '@track4tip/cite/engine';
 * const item: CslItem = {
 *   id: 'annual-report-2020',
 *   type: 'report',
 *   title: 'Annual report',
 *   author: [{ literal: 'UNODC' }],
 *   issued: { 'date-parts': [[2020]] },
 * };
 * const entry = await renderCslItem(item, { style: 'apa' });
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
/**
 * Every CSL item type (CSL 1.0.2).
 *
 * @example
 * ```ts
 * import type { CslDataType } from '@track4tip/cite';
 * const type: CslDataType = 'article-journal';
 * ```
 */
export type CslDataType =
  | 'article'
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'bill'
  | 'book'
  | 'broadcast'
  | 'chapter'
  | 'classic'
  | 'collection'
  | 'dataset'
  | 'document'
  | 'entry'
  | 'entry-dictionary'
  | 'entry-encyclopedia'
  | 'event'
  | 'figure'
  | 'graphic'
  | 'hearing'
  | 'interview'
  | 'legal_case'
  | 'legislation'
  | 'manuscript'
  | 'map'
  | 'motion_picture'
  | 'musical_score'
  | 'pamphlet'
  | 'paper-conference'
  | 'patent'
  | 'performance'
  | 'periodical'
  | 'personal_communication'
  | 'post'
  | 'post-weblog'
  | 'regulation'
  | 'report'
  | 'review'
  | 'review-book'
  | 'software'
  | 'song'
  | 'speech'
  | 'standard'
  | 'thesis'
  | 'treaty'
  | 'webpage';

/**
 * The CSL 1.0.2 name variables (lists of names).
 *
 * @example
 * ```ts
 * import type { CslNameVariable } from '@track4tip/cite';
 * const variable: CslNameVariable = 'container-author';
 * ```
 */
export type CslNameVariable =
  | 'author'
  | 'chair'
  | 'collection-editor'
  | 'compiler'
  | 'composer'
  | 'container-author'
  | 'contributor'
  | 'curator'
  | 'director'
  | 'editor'
  | 'editorial-director'
  | 'executive-producer'
  | 'guest'
  | 'host'
  | 'illustrator'
  | 'interviewer'
  | 'narrator'
  | 'organizer'
  | 'original-author'
  | 'performer'
  | 'producer'
  | 'recipient'
  | 'reviewed-author'
  | 'script-writer'
  | 'series-creator'
  | 'translator';

/**
 * The CSL 1.0.2 date variables.
 *
 * @example
 * ```ts
 * import type { CslDateVariable } from '@track4tip/cite';
 * const variable: CslDateVariable = 'original-date';
 * ```
 */
export type CslDateVariable =
  | 'accessed'
  | 'available-date'
  | 'event-date'
  | 'issued'
  | 'original-date'
  | 'submitted';

/**
 * The CSL 1.0.2 standard and number variables (a string or a number).
 *
 * @example
 * ```ts
 * import type { CslTextVariable } from '@track4tip/cite';
 * const variable: CslTextVariable = 'container-title';
 * ```
 */
export type CslTextVariable =
  | 'abstract'
  | 'annote'
  | 'archive'
  | 'archive_collection'
  | 'archive_location'
  | 'archive-place'
  | 'authority'
  | 'call-number'
  | 'chapter-number'
  | 'citation-key'
  | 'citation-label'
  | 'citation-number'
  | 'collection-number'
  | 'collection-title'
  | 'container-title'
  | 'container-title-short'
  | 'dimensions'
  | 'division'
  | 'DOI'
  | 'edition'
  | 'event'
  | 'event-title'
  | 'event-place'
  | 'first-reference-note-number'
  | 'genre'
  | 'ISBN'
  | 'ISSN'
  | 'issue'
  | 'jurisdiction'
  | 'keyword'
  | 'language'
  | 'license'
  | 'locator'
  | 'medium'
  | 'note'
  | 'number'
  | 'number-of-pages'
  | 'number-of-volumes'
  | 'original-publisher'
  | 'original-publisher-place'
  | 'original-title'
  | 'page'
  | 'page-first'
  | 'part-number'
  | 'part-title'
  | 'PMCID'
  | 'PMID'
  | 'printing-number'
  | 'publisher'
  | 'publisher-place'
  | 'references'
  | 'reviewed-genre'
  | 'reviewed-title'
  | 'scale'
  | 'section'
  | 'source'
  | 'status'
  | 'supplement-number'
  | 'title'
  | 'title-short'
  | 'URL'
  | 'version'
  | 'volume'
  | 'volume-title'
  | 'volume-title-short'
  | 'year-suffix';

/**
 * A CSL-JSON name as CSL 1.0.2 defines it: a person (with particles and suffix) or a literal
 * (an institution).
 *
 * @example
 * ```ts
 * import type { CslDataName } from '@track4tip/cite';
 * const name: CslDataName = { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' };
 * ```
 */
export interface CslDataName {
  readonly family?: string;
  readonly given?: string;
  readonly 'dropping-particle'?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
  readonly literal?: string;
  readonly 'comma-suffix'?: string | number | boolean;
  readonly 'static-ordering'?: string | number | boolean;
  readonly 'parse-names'?: string | number | boolean;
}

/**
 * A CSL-JSON date as CSL 1.0.2 defines it: `date-parts` (one date or a range of two), or a
 * `literal` or `raw` string, with an optional season and circa flag.
 *
 * @example
 * ```ts
 * import type { CslDataDate } from '@track4tip/cite';
 * const issued: CslDataDate = { 'date-parts': [[2022, 5]] };
 * ```
 */
export interface CslDataDate {
  readonly 'date-parts'?: readonly (readonly (string | number)[])[];
  readonly season?: string | number;
  readonly circa?: string | number | boolean;
  readonly literal?: string;
  readonly raw?: string;
}

/**
 * Any CSL-JSON item (CSL 1.0.2: every item type and variable), as the engine formats it; the
 * items `toCsl` writes ({@link CslItem}) are among them. An unknown variable is a type error.
 *
 * @example
 * ```ts
 * import type { CslData } from '@track4tip/cite';
 * import { renderCslItem } from '@track4tip/cite/engine';
 * const article: CslData = {
 *   id: 'article',
 *   type: 'article-journal',
 *   title: 'Cooperación judicial',
 *   author: [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
 *   'container-title': 'Revista de Derecho Penal',
 *   issued: { 'date-parts': [[2022, 5]] },
 * };
 * const entry = await renderCslItem(article, { style: 'chicago-author-date' });
 * ```
 */
export type CslData = {
  readonly id: string;
  readonly type: CslDataType;
  readonly categories?: readonly string[];
  readonly custom?: Readonly<Record<string, unknown>>;
} & { readonly [name in CslNameVariable]?: readonly CslDataName[] } & {
  readonly [date in CslDateVariable]?: CslDataDate;
} & { readonly [text in CslTextVariable]?: string | number };
