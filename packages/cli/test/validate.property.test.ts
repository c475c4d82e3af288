import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('track4tip validate on arbitrary input', () => {
  it('never crashes: any JSON gives exit code 0 or 1, and every error names where it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const out = await cli(['validate', 'input.json', '--json'], {
          'input.json': JSON.stringify(value),
        });
        expect([0, 1]).toContain(out.code);
        if (out.code === 1) {
          const { problems } = JSON.parse(out.stderr) as {
            problems: { path: string; message: string }[];
          };
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            expect(
              problem.path.startsWith('input.json') || problem.path.startsWith('JSON-LD#'),
            ).toBe(true);
            expect(problem.message).not.toBe('');
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never crashes on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        const out = await cli(['validate', 'input.json'], { 'input.json': text });
        expect([0, 1]).toContain(out.code);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
