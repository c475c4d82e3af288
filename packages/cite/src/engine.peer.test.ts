import { getPressRelease } from '@track4tip/core';
import { describe, expect, it, vi } from 'vitest';
import { preloadEngine, renderCitation, renderCslItem } from './engine.js';

// As if citeproc (an optional peer dependency) were not installed.
vi.mock('citeproc', () => {
  const error = new Error("Cannot find package 'citeproc'") as Error & { code: string };
  error.code = 'ERR_MODULE_NOT_FOUND';
  throw error;
});

describe('the engine without citeproc installed', () => {
  it('rejects with MISSING_PEER_DEPENDENCY naming the install command, ', async () => {
    const expected = expect.objectContaining({
      name: 'CiteError',
      code: 'MISSING_PEER_DEPENDENCY',
      message: expect.stringContaining('npm install citeproc'),
    });
    await expect(preloadEngine('apa')).rejects.toEqual(expected);
    await expect(renderCitation(getPressRelease(), { style: 'mla' })).rejects.toEqual(expected);
    await expect(
      renderCslItem({ id: 'x', type: 'document', title: 'T' }, { style: 'ieee' }),
    ).rejects.toEqual(expected);
  });
});
