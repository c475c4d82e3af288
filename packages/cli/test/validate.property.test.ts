import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('track4tip validate on arbitrary input', () => {
  it('never crashes: any JSON gives exit code 0 or 1, and every error has an UPPER code and names where it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const out = await cli(['validate', 'input.json', '--json'], {
          'input.json': JSON.stringify(value),
        });
        expect([0, 1]).toContain(out.code);
        if (out.code === 1) {
          const { problems } = JSON.parse(out.stderr) as {
            problems: { code: string; path: string; message: string }[];
          };
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            // The CLI's own UPPER codes and wording, never zod's.
            expect(problem.code).toMatch(/^[A-Z][A-Z_]+$/);
            expect(problem.message).not.toMatch(/Invalid (input|option)|received|invalid_/);
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

  it('words every problem of an event-like object itself: UPPER code, no zod wording', async () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('2024-02-30', '2024-05-02T15:00', '2024-05-02', 'webinar', 'online', 'unodc'),
    );
    const event = fc.record(
      Object.fromEntries(
        [
          'id',
          'kind',
          'descriptiveLabel',
          'startDate',
          'endDate',
          'attendanceMode',
          'ledBy',
          'name',
          'location',
          'url',
        ].map((key) => [key, value]),
      ),
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(event, async (input) => {
        const out = await cli(['validate', 'input.json', '--json'], {
          'input.json': JSON.stringify(input),
        });
        expect([0, 1]).toContain(out.code);
        const { problems } = JSON.parse(out.stderr) as {
          problems: { code: string; message: string }[];
        };
        for (const problem of problems) {
          expect(problem.code).toMatch(/^[A-Z][A-Z_]+$/);
          expect(problem.message).not.toMatch(/Invalid (input|option)|received|invalid_/);
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
