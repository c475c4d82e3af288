import type { getPressRelease } from '@track4tip/core';
import { describe, expectTypeOf, it } from 'vitest';
import type * as engine from '../src/engine.js';
import * as cite from '../src/index.js';

type Release = ReturnType<typeof getPressRelease>;

describe('types', () => {
  it('the precomputed formatCitation is synchronous, the engine’s renderCitation asynchronous', () => {
    expectTypeOf<ReturnType<typeof cite.formatCitation>>().toEqualTypeOf<cite.FormattedCitation>();
    type Render = typeof engine.renderCitation;
    // A built-in style name gives a FormattedCitation; any other style (a CSL id, or one read by
    // loadStyle) an EngineCitation, whose style is a string.
    expectTypeOf<Awaited<ReturnType<Render>>['style']>().toEqualTypeOf<string>();
    expectTypeOf<cite.FormattedCitation['style']>().toEqualTypeOf<cite.CitationStyle>();
  });

  it('accepts fixtures as citable entities and only known style names', () => {
    expectTypeOf<Release>().toExtend<cite.CitableEntity>();
    expectTypeOf<'apa'>().toExtend<cite.CitationStyle>();
    expectTypeOf<'apa7'>().not.toExtend<cite.CitationStyle>();
    expectTypeOf<'es-AR'>().not.toExtend<cite.CitationLocale>();
  });

  it('gives typed access to precomputed strings', () => {
    expectTypeOf(cite.pressReleaseApa.locales['es-MX'].citation.markdown).toEqualTypeOf<string>();
  });
});
