// The webinar page's JSON-LD with next-seo's <EventJsonLd> (App Router components). React and
// react-dom are external: a page that uses next-seo already ships them.
import { EventJsonLd } from 'next-seo';
import { createRoot } from 'react-dom/client';
import { PAGE, speakers, tipOffice, unodc, webinar } from './webinar-data.js';

function WebinarJsonLd() {
  return (
    <EventJsonLd
      {...webinar}
      eventAttendanceMode="OnlineEventAttendanceMode"
      location={{ '@type': 'VirtualLocation', url: PAGE } as never}
      organizer={{ '@type': 'Organization', ...unodc }}
      sponsor={{ '@type': 'Organization', ...tipOffice } as never}
      performer={speakers.map(({ name, jobTitle, affiliation }) => ({
        '@type': 'Person',
        name,
        ...(jobTitle ? { jobTitle } : {}),
        ...(affiliation ? { affiliation: { '@type': 'Organization', name: affiliation } } : {}),
      }))}
    />
  );
}

createRoot(document.head).render(<WebinarJsonLd />);
