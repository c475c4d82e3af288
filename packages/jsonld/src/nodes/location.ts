// Core's `EventLocation` as a schema.org `VirtualLocation` and/or `Place` (with its
// `PostalAddress` and `GeoCoordinates`).

import type { EventLocation, Place, PostalAddress } from '@track4tip/core';
import type { PlaceLeaf, PostalAddressLeaf, VirtualLocationLeaf } from 'schema-dts';
import { defined } from '../internal/graph.js';

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
