import { describe, expect, it } from 'vitest';
import { bundle as bundleSnippet } from '../../../scripts/lib/bundle.mjs';

// What a page's bundle contains, from the sources. The size of the APA citation snippet is a budget
// in bench/src/jobs.mjs (press-release-apa), checked from the built packages by
// bench/test/size-budget.test.ts.
const bundle = async (contents: string) =>
  (await bundleSnippet({ contents, resolveDir: import.meta.dirname }, { source: true })).code;

describe('browser bundles', () => {
  it('"APA citation of the press release" is precomputed strings: no engine, no zod', async () => {
    const code = await bundle(
      "import { pressReleaseApa } from '@track4tip/cite';\nconsole.log(pressReleaseApa.locales['en-US'].bibliography.text);",
    );
    expect(code).toContain('United Nations Office on Drugs and Crime. (2021, February 1).');
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError/);
  });

  it('the main entry never pulls in the citation engine or zod', async () => {
    const code = await bundle(
      "import * as cite from '@track4tip/cite';\nconsole.log(Object.keys(cite), cite.formatCitation, cite.toBibTeX);",
    );
    expect(code).not.toMatch(/citeproc|CSL\.Engine|ZodError/);
  });

  it('the engine entry is the one that brings citeproc-js', async () => {
    const code = await bundle(
      "import { renderCitation } from '@track4tip/cite/engine';\nconsole.log(renderCitation);",
    );
    expect(code).toMatch(/CSL\.Engine|citeproc/);
  });
});
