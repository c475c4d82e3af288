import { describe, expect, it } from 'vitest';
import {
  ancestors,
  enumerationsOf,
  isA,
  isClass,
  propertyFitsTypes,
  rangesOf,
  SCHEMA_ORG_RELEASE,
  supersededBy,
  vocabularyTables,
} from '../../test/schema-org.js';

const { CLASSES, PROPERTIES, ENUMERATION_MEMBERS, SUPERSEDED_BY } = vocabularyTables();
// Names the 29.4 release itself uses without defining them (an upstream gap, kept as released).
const UPSTREAM_GAPS = new Set(['DeliveryTimeSettings']);
const split = (value: string) => (value === '' ? [] : value.split(' '));

describe('vocabulary table (schema.org release 29.4)', () => {
  it('is the pinned release', () => {
    expect(SCHEMA_ORG_RELEASE).toBe('29.4');
  });

  it('is internally consistent: every name it points to is defined in it', () => {
    const problems: string[] = [];
    for (const [name, parents] of Object.entries(CLASSES)) {
      for (const parent of split(parents))
        if (!isClass(parent)) problems.push(`class ${name} -> ${parent}`);
      if (!ancestors(name).has('Thing') && !isA(name, 'DataType') && name !== 'DataType') {
        problems.push(`class ${name} does not reach Thing or DataType`);
      }
    }
    for (const [name, [domains, ranges]] of Object.entries(PROPERTIES)) {
      for (const domain of split(domains))
        if (!isClass(domain) && !UPSTREAM_GAPS.has(domain))
          problems.push(`property ${name} domain ${domain}`);
      for (const range of split(ranges))
        if (!isClass(range)) problems.push(`property ${name} range ${range}`);
    }
    for (const [name, types] of Object.entries(ENUMERATION_MEMBERS)) {
      for (const type of split(types))
        if (!isA(type, 'Enumeration') && type !== 'Boolean')
          problems.push(`member ${name} of ${type}`);
    }
    for (const [name, replacements] of Object.entries(SUPERSEDED_BY)) {
      const known = (term: string) =>
        term in CLASSES || term in PROPERTIES || term in ENUMERATION_MEMBERS;
      if (!known(name)) problems.push(`superseded ${name} unknown`);
      for (const term of split(replacements))
        if (!known(term)) problems.push(`${name} superseded by unknown ${term}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds the terms the serialisers use, with the domains and ranges the graph relies on', () => {
    expect(Object.keys(CLASSES).length).toBeGreaterThan(900);
    expect(isA('EventSeries', 'Event')).toBe(true);
    expect(isA('URL', 'DataType')).toBe(true);
    expect(isA('Date', 'DataType')).toBe(true);
    expect(isA('NewsArticle', 'CreativeWork')).toBe(true);
    expect(isA('Country', 'Place')).toBe(true);
    expect(isA('MonetaryGrant', 'Grant')).toBe(true);
    expect(isA('PerformanceRole', 'Role')).toBe(true);
    expect(isA('Project', 'Organization')).toBe(true);
    expect(propertyFitsTypes('subEvent', ['EventSeries'])).toBe(true);
    expect(propertyFitsTypes('funding', ['NewsArticle'])).toBe(true);
    expect(propertyFitsTypes('jobTitle', ['Organization'])).toBe(false);
    expect(rangesOf('startDate')).toEqual(['Date', 'DateTime']);
    expect(enumerationsOf('EventScheduled')).toEqual(['EventStatusType']);
    expect(enumerationsOf('OnlineEventAttendanceMode')).toEqual(['EventAttendanceModeEnumeration']);
    expect(supersededBy('namedPosition')).toEqual(['roleName']);
  });
});
