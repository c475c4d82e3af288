/**
 * How `validate` prints the validator's rich-result verdicts, with a validator stubbed to return
 * known verdicts (the real ones are checked end to end in bin.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { cli } from './helpers.js';

const RICH_RESULTS = [
  {
    feature: 'Event',
    type: 'Event',
    id: 'https://www.example.org/#/schema/event/my-webinar',
    path: ['@graph', 0],
    eligible: false,
    missingRequired: ['name', 'location.url'],
    missingRecommended: ['image', 'description'],
  },
  {
    feature: 'Organization',
    type: 'GovernmentOrganization',
    id: undefined,
    path: ['@graph', 1],
    eligible: true,
    missingRequired: [],
    missingRecommended: [],
  },
];

vi.mock('@track4tip/jsonld/validate', () => ({
  validate: () => ({ valid: true, diagnostics: [], richResults: RICH_RESULTS }),
}));

const files = {
  'graph.json': JSON.stringify({ '@context': 'https://schema.org', '@graph': [] }),
};

describe('track4tip validate: rich results', () => {
  it('prints one line per detected item: type, eligibility, missing fields', async () => {
    const out = await cli(['validate', 'graph.json'], files);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        // The verdict on the file first, then what Google would make of it.
        'graph.json: valid jsonld',
        "Rich results (as Google's Rich Results Test would report them):",
        '  Event (Event) https://www.example.org/#/schema/event/my-webinar: not eligible; missing required: name, location.url; missing recommended: image, description',
        '  Organization (GovernmentOrganization) @graph[1]: eligible',
        '',
      ].join('\n'),
    );
  });

  it('gives the verdicts as they are in --json', async () => {
    const out = await cli(['validate', 'graph.json', '--json'], files);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stderr) as { problems: unknown[]; richResults: unknown[] };
    // JSON has no undefined: an item without @id has no "id" key.
    expect(report).toEqual({ problems: [], richResults: JSON.parse(JSON.stringify(RICH_RESULTS)) });
  });
});
