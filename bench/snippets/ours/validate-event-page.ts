// Checking an event page's JSON-LD in the browser with the validator for Event pages: the part
// of schema.org Event pages use and Google's Event and Organization rules.
import { validate } from '@track4tip/jsonld/validate/event';

const script = document.querySelector('script[type="application/ld+json"]');
const result = validate(JSON.parse(script?.textContent ?? 'null'));
for (const item of result.richResults)
  console.log(item.feature, item.eligible, item.missingRequired);
