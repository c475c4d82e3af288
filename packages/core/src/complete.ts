import { safeParseDataset } from './builders.js';
import { type Dataset, ENTITY_COLLECTIONS, type EntityCollection } from './dataset.js';
import { type Issue, issueAt } from './errors.js';
import { invalid, type ParseResult, show } from './internal/validation.js';
import { dayOf, isCalendarDate, isDateTime } from './rules.js';
import type { AwardInput } from './schemas/award.js';
import type { CountryInput } from './schemas/country.js';
import type { EventInput } from './schemas/event.js';
import type { EventSeriesInput } from './schemas/event-series.js';
import type { InitiativeInput } from './schemas/initiative.js';
import type { LegalInstrumentInput } from './schemas/legal-instrument.js';
import type { OrganizationInput } from './schemas/organization.js';
import type { PersonInput } from './schemas/person.js';
import type { PressReleaseInput } from './schemas/press-release.js';
import { type ProvenanceEntry, type Source, SourceSchema } from './schemas/provenance.js';
import type { PublicationInput } from './schemas/publication.js';
import { suggestId } from './suggest.js';

/**
 * Values for one entity that its record lacks: any of its fields but `id` and `provenance`
 * (documented on the entity's own type, e.g. `EventInput`).

 * @example
 * ```ts
 * import type { EventInput, Supplied } from '@track4tip/core/schemas';
 * const webinar: Supplied<EventInput> = { url: 'https://www.example.org/events/webinar' };
 * ```
 */
export type Supplied<T> = Partial<Omit<T, 'id' | 'provenance'>>;

/**
 * What a publisher knows that the records lack, by collection and id: the argument of
 * {@link completeDataset}.
 *
 * @example
 * ```ts
 * import type { DatasetSupplement } from '@track4tip/core/schemas';
 * const supplement: DatasetSupplement = {
 *   source: { name: 'Example web team' },
 *   initiatives: { track4tip: { logo: 'https://www.example.org/track4tip-logo.png' } },
 * };
 * ```
 */
export interface DatasetSupplement {
  /** Who supplies the values, recorded in each entity's provenance. */
  readonly source?: { readonly name?: string };
  readonly people?: Readonly<Record<string, Supplied<PersonInput>>>;
  readonly organizations?: Readonly<Record<string, Supplied<OrganizationInput>>>;
  readonly countries?: Readonly<Record<string, Supplied<CountryInput>>>;
  readonly legalInstruments?: Readonly<Record<string, Supplied<LegalInstrumentInput>>>;
  readonly initiatives?: Readonly<Record<string, Supplied<InitiativeInput>>>;
  readonly events?: Readonly<Record<string, Supplied<EventInput>>>;
  readonly eventSeries?: Readonly<Record<string, Supplied<EventSeriesInput>>>;
  readonly awards?: Readonly<Record<string, Supplied<AwardInput>>>;
  readonly pressReleases?: Readonly<Record<string, Supplied<PressReleaseInput>>>;
  readonly publications?: Readonly<Record<string, Supplied<PublicationInput>>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Structural equality of plain data (key order does not matter). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
  );
}

/**
 * A supplied date-time that gives the time of the record's calendar date (same day, in its own
 * offset). One that only starts like it is taken too, so that the schema says what is wrong with
 * its form (a missing offset) rather than calling it a contradiction.
 */
function refinesDate(data: unknown, supplied: unknown): boolean {
  if (!isCalendarDate(data) || typeof supplied !== 'string') return false;
  const complete = isDateTime(supplied);
  return complete ? dayOf(supplied) === data : String(supplied).startsWith(`${data}T`);
}

/**
 * The provenance source of the supplied values: kind `publisher`, with the supplement's `source`
 * (its optional `name`) checked by core's own `SourceSchema`.
 */
