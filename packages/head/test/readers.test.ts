// The tags as the readers named in the issue read them, from a whole page, with no network:
// open-graph-scraper and metascraper (social previews), html-metadata (Highwire, Dublin Core and
// COinS; what Wikipedia's citation service falls back to).
import { fixtures } from '@track4tip/core';
import { loadFromString } from 'html-metadata';
import metascraper from 'metascraper';
import author from 'metascraper-author';
import date from 'metascraper-date';
import description from 'metascraper-description';
import image from 'metascraper-image';
import lang from 'metascraper-lang';
import publisher from 'metascraper-publisher';
import title from 'metascraper-title';
import url from 'metascraper-url';
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import { coinsSpan, type HeadSubject, type HeadTags, headFor, renderHead } from '../src/index.js';
import { ownRecords, pageOptions } from './records.js';

const CARD = { url: 'https://www.example.org/card.png', alt: 'TRACK4TIP webinar' };
const UNODC_NAME = 'United Nations Office on Drugs and Crime';

const scrape = metascraper([
  author(),
  date(),
  description(),
  image(),
  lang(),
  publisher(),
  title(),
  url(),
]);

const pages: [string, HeadSubject][] = [
  ['press release', { type: 'press-release', id: 'unodc-press-release-2021-02-01' }],
  ['event', { type: 'event', id: 'unodc-webinar' }],
  ['initiative', { type: 'initiative', id: 'track4tip' }],
  ['organisation', { type: 'organization', id: 'unodc' }],
  ['publication', { type: 'publication', id: 'cooperation-report-2024' }],
];

const imageOf = (head: HeadTags) => {
  const find = (key: string) => head.meta.find((tag) => tag.property === key)?.content;
  const alt = find('og:image:alt');
  return { url: find('og:image'), ...(alt === undefined ? {} : { alt }) };
};

function page(subject: HeadSubject, language: 'en' | 'es') {
  const options = { ...pageOptions(language), image: CARD };
  const head = headFor(ownRecords, subject, options);
  const body = head.citation === undefined ? '' : coinsSpan(head.citation);
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8">\n${renderHead(head)}\n</head><body><main><p>…</p>${body}</main></body></html>`;
  return { head, html, options };
}

describe.each(pages)('a %s page', (_, subject) => {
  it.each(['en', 'es'] as const)(
    '(%s) gives open-graph-scraper complete Open Graph and Twitter data',
    async (language) => {
      const { head, html, options } = page(subject, language);
      const { result } = await ogs({ html });
      expect(result).toMatchObject({
        ogType:
          subject.type === 'press-release' || subject.type === 'publication'
            ? 'article'
            : 'website',
        ogTitle: head.citation?.title ?? UNODC_NAME,
        ogDescription: options.description,
        ogUrl: options.url,
        ogSiteName: options.siteName,
        ogLocale: language === 'en' ? 'en_US' : 'es_ES',
        ogLocaleAlternate: language === 'en' ? 'es_ES' : 'en_US',
        twitterCard: 'summary_large_image',
        twitterTitle: head.citation?.title ?? UNODC_NAME,
        twitterDescription: options.description,
      });
      // The publication has an image of its own in the data; the other pages use the site's card.
      const shown = imageOf(head);
      expect(result.ogImage?.[0]).toMatchObject(shown);
      expect(result.twitterImage?.[0]).toMatchObject(shown);
      expect(result.ogTitle).not.toMatch(/ · /);
      expect(head.title).toBe(`${result.ogTitle} · ${options.siteName}`);
    },
  );

  it.each(['en', 'es'] as const)('(%s) reads the same in metascraper', async (language) => {
    const { head, html, options } = page(subject, language);
    const metadata = await scrape({ html, url: options.url });
    expect(metadata).toMatchObject({
      title: head.citation?.title ?? UNODC_NAME,
      description: options.description,
      url: options.url,
      image: imageOf(head).url,
      lang: language,
      publisher: options.siteName,
    });
    // metascraper's date is the latest it finds: the modification time, else the publication's.
    const time = (key: string) => head.meta.find((tag) => tag.property === key)?.content;
    const latest = time('article:modified_time') ?? time('article:published_time');
    if (latest !== undefined) expect(metadata.date).toBe(new Date(latest).toISOString());
  });

  it.each(['en', 'es'] as const)(
    "(%s) gives html-metadata the citation's Highwire, Dublin Core and COinS data",
    async (language) => {
      const { head, html } = page(subject, language);
      const metadata = (await loadFromString(html)) as Record<string, Record<string, unknown>>;
      const citation = head.citation;
      if (citation === undefined) {
        expect(metadata.highwirePress).toBeUndefined();
        expect(metadata.coins).toBeUndefined();
        expect(metadata.dublinCore).toEqual({ title: UNODC_NAME });
        return;
      }
      // One name field each: "family, given" where the record has the parts, an organisation
      // with a trailing comma (one field, never split), else the name as printed.
      const inverted = (a: (typeof citation.authors)[number]) =>
        a.family === undefined ? undefined : `${a.family}, ${a.given}`;
      const authors = citation.authors.map(
        (a) => inverted(a) ?? (a.institution ? `${a.name},` : a.name),
      );
      expect(metadata.highwirePress).toMatchObject({
        title: citation.title,
        author: authors.length === 1 ? authors[0] : authors,
        ...(citation.date === undefined ? {} : { publication_date: citation.date }),
        ...(citation.url === undefined ? {} : { public_url: citation.url }),
      });
      const names = citation.authors.map((a) => inverted(a) ?? a.name);
      expect(metadata.dublinCore).toMatchObject({
        title: citation.title,
        creator: names.length === 1 ? names[0] : names,
        ...(citation.date === undefined ? {} : { date: citation.date }),
      });
      const [coins] = metadata.coins as unknown as { rft: Record<string, unknown> }[];
      const corporate = citation.authors.filter((a) => a.institution).map((a) => a.name);
      const people = citation.authors.filter((a) => !a.institution && a.family === undefined);
      const parts = citation.authors.filter((a) => a.family !== undefined);
      expect(coins?.rft).toMatchObject({
        ...(citation.type === 'report' ? { btitle: citation.title } : { title: citation.title }),
        ...(corporate.length === 0 ? {} : { aucorp: corporate }),
        ...(people.length === 0 ? {} : { au: people.map((a) => a.name) }),
        ...(parts.length === 0
          ? {}
          : parts.length === 1
            ? { aulast: parts[0]?.family, aufirst: parts[0]?.given }
            : { aulast: parts.map((a) => a.family), aufirst: parts.map((a) => a.given) }),
        ...(citation.date === undefined ? {} : { date: citation.date }),
      });
    },
  );
});

describe('what the readers get when the data lacks a value', () => {
  it('is left out: no image gives no og:image and a summary card', async () => {
    const head = headFor(fixtures, pages[0]?.[1] as HeadSubject, pageOptions('en'));
    const { result } = await ogs({ html: `<html><head>${renderHead(head)}</head></html>` });
    expect(result.ogImage).toBeUndefined();
    expect(result.twitterImage).toBeUndefined();
    expect(result.twitterCard).toBe('summary');
  });
});
