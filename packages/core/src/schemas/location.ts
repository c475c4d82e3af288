import * as z from 'zod/mini';
import { CountryCodeSchema, HttpUrlSchema, LineSchema, objectError } from './common.js';

/**
 * A postal address, in the parts schema.org's `PostalAddress` has; at least one part.
 *
 * @example
 * ```ts
 * import { PostalAddressSchema } from '@track4tip/core/schemas';
 * PostalAddressSchema.safeParse({ addressLocality: 'Quito', addressCountry: 'EC' }).success; // true
 * PostalAddressSchema.safeParse({ addressCountry: 'Ecuador' }).success; // false: an ISO code
 * PostalAddressSchema.safeParse({}).success; // false: empty
 * ```
 */
export const PostalAddressSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Street and number, e.g. "Av. Amazonas N34-451". */
        streetAddress: z.optional(LineSchema),
        /** Town or city, e.g. "Quito". */
        addressLocality: z.optional(LineSchema),
        /** Region or province, e.g. "Pichincha". */
        addressRegion: z.optional(LineSchema),
        /** Postal code, e.g. "170135". */
        postalCode: z.optional(LineSchema),
        /** ISO 3166-1 alpha-2 code of the country, e.g. `EC`. */
        addressCountry: z.optional(CountryCodeSchema),
      },
      { error: objectError('a postal address') },
    )
    .check(
      z.refine((address) => Object.keys(address).length > 0, {
        error: 'give at least one part of the address, e.g. addressLocality and addressCountry',
      }),
    ))();
/**
 * A validated postal address.
 *
 * @example
 * ```ts
 * import type { PostalAddress } from '@track4tip/core/schemas';
 * const address: PostalAddress = { addressLocality: 'Lima', addressCountry: 'PE' };
 * ```
 */
export type PostalAddress = z.output<typeof PostalAddressSchema>;

const coordinate = (what: string, limit: number) =>
  z
    .number({ error: `expected the ${what} as a number of degrees` })
    .check(
      z.gte(-limit, { error: `expected a ${what} from -${limit}` }),
      z.lte(limit, { error: `expected a ${what} up to ${limit}` }),
    );

/**
 * A point on the Earth in decimal degrees (WGS 84): schema.org's `GeoCoordinates`.
 *
 * @example
 * ```ts
 * import { GeoCoordinatesSchema } from '@track4tip/core/schemas';
 * GeoCoordinatesSchema.safeParse({ latitude: -0.1807, longitude: -78.4678 }).success; // true
 * GeoCoordinatesSchema.safeParse({ latitude: 91, longitude: 0 }).success; // false
 * ```
 */
export const GeoCoordinatesSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    { latitude: coordinate('latitude', 90), longitude: coordinate('longitude', 180) },
    { error: objectError('coordinates (latitude and longitude)') },
  ))();

/**
 * A physical venue: schema.org's `Place`, which Google requires to have an address.
 *
 * @example
 * ```ts
 * import { PlaceSchema } from '@track4tip/core/schemas';
 * PlaceSchema.safeParse({ name: 'Hotel Quito', address: { addressLocality: 'Quito', addressCountry: 'EC' } }).success; // true
 * PlaceSchema.safeParse({ name: 'Hotel Quito' }).success; // false: address is required
 * ```
 */
export const PlaceSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** The venue's name, e.g. "Vienna International Centre". */
      name: z.optional(LineSchema),
      /** Its postal address. */
      address: PostalAddressSchema,
      /** Where it is on a map. */
      geo: z.optional(GeoCoordinatesSchema),
      /** The venue's own page. */
      url: z.optional(HttpUrlSchema),
    },
    { error: objectError('a place (with its address)') },
  ))();
/**
 * A validated venue.
 *
 * @example
 * ```ts
 * import type { Place } from '@track4tip/core/schemas';
 * const venue: Place = { name: 'Centro de Convenciones', address: { addressLocality: 'Lima', addressCountry: 'PE' } };
 * ```
 */
export type Place = z.output<typeof PlaceSchema>;

/**
 * Where an event is attended online: schema.org's `VirtualLocation`.
 *
 * @example
 * ```ts
 * import { VirtualLocationSchema } from '@track4tip/core/schemas';
 * VirtualLocationSchema.safeParse({ url: 'https://www.example.org/live' }).success; // true
 * VirtualLocationSchema.safeParse({}).success; // false: url is required
 * ```
 */
export const VirtualLocationSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      /** Where to join or watch. */
      url: HttpUrlSchema,
      /** The platform or room, e.g. "UNODC Webex". */
      name: z.optional(LineSchema),
    },
    { error: objectError('an online location (with its url)') },
  ))();

/**
 * Where an event takes place: a venue, an online location, or both for a hybrid event. The
 * attendance mode follows from it (see `attendanceModeOf` in `@track4tip/core`).
 *
 * @example
 * ```ts
 * import { EventLocationSchema } from '@track4tip/core/schemas';
 * EventLocationSchema.safeParse({ virtualLocation: { url: 'https://www.example.org/live' } }).success; // true
 * EventLocationSchema.safeParse({}).success; // false: name a place, an online location or both
 * ```
 */
export const EventLocationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** The venue, for an event attended in person. */
        place: z.optional(PlaceSchema),
        /** The online location, for an event attended online. */
        virtualLocation: z.optional(VirtualLocationSchema),
      },
      { error: objectError('a location ({ place } and/or { virtualLocation })') },
    )
    .check(
      z.refine(
        (location) => location.place !== undefined || location.virtualLocation !== undefined,
        {
          error:
            'give the venue as `place`, the online location as `virtualLocation`, or both for a hybrid event',
        },
      ),
    ))();
/**
 * A validated event location.
 *
 * @example
 * ```ts
 * import type { EventLocation } from '@track4tip/core/schemas';
 * const hybrid: EventLocation = {
 *   place: { address: { addressLocality: 'Lima', addressCountry: 'PE' } },
 *   virtualLocation: { url: 'https://www.example.org/live' },
 * };
 * ```
 */
export type EventLocation = z.output<typeof EventLocationSchema>;
