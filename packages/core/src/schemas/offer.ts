import * as z from 'zod/mini';
import {
  CurrencyCodeSchema,
  DateOrDateTimeSchema,
  HttpUrlSchema,
  LineSchema,
  objectError,
} from './common.js';

/**
 * Whether a ticket or registration can be had (schema.org `ItemAvailability`: `InStock`,
 * `SoldOut`, `PreOrder`).
 *
 * @example
 * ```ts
 * import { OfferAvailabilitySchema } from '@track4tip/core/schemas';
 * OfferAvailabilitySchema.safeParse('sold-out').success; // true
 * ```
 */
export const OfferAvailabilitySchema = /* @__PURE__ */ (() =>
  z.literal(['in-stock', 'sold-out', 'pre-order'], {
    error: 'expected "in-stock", "sold-out" or "pre-order"',
  }))();

/**
 * A ticket or registration for an event: schema.org's `Offer`. A price needs its currency.
 *
 * @example
 * ```ts
 * import { OfferSchema } from '@track4tip/core/schemas';
 * OfferSchema.safeParse({ url: 'https://www.example.org/register', price: 0, priceCurrency: 'USD' }).success; // true
 * OfferSchema.safeParse({ price: 25 }).success; // false: give priceCurrency too
 * OfferSchema.safeParse({ price: '25', priceCurrency: 'USD' }).success; // false: a number
 * ```
 */
export const OfferSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** Where to register or buy. */
        url: z.optional(HttpUrlSchema),
        /** The price as a number, 0 for a free event. */
        price: z.optional(
          z
            .number({ error: 'expected the price as a number, 0 for free' })
            .check(z.gte(0, { error: 'expected a price of 0 or more' })),
        ),
        /** ISO 4217 code of the price's currency, e.g. `USD`. */
        priceCurrency: z.optional(CurrencyCodeSchema),
        /** Whether it can still be had. */
        availability: z.optional(OfferAvailabilitySchema),
        /** When it opens: a date or a date-time with offset. */
        validFrom: z.optional(DateOrDateTimeSchema),
        /** What it is, e.g. "Registration". */
        name: z.optional(LineSchema),
      },
      { error: objectError('an offer') },
    )
    .check(
      z.refine((offer) => offer.price === undefined || offer.priceCurrency !== undefined, {
        error: 'a price needs its currency: add priceCurrency, e.g. "USD"',
        path: ['priceCurrency'],
      }),
    ))();
/**
 * A validated offer.
 *
 * @example
 * ```ts
 * import type { Offer } from '@track4tip/core/schemas';
 * const free: Offer = { price: 0, priceCurrency: 'USD', availability: 'in-stock' };
 * ```
 */
export type Offer = z.output<typeof OfferSchema>;
