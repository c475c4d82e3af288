import { formatCitation, formatDisclaimer } from '@track4tip/cite';
import { fixtures, getAward, getEvent } from '@track4tip/core';
import { toJsonLd } from '@track4tip/jsonld';
import { expect, it, vi } from 'vitest';

it("prints the webinar's graph, its APA citation in Spanish and the disclaimer", async () => {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
    printed.push(values.join(' '));
  });
  await import('../src/index.js');
  vi.restoreAllMocks();

  const [graph, citation, ...rest] = printed;
  expect(JSON.parse(graph ?? '')).toEqual(
    toJsonLd(fixtures, {
      baseUrl: 'https://www.example.org/',
      include: [{ type: 'event', id: 'unodc-webinar' }],
    }),
  );
  const spanish = formatCitation(getEvent('unodc-webinar'), {
    style: 'apa',
    locale: 'es-ES',
  }).value;
  expect(citation).toBe(`\n${spanish}`);
  expect(rest.at(-1)).toBe(
    `\n${formatDisclaimer({ award: getAward('SSJTIP19CA0027'), medium: 'press-release' }).value}`,
  );
});