function publisherSource(source: unknown, issues: Issue[]): Source {
  if (source === undefined) return { kind: 'publisher' };
  const parsed = isRecord(source)
    ? SourceSchema.safeParse({ ...source, kind: 'publisher' })
    : undefined;
  if (parsed?.success) return parsed.data;
  issues.push(
    issueAt(
      'INVALID_VALUE',
      ['source'],
      'expected { name } naming who supplies the values, e.g. { "name": "Example web team" }',
    ),
  );
  return { kind: 'publisher' };
}

interface Merged {
  readonly entities: Map<EntityCollection, unknown[]>;
  /** For each collection, the id of each entity changed, by position. */
  readonly changed: Map<EntityCollection, Map<number, string>>;
}

function merge(data: Dataset, supplement: unknown, issues: Issue[]): Merged {
  const merged: Merged = { entities: new Map(), changed: new Map() };
  if (!isRecord(supplement)) {
    issues.push(
      issueAt('INVALID_TYPE', [], 'expected an object keyed by collection, e.g. { events: { … } }'),
    );
    return merged;
  }
  const publisher = publisherSource(supplement.source, issues);
  for (const key of Object.keys(supplement)) {
    if (key === 'source') continue;
    if (!(ENTITY_COLLECTIONS as readonly string[]).includes(key)) {
      const hint = suggestId(key, ENTITY_COLLECTIONS);
      issues.push(
        issueAt(
          'UNKNOWN_FIELD',
          [key],
          `there is no collection "${key}"${hint === undefined ? '' : `; did you mean "${hint}"?`} Use one of ${ENTITY_COLLECTIONS.join(', ')}`,
        ),
      );
      continue;
    }
    const collection = key as EntityCollection;
    const values = supplement[collection];
    if (!isRecord(values)) {
      issues.push(issueAt('INVALID_TYPE', [collection], 'expected an object keyed by entity id'));
      continue;
    }
    const entities = [...((data[collection] ?? []) as readonly unknown[])];
    const positions = new Map<string, number>();
    entities.forEach((entity, position) => {
      positions.set((entity as { id: string }).id, position);
    });
    const changed = new Map<number, string>();
    for (const [id, fields] of Object.entries(values)) {
      const position = positions.get(id);
      if (position === undefined) {
        const hint = suggestId(id, positions.keys());
        issues.push(
          issueAt(
            'UNKNOWN_ID',
            [collection, id],
            `there is no entity "${id}" in ${collection}${hint === undefined ? '' : `; did you mean "${hint}"?`} Supply values for an entity of the dataset, or add the entity with its define function`,
          ),
        );
        continue;
      }
      if (!isRecord(fields)) {
        issues.push(issueAt('INVALID_TYPE', [collection, id], 'expected an object of fields'));
        continue;
      }
      const entity = entities[position] as Record<string, unknown>;
      const next: Record<string, unknown> = { ...entity };
      const added: string[] = [];
      for (const [field, value] of Object.entries(fields)) {
        if (field === 'id' || field === 'provenance') {
          issues.push(
            issueAt(
              'INVALID_VALUE',
              [collection, id, field],
              `\`${field}\` cannot be supplied: the record's own ${field === 'id' ? 'id names it' : 'provenance is kept, and the supplied fields are added to it'}`,
            ),
          );
          continue;
        }
        if (value === undefined) continue;
        const current = entity[field];
        if (current === undefined || refinesDate(current, value)) {
          next[field] = value;
          added.push(field);
        } else if (!sameValue(current, value)) {
          issues.push(
            issueAt(
              'CONFLICT',
              [collection, id, field],
              `the record already has ${show(current)}; a supplied value completes a record and never replaces it: leave this out, or correct the record itself`,
            ),
          );
        }
      }
      if (added.length === 0) continue;
      const kept = ((entity.provenance ?? []) as readonly ProvenanceEntry[])
        .map((entry) => ({ ...entry, fields: entry.fields.filter((f) => !added.includes(f)) }))
        .filter((entry) => entry.fields.length > 0);
      next.provenance = [...kept, { source: publisher, fields: added }];
      entities[position] = next;
      changed.set(position, id);
    }
    merged.entities.set(collection, entities);
    merged.changed.set(collection, changed);
  }
  return merged;
}

