// The libraries the CLI reports from throw errors of one shape: a code of core's vocabulary, the
// path as an array, a message that never holds the path, and issues of { code, path, message }.
import { formatDisclaimer } from '@track4tip/cite';
import { formatPath, getPerson, type Issue } from '@track4tip/core';
import { defineDataset } from '@track4tip/core/schemas';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { describe, expect, it } from 'vitest';

const thrown = (call: () => unknown): Error & { code: string; path: unknown; issues: Issue[] } => {
  try {
    call();
  } catch (error) {
    return error as never;
  }
  throw new Error('did not throw');
};

describe('the errors of every package', () => {
  const cases = {
    CoreError: thrown(() => getPerson('nobody' as never)),
    'CoreError (issues)': thrown(() =>
      defineDataset({ people: [{ id: 'x', name: 'X', affiliation: 'nowhere' }] }),
    ),
    JsonLdError: thrown(() => toScriptTag({ '@graph': [] } as never, { nonce: '"><' })),
    'JsonLdError (include)': thrown(() =>
      toJsonLd({}, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'x' }] }),
    ),
    CiteError: thrown(() => formatDisclaimer({ medium: 'fax' as never })),
  };

  for (const [name, error] of Object.entries(cases)) {
    it(`${name}: code, path array, issues, a message without the path`, () => {
      expect(error.name).toBe(name.split(' ')[0]);
      expect(error.code).toMatch(/^[A-Z_]+$/);
      expect(Array.isArray(error.path)).toBe(true);
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.code).toMatch(/^[A-Z_]+$/);
        const where = formatPath(issue.path);
        if (where !== '') expect(issue.message).not.toContain(`\`${where}\``);
      }
      expect(error.message).not.toMatch(/^`/);
    });
  }

  it('a single-problem error has one issue equal to its code, path and message', () => {
    const error = cases.JsonLdError;
    expect(error.path).toEqual(['options', 'nonce']);
    expect(error.issues).toEqual([{ code: error.code, path: error.path, message: error.message }]);
  });
});
