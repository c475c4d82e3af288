import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { definePressRelease } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { pressReleaseApa } from '../generated/citations/index.js';
import { CITATION_STYLES, type CitationStyle } from '../styles/catalog.js';
import { formatCitation } from './format.js';

const release = getPressRelease();
const URL =
  'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html';
const LABEL =
  'UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases';

// Read and judged against the style manuals. The press release and the webinar have no title in
// the source, so they are cited as untitled works, by a description: APA 7 §9.22 "[Description]"
// in square brackets and not italic; MLA and Chicago a plain description; IEEE and Harvard the
// description in square brackets (inside the quotation marks the style puts around any title).
describe('formatCitation (precomputed)', () => {
  it('gives the APA reference entry of an untitled press release: the description in brackets', () => {
    expect(formatCitation(release, { style: 'apa' }).value).toBe(
      `United Nations Office on Drugs and Crime. (2021, February 1). [${LABEL}]. ${URL}`,
    );
    expect(formatCitation(release, { style: 'apa', kind: 'citation' }).value).toBe(
      '(United Nations Office on Drugs and Crime, 2021)',
    );
  });

  it('never italicises or quotes the description as a title, in HTML or Markdown', () => {
    expect(formatCitation(release, { style: 'apa', format: 'html' }).value).toBe(
      `<div class="csl-entry">United Nations Office on Drugs and Crime. (2021, February 1). [${LABEL}]. ${URL}</div>`,
    );
    expect(formatCitation(release, { style: 'apa', format: 'markdown' }).value).toBe(
      `United Nations Office on Drugs and Crime. (2021, February 1). \\[${LABEL}\\]. <${URL}>`,
    );
    // MLA italicises titles of standalone works; a description is roman and keeps its case.
    expect(formatCitation(release, { style: 'mla', format: 'html' }).value).toBe(
      `<div class="csl-entry">United Nations Office on Drugs and Crime. ${LABEL}. 1 Feb. 2021, ${URL}.</div>`,
    );
    expect(formatCitation(release, { style: 'mla', format: 'markdown' }).value).toBe(
      `United Nations Office on Drugs and Crime. ${LABEL}. 1 Feb. 2021, <${URL}>.`,
    );
    expect(formatCitation(release, { style: 'chicago-author-date' }).value).toBe(
      `United Nations Office on Drugs and Crime. 2021. ${LABEL}. February 1. ${URL}.`,
    );
  });

  it('cites the official name of the programme as a title', () => {
    expect(formatCitation(getInitiative('track4tip'), { style: 'apa', format: 'html' }).value).toBe(
      '<div class="csl-entry">United Nations Office on Drugs and Crime. (2019–2022). <i>TRACK4TIP</i> [Program].</div>',
    );
    expect(formatCitation(getInitiative('track4tip'), { style: 'harvard' }).value).toBe(
      'United Nations Office on Drugs and Crime (2019–2022) “TRACK4TIP.”',
    );
  });

  it('uses the CSL locale’s terms and quotes in Spanish', () => {
    expect(formatCitation(release, { style: 'ieee', locale: 'es-ES' }).value).toBe(
      `[1] United Nations Office on Drugs and Crime, «[${LABEL}]». 1 de febrero de 2021. [En línea]. Disponible en: ${URL}`,
    );
  });

  it('does not repeat the webinar’s date: the description drops the date its label carries', () => {
    const webinar = getEvent('unodc-webinar');
    expect(webinar.descriptiveLabel).toContain('(1 February 2021)');
    expect(formatCitation(webinar, { style: 'apa' }).value).toBe(
      'United Nations Office on Drugs and Crime. (2021, February 1). [UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases].',
    );
    for (const style of Object.keys(CITATION_STYLES) as CitationStyle[]) {
      const { value } = formatCitation(webinar, { style });
      // Chicago's author-date style prints the year after the author and the event's full date
      // after the description (CMOS 18); every other style prints the date once.
      const dates = style === 'chicago-author-date' ? 2 : 1;
      expect(value.match(/2021/g), `${style}: ${value}`).toHaveLength(dates);
      expect(value, style).not.toContain('February 2021)');
    }
    expect(formatCitation(webinar, { style: 'chicago-notes-bibliography' }).value).toBe(
      'United Nations Office on Drugs and Crime. UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases. February 1, 2021.',
    );
  });

  it('marks the descriptive label as not an official title', () => {
    expect(formatCitation(release, { style: 'mla' }).title).toEqual({
      value: LABEL,
      official: false,
      source: 'descriptive-label',
    });
    expect(pressReleaseApa.title.official).toBe(false);
  });

  it('is the same string as the exported precomputed constant', () => {
    expect(
      formatCitation(release, { style: 'apa', locale: 'nl-NL', kind: 'citation', format: 'html' })
        .value,
    ).toBe(pressReleaseApa.locales['nl-NL'].citation.html);
  });

  it('refuses entities it has no strings for, and points to the engine', () => {
    const other = definePressRelease({
      id: 'other-release',
      descriptiveLabel: 'Another release',
      publisher: 'unodc',
      dateline: '2022-01-01',
      inLanguage: 'en',
      about: 'unodc-webinar',
    });
    expect(() => formatCitation(other, { style: 'apa' })).toThrowError(
      expect.objectContaining({
        code: 'NOT_PRECOMPUTED',
        message: expect.stringContaining("'@track4tip/cite/engine'"),
      }),
    );
    expect(() => formatCitation(release, { style: 'apa', title: 'Own title' })).toThrowError(
      expect.objectContaining({ code: 'NOT_PRECOMPUTED' }),
    );
    // An access date is the caller's own, and a caller's title that reads like the description
    // is still a title: neither has precomputed strings.
    expect(() => formatCitation(release, { style: 'ieee', accessed: '2024-06-03' })).toThrowError(
      expect.objectContaining({ code: 'NOT_PRECOMPUTED' }),
    );
    expect(() => formatCitation(release, { style: 'apa', title: `[${LABEL}]` })).toThrowError(
      expect.objectContaining({ code: 'NOT_PRECOMPUTED' }),
    );
  });

  it('rejects unknown options with a typed error, never English by default', () => {
    expect(() => formatCitation(release, { style: 'apa7' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_STYLE', path: ['options', 'style'] }),
    );
    expect(() => formatCitation(release, { style: 'apa', locale: 'es-AR' as never })).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_LOCALE',
        message: expect.stringContaining('"es-MX"'),
      }),
    );
    expect(() => formatCitation(release, { style: 'apa', format: 'rtf' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_FORMAT' }),
    );
    expect(() => formatCitation(release, { style: 'apa', kind: 'note' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_KIND' }),
    );
  });
});
