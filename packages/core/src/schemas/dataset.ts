import * as z from 'zod/mini';
import { AwardSchema } from './award.js';
import { objectError } from './common.js';
import { CountrySchema } from './country.js';
import { EventSchema } from './event.js';
import { EventSeriesSchema } from './event-series.js';
import { InitiativeSchema } from './initiative.js';
import { LegalInstrumentSchema } from './legal-instrument.js';
import { OrganizationSchema } from './organization.js';
import { ParticipationSchema } from './participation.js';
import { PersonSchema } from './person.js';
import { PressReleaseSchema } from './press-release.js';
import { PublicationSchema } from './publication.js';

// Far above any real archive, low enough to reject a runaway input before its references are
// checked. Documented on DatasetSchema and defineDataset.
const MAX_COLLECTION_LENGTH = 100_000;

const list = <T extends z.ZodMiniType>(item: T) =>
  z.optional(
    z.array(item, { error: 'expected a list (an array) of entities' }).check(
      z.maxLength(MAX_COLLECTION_LENGTH, {
        error: `a collection holds at most ${MAX_COLLECTION_LENGTH} entities; validate a larger archive in parts`,
      }),
    ),
  );

/**
 * A set of entities of every model; references are checked by `defineDataset`. Each collection
 * holds up to 100,000 entities.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from '@track4tip/core/schemas';
 * const result = DatasetSchema.safeParse({
 *   organizations: [{ id: 'my-office', name: 'My Office', kind: 'governmental' }],
 *   people: [{ id: 'jane-doe', name: 'Jane Doe', affiliation: 'my-office' }],
 * });
 * console.log(result.success); // true
 * ```
 */
export const DatasetSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      people: list(PersonSchema),
      organizations: list(OrganizationSchema),
      countries: list(CountrySchema),
      legalInstruments: list(LegalInstrumentSchema),
      initiatives: list(InitiativeSchema),
      events: list(EventSchema),
      eventSeries: list(EventSeriesSchema),
      participations: list(ParticipationSchema),
      awards: list(AwardSchema),
      pressReleases: list(PressReleaseSchema),
      publications: list(PublicationSchema),
    },
    { error: objectError('a dataset') },
  ))();
/**
 * A dataset as accepted by {@link DatasetSchema}.
 *
 * @example
 * ```ts
 * import { type DatasetInput, defineDataset } from '@track4tip/core/schemas';
 * const input: DatasetInput = {
 *   organizations: [{ id: 'my-office', name: 'My Office', kind: 'governmental' }],
 *   people: [{ id: 'jane-doe', name: 'Jane Doe', affiliation: 'my-office' }],
 * };
 * const dataset = defineDataset(input);
 * ```
 */
export type DatasetInput = z.input<typeof DatasetSchema>;
