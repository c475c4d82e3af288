import { describe, expect, it } from 'vitest';
import { bundleSnippet, gzipSize } from '../../../test/support/bundle.js';

const bundle = async (code: string) => (await bundleSnippet(code, import.meta.dirname)).code;

describe('browser bundles', () => {
  it('"APA citation of the press release" is tiny: precomputed strings, no engine, no zod', async () => {
    const code = await bundle(
      "import { pressReleaseApa } from '@track4tip/cite';\nconsole.log(pressReleaseApa.locales['en-US'].bibliography.text);",
    );
    const gzip = gzipSize(code);
    expect(code).toContain('United Nations Office on Drugs and Crime. (2021, February 1).');
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError/);
    expect(gzip).toBeLessThan(2048);
  });

  it('the main entry never pulls in the citation engine or zod', async () => {
    const code = await bundle(
      "import * as cite from '@track4tip/cite';\nconsole.log(Object.keys(cite), cite.formatCitation, cite.toBibTeX);",
    );
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError/);
  });

  it('the engine entry is the one that brings citeproc-js', async () => {
    const code = await bundle(
      "import { formatCitation } from '@track4tip/cite/engine';\nconsole.log(formatCitation);",
    );
    expect(code).toMatch(/CSL\.Engine|citeproc/);
  });
});
