// The webinar page's JSON-LD with react-schemaorg's <JsonLd>, typed by schema-dts (types only, no
// runtime bytes). React and react-dom are external: a page that uses it already ships them.
import { createRoot } from 'react-dom/client';
import { JsonLd } from 'react-schemaorg';
import type { Event } from 'schema-dts';
import { PAGE, speakers, tipOffice, unodc, webinar } from './webinar-data.js';

function WebinarJsonLd() {
  return (
    <JsonLd<Event>
      item={{
        '@context': 'https://schema.org',
        '@type': 'Event',
        ...webinar,
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        location: { '@type': 'VirtualLocation', url: PAGE },
        organizer: { '@type': 'Organization', ...unodc },
        sponsor: { '@type': 'Organization', ...tipOffice },
        performer: speakers.map(({ name, jobTitle, affiliation }) => ({
          '@type': 'Person' as const,
          name,
          ...(jobTitle ? { jobTitle } : {}),
          ...(affiliation
            ? { affiliation: { '@type': 'Organization' as const, name: affiliation } }
            : {}),
        })),
      }}
    />
  );
}

createRoot(document.head).render(<WebinarJsonLd />);
