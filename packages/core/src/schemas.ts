/**
 * Zod schemas for every model, and `define*` / `safeParse*` builders that validate your own
 * entities with them and return frozen, typed objects. Import this entry point only where you
 * validate: it brings zod with it.
 *
 * @packageDocumentation
 */

export * from './builders.js';
export {
  completeDataset,
  type DatasetSupplement,
  type Supplied,
  safeCompleteDataset,
} from './complete.js';
export * from './schemas/award.js';
export {
  CalendarDateSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateOrDateTimeSchema,
  HttpUrlSchema,
  IdSchema,
  ImageSchema,
  LanguageTagSchema,
  LineSchema,
  MAX_LINE_LENGTH,
  MAX_LIST_LENGTH,
  MAX_TEXT_LENGTH,
  SameAsSchema,
  TextSchema,
  WikidataIdSchema,
  YearSchema,
} from './schemas/common.js';
export * from './schemas/country.js';
export * from './schemas/dataset.js';
export * from './schemas/event.js';
export * from './schemas/event-series.js';
export * from './schemas/initiative.js';
export * from './schemas/legal-instrument.js';
export * from './schemas/location.js';
export * from './schemas/offer.js';
export * from './schemas/organization.js';
export * from './schemas/participation.js';
export * from './schemas/person.js';
export * from './schemas/press-release.js';
export * from './schemas/provenance.js';
export * from './schemas/publication.js';
