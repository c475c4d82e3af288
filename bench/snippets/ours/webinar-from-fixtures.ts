// The webinar's script tag built in the browser from the fixtures: `toJsonLd` over the fixture data
// of @track4tip/core, then `toScriptTag`. No zod, no schema.org vocabulary, no schema-dts.
import { fixtures } from '@track4tip/core';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';

export const html = toScriptTag(
  toJsonLd(fixtures, {
    baseUrl: 'https://www.example.org/',
    include: [{ type: 'event', id: 'unodc-webinar' }],
  }),
);
