import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Bundles a snippet the way a browser app would, resolving workspace packages to their sources.
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@track4tip/source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('browser bundles', () => {
  it('"APA citation of the press release" is tiny: precomputed strings, no engine, no zod', async () => {
    const code = await bundle(
      "import { pressReleaseApa } from '@track4tip/cite';\nconsole.log(pressReleaseApa.locales['en-US'].bibliography.text);",
    );
    const gzip = gzipSync(code).length;
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
