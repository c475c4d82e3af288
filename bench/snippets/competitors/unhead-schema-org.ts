// The webinar page's JSON-LD with @unhead/schema-org on a vanilla page: a client head with the
// Schema.org plugin renders the <script type="application/ld+json"> into document.head.
import {
  defineEvent,
  defineOrganization,
  definePerson,
  UnheadSchemaOrg,
  useSchemaOrg,
} from '@unhead/schema-org';
import { createHead } from 'unhead/client';
import { PAGE, speakers, tipOffice, unodc, webinar } from './webinar-data.js';

const head = createHead({
  plugins: [UnheadSchemaOrg({ host: 'https://www.unodc.org', path: PAGE })],
});

// biome-ignore lint/correctness/useHookAtTopLevel: unhead's vanilla API, not a React hook
useSchemaOrg(head, [
  defineOrganization(unodc),
  defineEvent({
    ...webinar,
    eventAttendanceMode: 'OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: PAGE },
    organizer: { '@type': 'Organization', ...unodc },
    sponsor: { '@type': 'Organization', ...tipOffice },
    performer: speakers.map(({ name, jobTitle, affiliation }) =>
      definePerson({
        name,
        ...(jobTitle ? { jobTitle } : {}),
        ...(affiliation ? { affiliation: { '@type': 'Organization', name: affiliation } } : {}),
      }),
    ),
  } as never),
]);
