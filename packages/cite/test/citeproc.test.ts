// The engine against citeproc-js itself, given the official XML files this package vendors (as a
// user of citeproc-js would run it): for ordinary items of every CSL type the SDK's models map to,
// in every style, every citation locale, both kinds and both plain formats, one item at a time
// and as one list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { definePublication } from '@track4tip/core/schemas';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { toCsl } from '../src/csl/to-csl.js';
import type { CslData } from '../src/csl/types.js';
import { renderBibliography, renderCitation, renderCslItem } from '../src/engine.js';
import {
  CITATION_LOCALES,
  CITATION_STYLES,
  type CitationLocale,
  type CitationStyle,
} from '../src/styles/catalog.js';
import { quitoTraining } from './quito-training.js';

const csl = join(import.meta.dirname, '..', 'csl');
const styleXml = (id: string) => readFileSync(join(csl, 'styles', `${id}.csl`), 'utf8');
const localeXml = (tag: string): string | false => {
  try {
    return readFileSync(join(csl, 'locales', `locales-${tag}.xml`), 'utf8');
  } catch {
    return false;
  }
};

/** Ordinary items the SDK has no hand in, of the kinds its users cite. */
const ORDINARY: readonly CslData[] = [
  {
    id: 'report',
    type: 'report',
    title: 'Global Report on Trafficking in Persons 2024',
    author: [{ literal: 'United Nations Office on Drugs and Crime' }],
    publisher: 'United Nations',
    'publisher-place': 'Vienna',
    issued: { 'date-parts': [[2024, 12, 11]] },
    URL: 'https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf',
  },
  {
    id: 'article',
    type: 'article-journal',
    title: 'Cooperación judicial y trata de personas en América Latina',
    author: [
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { family: 'Gómez Peña', given: 'María José' },
      { family: 'Fontaine', given: 'Jean', 'dropping-particle': 'de la' },
    ],
    'container-title': 'Revista de Derecho Penal',
    volume: '9',
    issue: '3',
    page: '45-67',
    issued: { 'date-parts': [[2022, 5]] },
    DOI: '10.1234/rdp.2022.0093',
    language: 'es',
  },
  {
    id: 'webpage',
    type: 'webpage',
    title: 'Human trafficking',
    author: [{ literal: 'United Nations Office on Drugs and Crime' }],
    'container-title': 'UNODC',
    URL: 'https://www.unodc.org/unodc/en/human-trafficking/index.html',
    accessed: { 'date-parts': [[2026, 11, 30]] },
  },
  {
    id: 'book',
    type: 'book',
    title: 'International criminal law',
    author: [{ family: 'Cassese', given: 'Antonio' }],
    edition: '2',
    publisher: 'Oxford University Press',
    'publisher-place': 'Oxford',
    issued: { 'date-parts': [[2008]] },
  },
];

/** The SDK's own records, made by `toCsl` for a style: every CSL type its models map to. */
function records(locale: CitationLocale, style: CitationStyle): CslData[] {
  const publication = (kind: string) =>
    definePublication({
      id: `publication-${kind.replace(' ', '-')}`,
      kind,
      headline: `A ${kind} on cooperation`,
      descriptiveLabel: `Our ${kind}`,
      publisher: 'unodc',
      datePublished: '2024-06-30T20:00:00-05:00',
      url: `https://www.example.org/${kind.replace(' ', '-')}`,
    });
  return [
    toCsl(getPressRelease(), { locale, style }),
    toCsl(getEvent('unodc-webinar'), { locale, style }),
    toCsl(getInitiative('track4tip'), { locale, style }),
    toCsl(quitoTraining(), { locale, style }),
    // A second event by the same organiser in the same year: lists tell them apart (2025a, 2025b).
    toCsl(
      quitoTraining({
        id: 'quito-follow-up-2025',
        title: 'Seguimiento de la cooperación judicial',
        startDate: '2025-06-02',
        endDate: '2025-06-02',
      }),
      { locale, style },
    ),
    ...['report', 'web-page', 'article', 'policy brief'].map((kind) =>
      toCsl(publication(kind), { locale, style }),
    ),
  ];
}

/** citeproc-js, given the style and locales as the official XML files. */
function citeproc(cslId: string, locale: string) {
  let items = new Map<string, CslData>();
  const engine = new CSL.Engine(
    { retrieveLocale: localeXml, retrieveItem: (id: string) => items.get(id) },
    styleXml(cslId),
    locale,
    true,
  );
  return (list: readonly CslData[], kind: 'bibliography' | 'citation', format: string) => {
    items = new Map(list.map((item) => [item.id, item]));
    engine.setOutputFormat(format);
    engine.updateItems([]);
    engine.updateItems(list.map((item) => item.id));
    if (kind === 'citation') {
      return list.map((item) => engine.makeCitationCluster([{ id: item.id }]).trim());
    }
    const bibliography = engine.makeBibliography();
    return bibliography === false ? [] : bibliography[1].map((entry) => entry.trim());
  };
}

describe('the engine and citeproc-js on the official XML', () => {
  it('give the same entry for every item, style, locale, kind and format, alone and in one list', async () => {
    let compared = 0;
    for (const [style, { cslId }] of Object.entries(CITATION_STYLES) as [
      CitationStyle,
      { cslId: string },
    ][]) {
      for (const locale of CITATION_LOCALES) {
        const reference = citeproc(cslId, locale);
        const items = [...ORDINARY, ...records(locale, style)];
        for (const kind of ['bibliography', 'citation'] as const) {
          for (const format of ['text', 'html'] as const) {
            const where = `${style} ${locale} ${kind} ${format}`;
            for (const item of items) {
              const expected = reference([item], kind, format)[0] ?? '';
              expect(
                await renderCslItem(item, { style, locale, kind, format }),
                `${where} ${item.id}`,
              ).toBe(expected);
              compared += 1;
            }
            const list = await renderBibliography(items, { style, locale, kind, format });
            expect(list, `${where} list`).toEqual(reference(items, kind, format));
            compared += 1;
          }
        }
      }
    }
    // 7 styles × 7 locales × 2 kinds × 2 formats × (13 items + 1 list).
    expect(compared).toBe(7 * 7 * 2 * 2 * 14);
  }, 600_000);

  it('tells two events of one organiser and year apart in author-date lists', async () => {
    for (const style of ['apa', 'chicago-author-date', 'harvard'] as const) {
      const items = records('en-US', style).filter((item) => item.id.startsWith('quito-'));
      const cites = await renderBibliography(items, { style, kind: 'citation' });
      // Which is "a" follows the style's order of the reference list (APA: by date).
      expect(cites.map((cite) => /2025([ab])/.exec(cite)?.[1]).sort(), style).toEqual(['a', 'b']);
    }
  });

  it('prints an event’s date range and place where the style does, in every locale', async () => {
    for (const locale of CITATION_LOCALES) {
      for (const style of ['mla', 'chicago-author-date', 'chicago-notes-bibliography'] as const) {
        const { value } = await renderCitation(quitoTraining(), { style, locale });
        expect(value, `${style} ${locale}`).toMatch(/10.{1,4}11/);
        expect(value, `${style} ${locale}`).toContain('Quito, ');
        expect(value, `${style} ${locale}`).toContain(
          new Intl.DisplayNames([locale], { type: 'region' }).of('EC') as string,
        );
      }
    }
  });
});
