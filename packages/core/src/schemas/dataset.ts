import { z } from 'zod';
import { AwardSchema } from './award.js';
import { MAX_LIST_LENGTH } from './common.js';
import { CountrySchema } from './country.js';
import { EventSchema } from './event.js';
import { EventSeriesSchema } from './event-series.js';
import { InitiativeSchema } from './initiative.js';
import { LegalInstrumentSchema } from './legal-instrument.js';
import { OrganizationSchema } from './organization.js';
import { ParticipationSchema } from './participation.js';
import { PersonSchema } from './person.js';
import { PressReleaseSchema } from './press-release.js';

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(MAX_LIST_LENGTH, { error: `must have at most ${MAX_LIST_LENGTH} items` })
    .optional();

/**
 * A set of entities of every model; references are checked by `defineDataset`.
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
export const DatasetSchema = z.strictObject({
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
});
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
