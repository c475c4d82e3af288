import type { Dataset } from './dataset.js';
import type { Issue } from './errors.js';
import type { DeepReadonly } from './internal/freeze.js';
import { eventAtRoot, eventsOfDataset } from './internal/hints.js';
import { findReferenceIssues } from './internal/references.js';
import {
  invalid,
  type ParseResult,
  parseWith,
  safeParseWith,
  unreadable,
} from './internal/validation.js';
import type { AwardData } from './schemas/award.js';
import { type AwardInput, AwardSchema } from './schemas/award.js';
import type { CountryData } from './schemas/country.js';
import { type CountryInput, CountrySchema } from './schemas/country.js';
import { DatasetSchema } from './schemas/dataset.js';
import type { EventData } from './schemas/event.js';
import { type EventInput, EventSchema } from './schemas/event.js';
import type { EventSeriesData } from './schemas/event-series.js';
import { type EventSeriesInput, EventSeriesSchema } from './schemas/event-series.js';
import type { InitiativeData } from './schemas/initiative.js';
import { type InitiativeInput, InitiativeSchema } from './schemas/initiative.js';
import type { LegalInstrumentData } from './schemas/legal-instrument.js';
import { type LegalInstrumentInput, LegalInstrumentSchema } from './schemas/legal-instrument.js';
import type { OrganizationData } from './schemas/organization.js';
import { type OrganizationInput, OrganizationSchema } from './schemas/organization.js';
import type { ParticipationData } from './schemas/participation.js';
import { type ParticipationInput, ParticipationSchema } from './schemas/participation.js';
import type { PersonData } from './schemas/person.js';
import { type PersonInput, PersonSchema } from './schemas/person.js';
import type { PressReleaseData } from './schemas/press-release.js';
import { type PressReleaseInput, PressReleaseSchema } from './schemas/press-release.js';
import type { PublicationData } from './schemas/publication.js';
import { type PublicationInput, PublicationSchema } from './schemas/publication.js';
import type {
  Award,
  Country,
  Event,
  EventSeries,
  Initiative,
  LegalInstrument,
  Organization,
  Participation,
  Person,
  PressRelease,
  Publication,
} from './types.js';

export type { ParseResult } from './internal/validation.js';

/**
 * Validates a person of your own and returns it frozen.
 *
 * @param input - The person's fields, as documented on `PersonSchema`.
 * @returns The validated, deep-frozen person.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { definePerson } from '@track4tip/core/schemas';
 * const person = definePerson({ id: 'jane-doe', name: 'Jane Doe', jobTitle: 'Prosecutor' });
 * ```
 */
export function definePerson(input: DeepReadonly<PersonInput>): Person {
  return parseWith(PersonSchema, 'person', input);
}

/**
 * Validates a person without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen person, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParsePerson } from '@track4tip/core/schemas';
 * const result = safeParsePerson(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParsePerson(input: unknown): ParseResult<PersonData> {
  return safeParseWith(PersonSchema, 'person', input);
}

/**
 * Validates an organization of your own and returns it frozen.
 *
 * @param input - The organization's fields, as documented on `OrganizationSchema`.
 * @returns The validated, deep-frozen organization.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineOrganization } from '@track4tip/core/schemas';
 * const organization = defineOrganization({ id: 'my-office', name: 'My Office', kind: 'governmental' });
 * ```
 */
export function defineOrganization(input: DeepReadonly<OrganizationInput>): Organization {
  return parseWith(OrganizationSchema, 'organization', input);
}

/**
 * Validates an organization without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen organization, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseOrganization } from '@track4tip/core/schemas';
 * const result = safeParseOrganization(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseOrganization(input: unknown): ParseResult<OrganizationData> {
  return safeParseWith(OrganizationSchema, 'organization', input);
}

/**
 * Validates a country of your own and returns it frozen.
 *
 * @param input - The country's fields, as documented on `CountrySchema`.
 * @returns The validated, deep-frozen country.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineCountry } from '@track4tip/core/schemas';
 * const country = defineCountry({ id: 'CL', name: 'Chile', status: 'sovereign-state' });
 * ```
 */
export function defineCountry(input: DeepReadonly<CountryInput>): Country {
  return parseWith(CountrySchema, 'country', input);
}

/**
 * Validates a country without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen country, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseCountry } from '@track4tip/core/schemas';
 * const result = safeParseCountry(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseCountry(input: unknown): ParseResult<CountryData> {
  return safeParseWith(CountrySchema, 'country', input);
}

/**
 * Validates a legal instrument of your own and returns it frozen.
 *
 * @param input - The legal instrument's fields, as documented on `LegalInstrumentSchema`.
 * @returns The validated, deep-frozen legal instrument.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineLegalInstrument } from '@track4tip/core/schemas';
 * const legalInstrument = defineLegalInstrument({ id: 'my-law', name: 'My Law' });
 * ```
 */
