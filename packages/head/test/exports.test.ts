import { describe, expect, it } from 'vitest';

// The public surface is deliberate: changing it must change this list.
describe('public exports', () => {
  it('@track4tip/head', async () => {
    expect(Object.keys(await import('@track4tip/head')).sort()).toEqual([
      'HeadError',
      'coinsSpan',
      'headFor',
      'headForSite',
      'renderHead',
      'toContextObject',
      'toNextJsonLd',
      'toNextMetadata',
      'toUnhead',
    ]);
  });
});
