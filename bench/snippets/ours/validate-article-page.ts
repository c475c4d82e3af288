// Checking an article page's JSON-LD in the browser with the validator for Article pages: the part
// of schema.org Article pages use and Google's Article and Organization rules.
import { validate } from '@track4tip/jsonld/validate/article';

const script = document.querySelector('script[type="application/ld+json"]');
const result = validate(JSON.parse(script?.textContent ?? 'null'));
for (const item of result.richResults)
  console.log(item.feature, item.eligible, item.missingRequired);