export function defineLegalInstrument(input: DeepReadonly<LegalInstrumentInput>): LegalInstrument {
  return parseWith(LegalInstrumentSchema, 'legal instrument', input);
}

/**
 * Validates a legal instrument without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen legal instrument, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseLegalInstrument } from '@track4tip/core/schemas';
 * const result = safeParseLegalInstrument(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseLegalInstrument(input: unknown): ParseResult<LegalInstrumentData> {
  return safeParseWith(LegalInstrumentSchema, 'legal instrument', input);
}

/**
 * Validates an initiative of your own and returns it frozen.
 *
 * @param input - The initiative's fields, as documented on `InitiativeSchema`.
 * @returns The validated, deep-frozen initiative.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineInitiative } from '@track4tip/core/schemas';
 * const initiative = defineInitiative({ id: 'my-project', name: 'My Project', startYear: 2024, endYear: 2026, implementedBy: ['unodc'] });
 * ```
 */
export function defineInitiative(input: DeepReadonly<InitiativeInput>): Initiative {
  return parseWith(InitiativeSchema, 'initiative', input);
}

/**
 * Validates an initiative without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen initiative, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseInitiative } from '@track4tip/core/schemas';
 * const result = safeParseInitiative(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseInitiative(input: unknown): ParseResult<InitiativeData> {
  return safeParseWith(InitiativeSchema, 'initiative', input);
}

/**
 * Validates an event of your own and returns it frozen.
 *
 * @param input - The event's fields, as documented on `EventSchema`.
 * @returns The validated, deep-frozen event.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineEvent } from '@track4tip/core/schemas';
 * const event = defineEvent({ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar', startDate: '2024-05-01' });
 * ```
 */
export function defineEvent(input: DeepReadonly<EventInput>): Event {
  return parseWith(EventSchema, 'event', input, eventAtRoot);
}

/**
 * Validates an event without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen event, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseEvent } from '@track4tip/core/schemas';
 * const result = safeParseEvent(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseEvent(input: unknown): ParseResult<EventData> {
  return safeParseWith(EventSchema, 'event', input, eventAtRoot);
}

/**
 * Validates an event series of your own and returns it frozen.
 *
 * @param input - The event series's fields, as documented on `EventSeriesSchema`.
 * @returns The validated, deep-frozen event series.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineEventSeries } from '@track4tip/core/schemas';
 * const eventSeries = defineEventSeries({ id: 'my-series', descriptiveLabel: 'My series', sessions: ['my-webinar'] });
 * ```
 */
export function defineEventSeries(input: DeepReadonly<EventSeriesInput>): EventSeries {
  return parseWith(EventSeriesSchema, 'event series', input);
}

/**
 * Validates an event series without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen event series, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseEventSeries } from '@track4tip/core/schemas';
 * const result = safeParseEventSeries(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseEventSeries(input: unknown): ParseResult<EventSeriesData> {
  return safeParseWith(EventSeriesSchema, 'event series', input);
}

/**
 * Validates a participation of your own and returns it frozen.
 *
 * @param input - The participation's fields, as documented on `ParticipationSchema`.
 * @returns The validated, deep-frozen participation.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineParticipation } from '@track4tip/core/schemas';
 * const participation = defineParticipation({ event: 'my-webinar', person: 'jane-doe', role: 'trainer', order: 1 });
 * ```
 */
export function defineParticipation(input: DeepReadonly<ParticipationInput>): Participation {
  return parseWith(ParticipationSchema, 'participation', input);
}

/**
 * Validates a participation without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen participation, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseParticipation } from '@track4tip/core/schemas';
 * const result = safeParseParticipation(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseParticipation(input: unknown): ParseResult<ParticipationData> {
  return safeParseWith(ParticipationSchema, 'participation', input);
}

/**
 * Validates an award of your own and returns it frozen.
 *
 * @param input - The award's fields, as documented on `AwardSchema`.
 * @returns The validated, deep-frozen award.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { defineAward } from '@track4tip/core/schemas';
 * const award = defineAward({ id: 'ABC123', number: 'ABC123', funder: 'us-department-of-state' });
 * ```
 */
export function defineAward(input: DeepReadonly<AwardInput>): Award {
  return parseWith(AwardSchema, 'award', input);
}

