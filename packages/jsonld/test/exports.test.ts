import { describe, expect, it } from 'vitest';

// The public surface is deliberate: changing it must change this list.
describe('public exports', () => {
  it('@track4tip/jsonld', async () => {
    expect(Object.keys(await import('@track4tip/jsonld')).sort()).toEqual([
      'JsonLdError',
      'entityId',
      'normalizeBaseUrl',
      'pageJson',
      'pageScriptTag',
      'pressReleasePage',
      'serialize',
      'toJsonLd',
      'toScriptTag',
      'track4tipPage',
      'webinarPage',
    ]);
  });

  it('@track4tip/jsonld/validate', async () => {
    expect(Object.keys(await import('@track4tip/jsonld/validate')).sort()).toEqual([
      'GOOGLE_ARTICLE',
      'GOOGLE_EVENT',
      'GOOGLE_ORGANIZATION',
      'GOOGLE_PAGES',
      'JsonLdError',
      'SCHEMA_ORG_RELEASE',
      'validate',
    ]);
  });
});
