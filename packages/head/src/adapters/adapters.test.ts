import { fixtures } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { ownRecords, pageOptions } from '../../test/records.js';
import { headFor } from '../head.js';
import { renderHead } from '../render.js';
import { toNextJsonLd, toNextMetadata } from './next.js';
import { toUnhead } from './unhead.js';

const PRESS_RELEASE = { type: 'press-release', id: 'unodc-press-release-2021-02-01' } as const;
const CARD = { url: 'https://www.example.org/card.png', alt: 'The site card' };

describe('toNextMetadata', () => {
  it("gives Next.js every tag of the head: Open Graph, Twitter, alternates, and Highwire and DC in 'other'", () => {
    const head = headFor(fixtures, PRESS_RELEASE, { ...pageOptions('es'), image: CARD });
    const metadata = toNextMetadata(head);
    const release = fixtures.pressReleases?.[0];
    expect(metadata).toEqual({
      title: head.title,
      description: 'Una página en español.',
      alternates: {
        canonical: 'https://www.example.org/es/page.html',
        languages: {
          en: 'https://www.example.org/en/page.html',
          es: 'https://www.example.org/es/page.html',
        },
      },
      openGraph: {
        type: 'article',
        title: release?.descriptiveLabel,
        description: 'Una página en español.',
        url: 'https://www.example.org/es/page.html',
        siteName: 'Seminario web de TRACK4TIP',
        locale: 'es_ES',
        alternateLocale: ['en_US'],
        images: [CARD],
        publishedTime: '2021-02-01',
        authors: ['https://www.unodc.org'],
      },
      twitter: {
        card: 'summary_large_image',
        title: release?.descriptiveLabel,
        description: 'Una página en español.',
        images: [CARD],
      },
      other: {
        citation_title: release?.descriptiveLabel,
        citation_author: 'United Nations Office on Drugs and Crime,',
        citation_publication_date: '2021-02-01',
        citation_public_url: release?.url,
        citation_language: 'en',
        'DC.title': release?.descriptiveLabel,
        'DC.creator': 'United Nations Office on Drugs and Crime',
        'DC.date': '2021-02-01',
        'DC.identifier': release?.url,
        'DC.language': 'en',
        'DC.type': 'Text',
      },
    });
  });

  it('lists repeated names (several authors) in order, and leaves out what the head lacks', () => {
    const head = headFor(
      ownRecords,
      { type: 'publication', id: 'cooperation-report-2024' },
      {
        url: 'https://www.example.org/report',
        language: 'en',
      },
    );
    const metadata = toNextMetadata(head);
    expect(metadata.other.citation_author).toEqual(['Ana Ruiz', 'da Silva, João']);
    expect(metadata).not.toHaveProperty('description');
    expect(metadata.alternates).toEqual({ canonical: 'https://www.example.org/report' });
    expect(metadata.openGraph).not.toHaveProperty('alternateLocale');
    expect(metadata.openGraph.images).toEqual([
      { url: 'https://www.example.org/reports/cooperation-2024.png' },
    ]);
  });

  it('gives the JSON-LD as script props with the escaped JSON of the head', () => {
    const head = headFor(fixtures, PRESS_RELEASE, pageOptions('en'));
    expect(toNextJsonLd(head, { nonce: 'abc' })).toEqual([
      {
        type: 'application/ld+json',
        dangerouslySetInnerHTML: { __html: head.script[0]?.text },
        nonce: 'abc',
      },
    ]);
    expect(toNextJsonLd(head)[0]).not.toHaveProperty('nonce');
  });
});

describe('toUnhead', () => {
  it("gives useHead the head's title, language, meta, links and JSON-LD", () => {
    const head = headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, pageOptions('es'));
    const input = toUnhead(head);
    expect(input.title).toBe(head.title);
    expect(input.htmlAttrs).toEqual({ lang: 'es' });
    expect(input.meta).toEqual(head.meta);
    expect(input.link).toEqual(head.link);
    expect(input.script).toEqual([
      { type: 'application/ld+json', innerHTML: head.script[0]?.text, key: 'jsonld-0' },
    ]);
    // The same elements renderHead writes.
    expect(renderHead(head).split('\n')).toHaveLength(
      1 + input.meta.length + input.link.length + 1,
    );
  });
});
