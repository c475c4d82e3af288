// Checking a page's JSON-LD in the browser with the whole validator: all of schema.org and
// Google's Event, Article and Organization rules, on the script tag the page carries.
import { validate } from '@track4tip/jsonld/validate';

const script = document.querySelector('script[type="application/ld+json"]');
const result = validate(JSON.parse(script?.textContent ?? 'null'));
for (const item of result.richResults)
  console.log(item.feature, item.eligible, item.missingRequired);
