import { describe, expect, it } from 'vitest';
import { getCountry, getEvent, getOrganization } from './lookups.js';
import { sourceOf, statedFields } from './provenance.js';

describe('provenance helpers', () => {
  it('tell press-release facts from labelled enrichment and editorial text', () => {
    const curacao = getCountry('CW');
    expect(sourceOf(curacao, 'name')).toEqual({ kind: 'press-release' });
    const wikidata = sourceOf(curacao, 'wikidataId');
    expect(wikidata?.kind).toBe('external');
    expect(wikidata?.kind === 'external' && wikidata.url.startsWith('https://')).toBe(true);
    expect(sourceOf(getEvent('unodc-webinar'), 'descriptiveLabel')).toEqual({ kind: 'editorial' });
  });

  it('keep only what the press release states', () => {
    expect(statedFields(getOrganization('unodc'))).toEqual({
      id: 'unodc',
      name: 'United Nations Office on Drugs and Crime',
      acronym: 'UNODC',
    });
    const webinar = statedFields(getEvent('unodc-webinar'));
    expect(webinar).not.toHaveProperty('descriptiveLabel');
    expect(webinar.startDate).toBe('2021-02-01');
    expect(Object.isFrozen(webinar)).toBe(true);
  });
});
