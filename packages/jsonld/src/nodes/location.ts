import type { EventLocation, Offer, Place, PostalAddress } from '@track4tip/core';
import type {
  ItemAvailability,
  OfferLeaf,
  PlaceLeaf,
  PostalAddressLeaf,
  VirtualLocationLeaf,
} from 'schema-dts';
import { defined } from '../internal/graph.js';

const SCHEMA = 'https://schema.org/';

const AVAILABILITY: Readonly<Record<NonNullable<Offer['availability']>, string>> = {
  'in-stock': `${SCHEMA}InStock`,
  'sold-out': `${SCHEMA}SoldOut`,
  'pre-order': `${SCHEMA}PreOrder`,
};

function addressNode(address: PostalAddress): PostalAddressLeaf {
  return defined({
    '@type': 'PostalAddress',
    addressCountry: address.addressCountry,
    addressLocality: address.addressLocality,
    addressRegion: address.addressRegion,
    postalCode: address.postalCode,
    streetAddress: address.streetAddress,
  } as const) satisfies PostalAddressLeaf;
}

/** A venue as a schema.org `Place` with its `PostalAddress` (and `GeoCoordinates`). */
function placeNode(place: Place): PlaceLeaf {
  return defined({
    '@type': 'Place',
    address: addressNode(place.address),
    geo:
      place.geo === undefined
        ? undefined
        : ({
            '@type': 'GeoCoordinates',
            latitude: place.geo.latitude,
            longitude: place.geo.longitude,
          } as const),
    name: place.name,
    url: place.url,
  } as const) satisfies PlaceLeaf;
}

/**
 * An event's `location`: its `VirtualLocation`, its `Place`, or both (online first) for a
 * hybrid event.
 */
export function locationNodes(
  location: EventLocation | undefined,
): VirtualLocationLeaf | PlaceLeaf | (VirtualLocationLeaf | PlaceLeaf)[] | undefined {
  if (location === undefined) return undefined;
  const online =
    location.virtualLocation === undefined
      ? undefined
      : (defined({
          '@type': 'VirtualLocation',
          name: location.virtualLocation.name,
          url: location.virtualLocation.url,
        } as const) satisfies VirtualLocationLeaf);
  const place = location.place === undefined ? undefined : placeNode(location.place);
  if (online !== undefined && place !== undefined) return [online, place];
  return online ?? place;
}

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

/** Images as schema.org writes them: one URL, or a list of several. */
export function imageValue(images: readonly string[] | undefined): string | string[] | undefined {
  if (images === undefined || images.length === 0) return undefined;
  return images.length === 1 ? images[0] : [...images];
}

/**
 * `sameAs`: the Wikidata page alone, or, where the record lists other pages, all of them as a
 * list (the Wikidata page first).
 */
export function sameAsValue(
  wikidata: string | undefined,
  sameAs: readonly string[] | undefined,
): string | string[] | undefined {
  if (sameAs === undefined) return wikidata;
  return [...new Set([...(wikidata === undefined ? [] : [wikidata]), ...sameAs])];
}
