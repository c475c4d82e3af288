import { describe, expect, it } from 'vitest';
import * as engine from '../src/engine.js';
import * as main from '../src/index.js';

// Changing the public API must be deliberate: update these lists in the same change.
describe('public exports', () => {
  it('of @track4tip/cite', () => {
    expect(Object.keys(main).sort()).toEqual([
      'CITATION_KINDS',
      'CITATION_LOCALES',
      'CITATION_STYLES',
      'CiteError',
      'ITEM_TERMS',
      'OUTPUT_FORMATS',
      'escapeLatex',
      'formatCitation',
      'formatDisclaimer',
      'pressReleaseApa',
      'pressReleaseChicagoAuthorDate',
      'pressReleaseChicagoNotesBibliography',
      'pressReleaseHarvard',
      'pressReleaseIeee',
      'pressReleaseMla',
      'pressReleaseVancouver',
      'toBibLaTeX',
      'toBibTeX',
      'toCsl',
      'toCslJson',
      'toRis',
      'track4tipApa',
      'track4tipChicagoAuthorDate',
      'track4tipChicagoNotesBibliography',
      'track4tipHarvard',
      'track4tipIeee',
      'track4tipMla',
      'track4tipVancouver',
      'webinarApa',
      'webinarChicagoAuthorDate',
      'webinarChicagoNotesBibliography',
      'webinarHarvard',
      'webinarIeee',
      'webinarMla',
      'webinarVancouver',
    ]);
  });

  it('of @track4tip/cite/engine', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'CSL_LOCALE_TAGS',
      'CSL_STYLE_IDS',
      'CiteError',
      'clearEngineCache',
      'engineCacheSize',
      'loadStyle',
      'preloadEngine',
      'renderBibliography',
      'renderCitation',
      'renderCslItem',
    ]);
  });
});
