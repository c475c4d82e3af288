import { getAward, getPressRelease } from '@track4tip/core';
import { defineAward, defineOrganization } from '@track4tip/core/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDisclaimer } from './format.js';

const award = getAward('SSJTIP19CA0027');
const PRESS_RELEASE_WORDING =
  'This press release was made possible through support provided by the United States Department of State, under the terms of Award No. SSJTIP19CA0027. The opinions expressed herein are those of the author(s) and do not necessarily reflect the views of the United States Department of State.';

describe('formatDisclaimer', () => {
  it('reproduces the press release’s funding statement character for character', () => {
    const result = formatDisclaimer({ award, medium: 'press-release' });
    expect(result.value).toBe(PRESS_RELEASE_WORDING);
    expect(result.value).toBe(getPressRelease().fundingStatement);
    expect(result.wording).toBe('source');
    expect(result.source.url).toBe(getPressRelease().url);
  });

  it('names each medium, keeping the rest of the wording', () => {
    const openings = (
      ['publication', 'website', 'video', 'event-materials', 'social-media'] as const
    ).map((medium) => formatDisclaimer({ award, medium }));
    expect(openings.map((result) => result.value.split(' made possible')[0])).toEqual([
      'This publication was',
      'This website was',
      'This video was',
      'These event materials were',
      'This social media content was',
    ]);
    for (const result of openings) {
      expect(result.wording).toBe('adapted');
      expect(result.value).toContain('under the terms of Award No. SSJTIP19CA0027.');
    }
  });

  it('marks translations unofficial and keeps the English original', () => {
    const spanish = formatDisclaimer({ award, locale: 'es-MX' });
    expect(spanish.value).toBe(
      'Este comunicado de prensa fue posible gracias al apoyo prestado por United States Department of State, en virtud de los términos de la adjudicación n.º SSJTIP19CA0027. Las opiniones aquí expresadas son las del autor o los autores y no reflejan necesariamente las opiniones de United States Department of State.',
    );
    expect(spanish.wording).toBe('unofficial-translation');
    expect(spanish.notice).toBe('Traducción no oficial; prevalece el original en inglés.');
    expect(spanish.original).toBe(PRESS_RELEASE_WORDING);
    expect(formatDisclaimer({ award, locale: 'es-ES', medium: 'video' }).value).toMatch(
      /^Este vídeo/,
    );
    expect(formatDisclaimer({ award, locale: 'es-CL', medium: 'video' }).value).toMatch(
      /^Este video/,
    );
    expect(formatDisclaimer({ award, locale: 'pt-BR' }).wording).toBe('unofficial-translation');
    expect(formatDisclaimer({ award, locale: 'nl-NL' }).value).toMatch(
      /^Dit persbericht is mogelijk gemaakt/,
    );
    expect(formatDisclaimer({ award, locale: 'en-GB' }).notice).toBeUndefined();
  });

  it('gives UNODC’s designations disclaimer for publications, with its source', () => {
    const result = formatDisclaimer({ kind: 'designations' });
    expect(result.value).toMatch(/^The content of this publication does not necessarily reflect/);
    expect(result.value).toMatch(/delimitation of its frontiers or boundaries\.$/);
    expect(result.source.title).toBe('UNODC Annual Report 2014, copyright page');
    expect(() => formatDisclaimer({ kind: 'designations', medium: 'video' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['medium'] }),
    );
  });

  it('writes HTML with a language and Markdown with escapes', () => {
    expect(formatDisclaimer({ award, format: 'html' }).value).toBe(
      `<p lang="en">${PRESS_RELEASE_WORDING}</p>`,
    );
    expect(formatDisclaimer({ award, format: 'markdown' }).value).toBe(PRESS_RELEASE_WORDING);
    expect(formatDisclaimer({ award, format: 'html', locale: 'pt-BR' }).original).toMatch(
      /^<p lang="en">/,
    );
  });

  it('names a user’s funder as recorded, or as the award’s acknowledgement does, adding no article', () => {
    const organizations = [
      defineOrganization({ id: 'gac', name: 'Global Affairs Canada', kind: 'governmental' }),
      defineOrganization({ id: 'eu', name: 'European Union', kind: 'intergovernmental' }),
    ];
    const canada = formatDisclaimer({
      award: defineAward({ id: 'P-012345', number: 'P-012345', funder: 'gac' }),
      medium: 'publication',
      organizations,
    }).value;
    expect(canada).toBe(
      'This publication was made possible through support provided by Global Affairs Canada, under the terms of Award No. P-012345. The opinions expressed herein are those of the author(s) and do not necessarily reflect the views of Global Affairs Canada.',
    );
    const union = defineAward({
      id: 'EU-1',
      number: 'EU-1',
      funder: 'eu',
      funderInText: 'the European Union',
    });
    const english = formatDisclaimer({ award: union, medium: 'website', organizations });
    expect(english.value).toContain('support provided by the European Union, under');
    // Another award's statement is the press release's wording, adapted, even for a press release.
    expect(formatDisclaimer({ award: union, organizations }).wording).toBe('adapted');
    expect(english.value).toContain('the views of the European Union.');
    // A translation names the funder as recorded: the English article is not carried over.
    const spanish = formatDisclaimer({ award: union, organizations, locale: 'es-ES' });
    expect(spanish.value).toContain('prestado por European Union,');
    expect(spanish.original).toBe(formatDisclaimer({ award: union, organizations }).value);
  });

  it('escapes data from a user’s award in HTML: no markup gets through (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(name.trim() === name && name !== '' && !/[\p{Cc}\u2028\u2029]/u.test(name));
        const funder = defineOrganization({ id: 'funder', kind: 'governmental', name });
        const own = defineAward({ id: 'A-1', number: 'A-1', funder: 'funder' });
        const html = formatDisclaimer({
          award: own,
          organizations: [funder],
          format: 'html',
        }).value;
        const inner = html.slice('<p lang="en">'.length, -'</p>'.length);
        expect(inner).not.toMatch(/[<>"]/);
        expect(inner.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad award data and unknown media with typed errors', () => {
    expect(() => formatDisclaimer({ award: { ...award, number: '' } })).toThrowError(
      expect.objectContaining({
        name: 'CiteError',
        code: 'INVALID_INPUT',
        path: ['award', 'number'],
        message: expect.stringContaining('exactly as printed on the award'),
      }),
    );
    expect(() => formatDisclaimer({ award, medium: 'podcast' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_MEDIUM', path: ['medium'] }),
    );
    expect(() => formatDisclaimer({ award: { ...award, funder: 'nobody' } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['award', 'funder'] }),
    );
    expect(() => formatDisclaimer({ medium: 'website' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['award'] }),
    );
    expect(() => formatDisclaimer({ award, locale: 'fr-FR' as never })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_LOCALE' }),
    );
  });
});
