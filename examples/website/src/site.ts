/**
 * Renders the example site: for each language (English, Spanish) a page for the webinar, one for
 * the press release and one for TRACK4TIP and its countries. Each page embeds its JSON-LD graph,
 * its citation (with a copy button) and the funding disclaimer. Everything comes from the public
 * API of `@track4tip/core`, `@track4tip/jsonld` and `@track4tip/cite`.
 */
import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import {
  countryName,
  fixtures,
  getAward,
  getEvent,
  getInitiative,
  getPressRelease,
} from '@track4tip/core';
import { completeDataset } from '@track4tip/core/schemas';
import {
  coinsSpan,
  type HeadSubject,
  type HeadTags,
  headFor,
  headForSite,
  renderHead,
} from '@track4tip/head';
import { normalizeBaseUrl } from '@track4tip/jsonld';

/** The site's languages and the citation locale each uses. */
export const LANGUAGES = { en: 'en-US', es: 'es-ES' } as const;
/** A language of the site. */
export type Language = keyof typeof LANGUAGES;

/** The three pages of each language. */
export const PAGES = ['webinar', 'press-release', 'track4tip'] as const;
/** A page of the site. */
export type PageName = (typeof PAGES)[number];

/** Options of {@link renderSite}. */
export interface SiteOptions {
  /**
   * The site's public base URL: every JSON-LD `@id`, canonical link and `hreflang` alternate
   * starts with it.
   */
  readonly baseUrl?: string;
  /**
   * The webinar's official name, if you have one (the source gives none). It goes into the JSON-LD
   * and the heading; the citation keeps the library's wording.
   */
  readonly eventName?: string;
}

