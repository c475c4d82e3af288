// The public API of every entry point, types included, is committed as a report in api/
// (scripts/api-report.ts). A change to an export, a removed type-only export included, changes
// its report, so it shows in review; regenerate the reports with `pnpm api:report`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiReports, root } from '../scripts/api-report.js';

const reports = apiReports();
const update = 'the public API changed: if on purpose, run `pnpm api:report` and commit api/';

describe.each([...reports])('%s', (path, report) => {
  it('is the committed report', () => {
    const file = join(root, path);
    expect(existsSync(file), `${path} is missing; ${update}`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path}: ${update}`).toBe(report);
  });
});

it('has no report of an entry point that is gone', () => {
  const committed = readdirSync(join(root, 'api')).filter((name) => name.endsWith('.api.md'));
  expect(committed.map((name) => `api/${name}`).sort(), update).toEqual([...reports.keys()].sort());
});