/**
 * Like {@link completeDataset}, but returns a result instead of throwing.
 *
 * @param data - The records, e.g. `fixtures` from `@track4tip/core` or your own dataset.
 * @param supplement - The values to add, by collection and id.
 * @param context - Entities the records may refer to without holding them (such as the fixtures
 *   for your own records), as for `defineDataset`.
 * @returns `{ success: true, data }` with the completed, frozen dataset, or
 *   `{ success: false, error }` with every issue; paths start at the supplement
 *   (`events.unodc-webinar.location.place.address.addressCountry`).
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { safeCompleteDataset } from '@track4tip/core/schemas';
 * const result = safeCompleteDataset(fixtures, { events: { 'unodc-webinr': { url: 'https://www.example.org/webinar' } } });
 * if (!result.success) console.log(result.error.issues[0]?.message); // there is no entity "unodc-webinr" in events; did you mean "unodc-webinar"? …
 * ```
 */
export function safeCompleteDataset(
  data: Dataset,
  supplement: DatasetSupplement,
  context: Dataset = {},
): ParseResult<Dataset> {
  const issues: Issue[] = [];
  const merged = merge(data, supplement, issues);
  if (issues.length > 0) {
    const code = issues.some((issue) => issue.code === 'UNKNOWN_ID') ? 'UNKNOWN_ID' : undefined;
    return invalid('supplement', issues, code);
  }
  const next: Record<string, unknown> = { ...data };
  for (const [collection, entities] of merged.entities) next[collection] = entities;
  const result = safeParseDataset(next, context);
  if (result.success) return result;
  // Issues of a supplied entity are shown at the supplement's path: collection, id, field.
  const located = result.error.issues.map((issue) => {
    const [collection, position, ...rest] = issue.path;
    const id = merged.changed.get(collection as EntityCollection)?.get(position as number);
    return id === undefined ? issue : { ...issue, path: [collection as string, id, ...rest] };
  });
  return invalid('supplement', located, result.error.code);
}

/**
 * Completes records with what their publisher knows and the source does not state: a page URL,
 * a venue or an online location, times, images, a logo. The records themselves stay as they are
 * (a supplied value never replaces one they have, except a date-time that gives the time of their
 * calendar date); each supplied field is recorded in the entity's provenance with the source
 * kind `publisher`, so every package can tell it from the source's facts. Every rule of the model
 * applies to the result, which is validated as a whole (references included).
 *
 * @param data - The records, e.g. `fixtures` from `@track4tip/core` or your own dataset.
 * @param supplement - The values to add, by collection and id; `source.name` says who supplies them.
 * @param context - Entities the records may refer to without holding them (such as the fixtures
 *   for your own records), as for `defineDataset`.
 * @returns The completed dataset, deeply frozen.
 * @throws `CoreError` with code `UNKNOWN_ID` (an id that is not in the data, with the closest id as
 *   a hint), `INVALID_INPUT` (a value the model refuses, or one that contradicts the record),
 *   `DANGLING_REFERENCE` or `DUPLICATE_ID`.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { completeDataset } from '@track4tip/core/schemas';
 * const site = completeDataset(fixtures, {
 *   source: { name: 'Example web team' },
 *   events: {
 *     'unodc-webinar': {
 *       url: 'https://www.example.org/events/webinar',
 *       startDate: '2021-02-01T10:00:00-05:00',
 *       location: { virtualLocation: { url: 'https://www.example.org/events/webinar/live' } },
 *     },
 *   },
 * });
 * console.log(site.events?.find((event) => event.id === 'unodc-webinar')?.startDate); // "2021-02-01T10:00:00-05:00"
 * ```
 */
export function completeDataset(
  data: Dataset,
  supplement: DatasetSupplement,
  context: Dataset = {},
): Dataset {
  const result = safeCompleteDataset(data, supplement, context);
  if (!result.success) throw result.error;
  return result.data;
}