/** What a page is about: the entity its head and citation describe. */
export const PAGE_ENTITY: Readonly<Record<PageName, HeadSubject>> = {
  webinar: { type: 'event', id: 'unodc-webinar' },
  'press-release': { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
  track4tip: { type: 'initiative', id: 'track4tip' },
};

const TEXT = {
  en: {
    site: 'TRACK4TIP webinar, 1 February 2021',
    webinar: 'The webinar',
    'press-release': 'The press release',
    track4tip: 'TRACK4TIP and its countries',
    cite: 'Cite this page (APA)',
    copy: 'Copy citation',
    copied: 'Copied',
    disclaimer: 'Funding',
    countries: 'Beneficiary countries',
    other: 'Español',
    date: 'Held online on 1 February 2021, led by UNODC under the TRACK4TIP initiative.',
    release: 'UNODC press release dated 1 February 2021.',
    years: 'A three-year initiative (2019-2022) implemented by UNODC.',
    card: 'TRACK4TIP, 1 February 2021',
  },
  es: {
    site: 'Seminario web de TRACK4TIP, 1 de febrero de 2021',
    webinar: 'El seminario web',
    'press-release': 'El comunicado de prensa',
    track4tip: 'TRACK4TIP y sus países',
    cite: 'Citar esta página (APA)',
    copy: 'Copiar la cita',
    copied: 'Copiada',
    disclaimer: 'Financiación',
    countries: 'Países beneficiarios',
    other: 'English',
    date: 'Celebrado en línea el 1 de febrero de 2021, dirigido por la UNODC en el marco de la iniciativa TRACK4TIP.',
    release: 'Comunicado de prensa de la UNODC del 1 de febrero de 2021.',
    years: 'Una iniciativa de tres años (2019-2022) ejecutada por la UNODC.',
    card: 'TRACK4TIP, 1 de febrero de 2021',
  },
} as const;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

// Copies the plain-text citation kept in the button's data attribute; no inline event handlers.
const COPY_SCRIPT = `<script>
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const status = button.nextElementSibling;
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      status.textContent = button.dataset.copied;
    } catch {
      status.textContent = '';
    }
  });
}
</script>`;

function heading(page: PageName, language: Language, options: SiteOptions): string {
  if (page === 'webinar') return options.eventName ?? getEvent('unodc-webinar').descriptiveLabel;
  if (page === 'press-release') return getPressRelease().descriptiveLabel;
  return TEXT[language].track4tip;
}

// A page's summary (its meta description) is the sentence it opens with.
const SUMMARY = { webinar: 'date', 'press-release': 'release', track4tip: 'years' } as const;

const DEFAULT_BASE_URL = 'https://www.example.org/';

/**
 * The site's preview image (its own card, shipped beside the pages): the page's image for social
 * previews, since the data holds no image of the webinar, the press release or TRACK4TIP.
 */
export const CARD_IMAGE = 'card.png';

/** The public address of a page of the site, under the site's base URL. */
export function pageUrl(page: PageName, language: Language, options: SiteOptions = {}): string {
  return `${normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL)}${language}/${page}.html`;
}

function body(page: PageName, language: Language): string {
  const text = TEXT[language];
  const summary = `<p>${escapeHtml(text[SUMMARY[page]])}</p>`;
  if (page !== 'track4tip') return summary;
  const items = getInitiative('track4tip')
    .beneficiaryCountries.map(
      (id) => `<li data-country="${id}">${escapeHtml(countryName(id, language))}</li>`,
    )
    .join('');
  return `${summary}<h2>${escapeHtml(text.countries)}</h2><ul class="countries">${items}</ul>`;
}

/**
 * The citation of a page's entity, in HTML (to show) and plain text (to copy), and the title it
 * uses (what the page's citation-manager tags must give).
 */
export function pageCitation(page: PageName, language: Language) {
  const entity =
    page === 'webinar'
      ? getEvent('unodc-webinar')
      : page === 'press-release'
        ? getPressRelease()
        : getInitiative('track4tip');
  const locale = LANGUAGES[language];
  const html = formatCitation(entity, { style: 'apa', locale, format: 'html' });
  return {
    html: html.value,
    text: formatCitation(entity, { style: 'apa', locale, format: 'text' }).value,
    title: html.title.value,
  };
}

/**
 * The funding disclaimer shown on every page, in HTML: the website wording of the press release's
 * statement; in Spanish, the library's unofficial translation followed by its notice.
 */
export function pageDisclaimer(language: Language): string {
  const disclaimer = formatDisclaimer({
    award: getAward('SSJTIP19CA0027'),
    medium: 'website',
    locale: LANGUAGES[language],
    format: 'html',
  });
  const notice =
    disclaimer.notice === undefined ? '' : ` <small>(${escapeHtml(disclaimer.notice)})</small>`;
  return `<p>${disclaimer.value}${notice}</p>`;
}

// A name the press release does not give is the publisher's: it completes the record.
function siteData(options: SiteOptions) {
  return options.eventName === undefined
    ? fixtures
    : completeDataset(fixtures, { events: { 'unodc-webinar': { title: options.eventName } } });
}

/** Everything the page's head says about its entity, from `headFor`. */
export function pageHead(page: PageName, language: Language, options: SiteOptions = {}): HeadTags {
  const text = TEXT[language];
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  return headFor(siteData(options), PAGE_ENTITY[page], {
    url: pageUrl(page, language, options),
    baseUrl,
    language,
    locale: LANGUAGES[language],
    siteName: text.site,
    description: text[SUMMARY[page]],
    image: { url: `${baseUrl}${CARD_IMAGE}`, alt: text.card },
    // Absolute alternates for every language, this one included, as search engines expect.
    alternates: (Object.keys(LANGUAGES) as Language[]).map((l) => ({
      language: l,
      locale: LANGUAGES[l],
      url: pageUrl(page, l, options),
    })),
  });
}

/** The home page's head: the site's name, its summary and its card, about no one entity. */
export function homeHead(options: SiteOptions = {}): HeadTags {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  return headForSite({
    url: baseUrl,
    language: 'en',
    locale: LANGUAGES.en,
    siteName: TEXT.en.site,
    description: TEXT.en.date,
    image: { url: `${baseUrl}${CARD_IMAGE}`, alt: TEXT.en.card },
  });
}

/** The JSON-LD graph a page embeds. */
export function pageGraph(page: PageName, language: Language, options: SiteOptions = {}) {
  return pageHead(page, language, options).script[0]?.graph;
}

/** Renders one page. */
export function renderPage(page: PageName, language: Language, options: SiteOptions = {}): string {
  const text = TEXT[language];
  const other: Language = language === 'en' ? 'es' : 'en';
  const citation = pageCitation(page, language);
  const head = pageHead(page, language, options);
  const nav = PAGES.map(
    (p) =>
      `<a href="${p}.html"${p === page ? ' aria-current="page"' : ''}>${escapeHtml(text[p])}</a>`,
  ).join(' · ');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${renderHead(head)}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
.citation{background:#f4f4f4;padding:.75rem}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}</style>
</head>
<body>
<nav>${nav} · <a href="../${other}/${page}.html" hreflang="${other}">${escapeHtml(text.other)}</a></nav>
<main>
<h1>${escapeHtml(heading(page, language, options))}</h1>
${body(page, language)}
<section aria-labelledby="cite"><h2 id="cite">${escapeHtml(text.cite)}</h2>
<div class="citation">${citation.html}${head.citation === undefined ? '' : coinsSpan(head.citation)}</div>
<button type="button" data-copy="${escapeHtml(citation.text)}" data-copied="${escapeHtml(text.copied)}">${escapeHtml(text.copy)}</button> <span role="status"></span>
</section>
</main>
<footer><h2>${escapeHtml(text.disclaimer)}</h2><div class="disclaimer">${pageDisclaimer(language)}</div></footer>
${COPY_SCRIPT}
</body>
</html>
`;
}

/**
 * Renders the whole site.
 *
 * @param options - Base URL and values you supply.
 * @returns Each file's path (relative to the site root) and content.
 */
export function renderSite(options: SiteOptions = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const language of Object.keys(LANGUAGES) as Language[]) {
    for (const page of PAGES)
      files[`${language}/${page}.html`] = renderPage(page, language, options);
  }
  const links = (Object.keys(LANGUAGES) as Language[])
    .map(
      (l) =>
        `<li lang="${l}">${PAGES.map((p) => `<a href="${l}/${p}.html">${escapeHtml(TEXT[l][p])}</a>`).join(' · ')}</li>`,
    )
    .join('');
  files['index.html'] = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${renderHead(homeHead(options))}
</head>
<body>
<main><h1>${escapeHtml(TEXT.en.site)}</h1><ul>${links}</ul></main>
</body>
</html>
`;
  return files;
}
