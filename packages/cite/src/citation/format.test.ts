import { getEvent, getInitiative, getPressRelease } from '@track4tip/core';
import { definePressRelease } from '@track4tip/core/schemas';
import { describe, expect, it } from 'vitest';
import { pressReleaseApa } from '../generated/citations/index.js';
import { formatCitation } from './format.js';

const release = getPressRelease();
const URL =
  'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html';
const LABEL =
  'UNODC press release on the TRACK4TIP webinar on criminal justice cooperation in trafficking in persons cases';

// Read and judged against the style guides: APA's "[Press release]" with the full date, an
// institution as author; Chicago notes–bibliography short notes; IEEE's numbered entry.
describe('formatCitation (precomputed)', () => {
  it('gives the APA reference entry and in-text citation of the press release', () => {
    expect(formatCitation(release, { style: 'apa' }).value).toBe(
      `United Nations Office on Drugs and Crime. (2021, February 1). ${LABEL} [Press release]. ${URL}`,
    );
    expect(formatCitation(release, { style: 'apa', kind: 'citation' }).value).toBe(
      '(United Nations Office on Drugs and Crime, 2021)',
    );
  });

  it('escapes and italicises in HTML, and escapes Markdown', () => {
    expect(formatCitation(release, { style: 'apa', format: 'html' }).value).toBe(
      `<div class="csl-entry">United Nations Office on Drugs and Crime. (2021, February 1). <i>${LABEL}</i> [Press release]. ${URL}</div>`,
    );
    expect(formatCitation(release, { style: 'apa', format: 'markdown' }).value).toBe(
      `United Nations Office on Drugs and Crime. (2021, February 1). _${LABEL}_ \\[Press release\\]. <${URL}>`,
    );
  });

  it('uses the CSL locale’s terms, quotes and our genre word in Spanish and Portuguese', () => {
    expect(formatCitation(release, { style: 'ieee', locale: 'es-ES' }).value).toBe(
      `[1] United Nations Office on Drugs and Crime, «${LABEL}». 1 de febrero de 2021. [En línea]. Disponible en: ${URL}`,
    );
    expect(formatCitation(release, { style: 'apa', locale: 'pt-BR' }).value).toContain(
      '[Comunicado de imprensa]',
    );
  });

  it('gives Chicago notes–bibliography notes for the webinar and the programme', () => {
    expect(
      formatCitation(getEvent('unodc-webinar'), {
        style: 'chicago-notes-bibliography',
        kind: 'citation',
      }).value,
    ).toBe(
      'United Nations Office on Drugs and Crime, “UNODC Webinar on Cooperation between Criminal Justice Authorities in Trafficking in Persons Cases (1 February 2021).”',
    );
    expect(formatCitation(getInitiative('track4tip'), { style: 'harvard' }).value).toBe(
      'United Nations Office on Drugs and Crime (2019–2022) “TRACK4TIP.”',
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
  });

  it('rejects unknown options with a typed error, never English by default', () => {
    expect(() => formatCitation(release, { style: 'apa7' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_STYLE', path: 'options.style' }),
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
