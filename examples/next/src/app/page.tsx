import { serialize } from '@track4tip/jsonld';
import { EVENT_NAME, fundingDisclaimer, heading, webinarCitation, webinarGraph } from '../site';
import { CopyButton } from './copy-button';

/**
 * The webinar page. A server component: the JSON-LD, the citation and the disclaimer are
 * rendered into the static HTML at build time. The JSON-LD goes in a `<script>` element as
 * Next's documentation recommends; `serialize` writes `<`, `>` and `&` as `\u` escapes, so no
 * value can close the element.
 */
export default function Page() {
  const citation = webinarCitation();
  return (
    <>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: serialize() escapes < > & for HTML
        dangerouslySetInnerHTML={{ __html: serialize(webinarGraph(EVENT_NAME)) }}
      />
      <main>
        <h1>{heading(EVENT_NAME)}</h1>
        <p>Held online on 1 February 2021, led by UNODC under the TRACK4TIP initiative.</p>
        <section aria-labelledby="cite">
          <h2 id="cite">Cite this page (APA)</h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the citation engine's escaped HTML */}
          <div className="citation" dangerouslySetInnerHTML={{ __html: citation.html }} />
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