/**
 * Validates an award without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen award, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseAward } from '@track4tip/core/schemas';
 * const result = safeParseAward(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParseAward(input: unknown): ParseResult<AwardData> {
  return safeParseWith(AwardSchema, 'award', input);
}

/**
 * Validates a press release of your own and returns it frozen.
 *
 * @param input - The press release's fields, as documented on `PressReleaseSchema`.
 * @returns The validated, deep-frozen press release.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { definePressRelease } from '@track4tip/core/schemas';
 * const pressRelease = definePressRelease({ id: 'my-release', descriptiveLabel: 'My release', publisher: 'unodc', dateline: '2024-05-02', inLanguage: 'en', about: 'my-webinar' });
 * ```
 */
export function definePressRelease(input: DeepReadonly<PressReleaseInput>): PressRelease {
  return parseWith(PressReleaseSchema, 'press release', input);
}

/**
 * Validates a press release without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen press release, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParsePressRelease } from '@track4tip/core/schemas';
 * const result = safeParsePressRelease(JSON.parse('{}'));
 * if (!result.success) console.log(result.error.issues[0]?.path);
 * ```
 */
export function safeParsePressRelease(input: unknown): ParseResult<PressReleaseData> {
  return safeParseWith(PressReleaseSchema, 'press release', input);
}

/**
 * Validates a publication of your own (a report, a web page, an article) and returns it frozen.
 *
 * @param input - The publication's fields, as documented on `PublicationSchema`.
 * @returns The validated, deep-frozen publication.
 * @throws `CoreError` with code `INVALID_INPUT`, listing every problem with its path.
 * @example
 * ```ts
 * import { definePublication } from '@track4tip/core/schemas';
 * const report = definePublication({ id: 'my-report', kind: 'report', headline: 'Annual report 2024', descriptiveLabel: 'Our annual report', publisher: 'unodc', datePublished: '2024-12-11' });
 * ```
 */
export function definePublication(input: DeepReadonly<PublicationInput>): Publication {
  return parseWith(PublicationSchema, 'publication', input);
}

/**
 * Validates a publication without throwing.
 *
 * @param input - Any value, e.g. parsed JSON.
 * @returns `{ success: true, data }` with the frozen publication, or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParsePublication } from '@track4tip/core/schemas';
 * const result = safeParsePublication({ id: 'x', kind: 'report' });
 * if (!result.success) console.log(result.error.issues[0]?.path); // "descriptiveLabel"
 * ```
 */
export function safeParsePublication(input: unknown): ParseResult<PublicationData> {
  return safeParseWith(PublicationSchema, 'publication', input);
}

/**
 * Validates a whole dataset of your own entities and checks that it holds together: every id is
 * used once per collection and every reference resolves, within the dataset or within `context`
 * (for example the fixtures, so your event can name `unodc` as its organiser). Each collection
 * holds up to 100,000 entities; the reference checks cost time in proportion to the references.
 *
 * @param input - Collections of entities (`events`, `people`, `organizations`, …).
 * @param context - Entities references may also point to, such as `fixtures` from `@track4tip/core`.
 * @returns The validated, deep-frozen dataset.
 * @throws `CoreError` with code `INVALID_INPUT` (schema problems), `DUPLICATE_ID` or
 *   `DANGLING_REFERENCE`, with every issue and its path.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { defineDataset } from '@track4tip/core/schemas';
 * const mine = defineDataset(
 *   { events: [{ id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar', ledBy: ['unodc'] }] },
 *   fixtures,
 * );
 * ```
 */
export function defineDataset(input: unknown, context: Dataset = {}): Dataset {
  const result = safeParseDataset(input, context);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link defineDataset}, without throwing, even for an input or a context that throws when
 * read.
 *
 * @param input - Collections of entities, e.g. parsed JSON.
 * @param context - Entities references may also point to.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseDataset } from '@track4tip/core/schemas';
 * const result = safeParseDataset({ people: [{ id: 'x', name: 'X', affiliation: 'nowhere' }] });
 * if (!result.success) console.log(result.error.code); // "DANGLING_REFERENCE"
 * ```
 */
export function safeParseDataset(input: unknown, context: Dataset = {}): ParseResult<Dataset> {
  const parsed = safeParseWith(DatasetSchema, 'dataset', input, eventsOfDataset);
  if (!parsed.success) return parsed;
  let issues: Issue[];
  try {
    issues = findReferenceIssues(parsed.data as Dataset, context);
  } catch {
    // The parsed input is plain data: only the caller's context can throw when read.
    return invalid('dataset context', [unreadable([])]);
  }
  if (issues.length === 0) return { success: true, data: parsed.data as Dataset };
  const code = issues.some((issue) => issue.code === 'DUPLICATE_ID')
    ? 'DUPLICATE_ID'
    : 'DANGLING_REFERENCE';
  return invalid('dataset', issues, code);
}
