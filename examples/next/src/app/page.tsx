import { toContextObject, toNextJsonLd, toNextMetadata } from '@track4tip/head';
import type { Metadata } from 'next';
import {
  DESCRIPTION,
  EVENT_NAME,
  fundingDisclaimer,
  heading,
  webinarCitation,
  webinarHead,
} from '../site';
import { CopyButton } from './copy-button';

const head = webinarHead(EVENT_NAME);

/**
 * The page's title, description, canonical link, Open Graph, Twitter card, and Highwire and
 * Dublin Core tags (in `other`), from the model: Next renders them into the head.
 */
export const metadata: Metadata = toNextMetadata(head);

/**
 * The webinar page. A server component: the JSON-LD, the citation and the disclaimer are
 * rendered into the static HTML at build time. The JSON-LD goes in a `<script>` element as
 * Next's documentation recommends; `toNextJsonLd` gives its JSON with `<`, `>` and `&` written as
 * `\u` escapes, so no value can close the element. The citation carries its COinS for Zotero.
 */
export default function Page() {
  const citation = webinarCitation();
  return (
    <>
      {toNextJsonLd(head).map((props) => (
        <script key="json-ld" {...props} />
      ))}
      <main>
        <h1>{heading(EVENT_NAME)}</h1>
        <p>{DESCRIPTION}</p>
        <section aria-labelledby="cite">
          <h2 id="cite">Cite this page (APA)</h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the citation engine's escaped HTML */}
          <div className="citation" dangerouslySetInnerHTML={{ __html: citation.html }} />
          {head.citation && <span className="Z3988" title={toContextObject(head.citation)} />}
          <CopyButton text={citation.text} />
        </section>
      </main>
      <footer>
        <h2>Funding</h2>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the library's escaped HTML */}
        <div className="disclaimer" dangerouslySetInnerHTML={{ __html: fundingDisclaimer() }} />
      </footer>
    </>
  );
}
