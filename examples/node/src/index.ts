/**
 * Prints the webinar's schema.org JSON-LD graph, its APA citation in Spanish and the funding
 * disclaimer, using only the public API of the published packages.
 *
 * Run it from the repository root: `pnpm --filter @track4tip/example-node build && pnpm --filter @track4tip/example-node start`.
 */
import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import { fixtures, getAward, getEvent } from '@track4tip/core';
import { toJsonLd } from '@track4tip/jsonld';

const webinar = getEvent('unodc-webinar');

// One graph for the webinar and everything it refers to; every @id starts with your site's URL.
const graph = toJsonLd(fixtures, {
  baseUrl: 'https://www.example.org/',
  include: [{ type: 'event', id: webinar.id }],
});
console.log(JSON.stringify(graph, null, 2));

// APA, in Spanish (Spain). The webinar has no official title: the citation uses the SDK's
// descriptive label, and `title.official` says so.
const citation = formatCitation(webinar, { style: 'apa', locale: 'es-ES' });
console.log(`\n${citation.value}`);
if (!citation.title.official)
  console.log('(descriptive title: the source gives the webinar no title)');

// The funding statement of the award, in the press release's own wording.
console.log(
  `\n${formatDisclaimer({ award: getAward('SSJTIP19CA0027'), medium: 'press-release' }).value}`,
);
