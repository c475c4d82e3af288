// Core's `Offer` (registration or tickets of an event) as a schema.org `Offer`.

import type { Offer } from '@track4tip/core';
import type { ItemAvailability, OfferLeaf } from 'schema-dts';
import { defined } from '../internal/graph.js';

const AVAILABILITY: Readonly<Record<NonNullable<Offer['availability']>, string>> = {
  'in-stock': 'https://schema.org/InStock',
  'sold-out': 'https://schema.org/SoldOut',
  'pre-order': 'https://schema.org/PreOrder',
};

/** The offers as `Offer` nodes. */
export function offerNodes(offers: readonly Offer[] | undefined): OfferLeaf[] | undefined {
  return offers?.map(
    (offer) =>
      defined({
        '@type': 'Offer',
        availability:
          offer.availability === undefined
            ? undefined
            : (AVAILABILITY[offer.availability] as ItemAvailability),
        name: offer.name,
        price: offer.price,
        priceCurrency: offer.priceCurrency,
        url: offer.url,
        validFrom: offer.validFrom,
      } as const) satisfies OfferLeaf,
  );
}
