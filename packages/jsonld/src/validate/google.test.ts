import { formatPath } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { isA, isClass, isProperty, propertyFitsTypes } from '../../test/schema-org.js';
import { validate } from '../validate.js';
import { GOOGLE_ARTICLE, GOOGLE_EVENT, GOOGLE_ORGANIZATION, GOOGLE_PAGES } from './google.js';

const B = 'https://example.org/#/schema/';
const lone = (node: object) => ({ '@context': 'https://schema.org', ...node });
const doc = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });
const found = (input: unknown, severity?: string) =>
  validate(input)
    .diagnostics.filter((d) => severity === undefined || d.severity === severity)
    .map((d) => `${d.code} ${formatPath(d.path)}`);
const place = {
  '@type': 'Place',
  name: 'Vienna International Centre',
  address: 'Wagramer Strasse 5, 1220 Vienna, Austria',
};
const event = { '@type': 'Event', name: 'Webinar', startDate: '2021-02-01', location: place };

describe('Google rich results: one item per detected node', () => {
  it('reports the detected type, eligibility and the missing fields, as the Rich Results Test does', () => {
    const result = validate(
      doc(
        { ...event, '@id': `${B}event/e`, organizer: { '@id': `${B}organization/o` } },
        { '@type': 'NGO', '@id': `${B}organization/o`, name: 'O', url: 'https://o.example/' },
        { '@type': 'NewsArticle', '@id': `${B}article/a`, about: { '@id': `${B}event/e` } },
      ),
    );
    expect(result.valid).toBe(true);
    expect(result.richResults).toEqual([
      {
        feature: 'Event',
        type: 'Event',
        id: `${B}event/e`,
        path: ['@graph', 0],
        eligible: true,
        missingRequired: [],
        missingRecommended: [
          'description',
          'endDate',
          'eventStatus',
          'image',
          'offers',
          'performer',
        ],
      },
      // Not the page's subject (the page says none): no Organization item.
      {
        feature: 'Article',
        type: 'NewsArticle',
        id: `${B}article/a`,
        path: ['@graph', 2],
        eligible: true,
        missingRequired: [],
        missingRecommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
      },
    ]);
    // On the page about it, the organisation is an item of its own.
    const about = validate(
      doc({ '@type': 'NGO', '@id': `${B}organization/o`, name: 'O', url: 'https://o.example/' }),
    );
    const organization = about.richResults[0];
    expect(organization).toMatchObject({
      feature: 'Organization',
      type: 'NGO',
      path: ['@graph', 0],
    });
    expect(organization?.missingRecommended).not.toContain('name');
    expect(organization?.missingRecommended).toContain('logo');
  });

  it('treats an empty or blank name as missing', () => {
    for (const name of ['', '   ', { '@value': ' ', '@language': 'en' }, []]) {
      const result = validate(lone({ ...event, name }));
      expect(result.richResults[0]).toMatchObject({ eligible: false, missingRequired: ['name'] });
      expect(found(lone({ ...event, name }), 'warning')).toContain('GOOGLE_REQUIRED name');
    }
    const article = validate(lone({ '@type': 'Article', headline: ' ' }));
    expect(article.richResults[0]?.missingRecommended).toContain('headline');
    expect(found(lone({ '@type': 'Article', headline: ' ' }))).toContain('EMPTY_VALUE headline');
  });

  it('requires an address on a Place, embedded or referred to', () => {
    const { address: _, ...noAddress } = place;
    const result = validate(lone({ ...event, location: noAddress }));
    expect(result.richResults[0]).toMatchObject({
      eligible: false,
      missingRequired: ['location.address'],
    });
    expect(found(lone({ ...event, location: noAddress }), 'warning')).toEqual([
      'GOOGLE_REQUIRED location.address',
    ]);
    const linked = doc(
      { ...event, '@id': `${B}event/e`, location: { '@id': `${B}place/p` } },
      { ...noAddress, '@id': `${B}place/p` },
    );
    expect(found(linked, 'warning')).toEqual(['GOOGLE_REQUIRED @graph[1].address']);
    expect(validate(lone(event)).richResults[0]?.eligible).toBe(true);
  });

  it('does not accept a text location, or a location of another type', () => {
    const text = validate(lone({ ...event, location: 'Vienna' }));
    expect(text.valid).toBe(true); // schema.org allows Text; Google does not use it
    expect(text.richResults[0]).toMatchObject({ eligible: false, missingRequired: ['location'] });
    expect(found(lone({ ...event, location: 'Vienna' }), 'warning')).toEqual([
      'GOOGLE_RULE location',
    ]);
    const address = { '@type': 'PostalAddress', addressLocality: 'Vienna' };
    expect(validate(lone({ ...event, location: address })).richResults[0]).toMatchObject({
      eligible: false,
      missingRequired: ['location'],
    });
  });

  it('lists only events in a physical place: online-only is valid but not eligible, and says why', () => {
    const online = {
      ...event,
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://www.example.org/live' },
    };
    const result = validate(lone(online));
    expect(result.valid).toBe(true);
    expect(result.richResults[0]?.eligible).toBe(false);
    expect(result.richResults[0]?.missingRequired).toEqual(['location']);
    expect(found(lone(online), 'warning')).toEqual(['GOOGLE_RULE location']);
    expect(result.diagnostics.find((d) => d.code === 'GOOGLE_RULE')?.message).toContain(
      'take place in a physical location',
    );
    // A hybrid event (a Place with its address beside the VirtualLocation) is eligible, and the
    // attendance mode no longer matters to Google.
    const hybrid = { ...online, location: [online.location, place] };
    expect(validate(lone(hybrid)).richResults[0]?.eligible).toBe(true);
    const inPlace = { ...online, location: place };
    expect(validate(lone(inPlace)).richResults[0]?.missingRequired).toEqual([]);
  });

  it('checks nested Events as items of their own', () => {
    const series = {
      '@type': 'EventSeries',
      ...{ name: 'Series', startDate: '2021-02-01', location: place },
      subEvent: [{ '@type': 'Event', name: 'Session one' }, event],
    };
    const result = validate(lone(series));
    expect(result.richResults.map((item) => [item.path, item.type, item.missingRequired])).toEqual([
      [[], 'EventSeries', []],
      [['subEvent', 0], 'Event', ['location', 'startDate']],
      [['subEvent', 1], 'Event', []],
    ]);
    expect(found(lone(series), 'warning')).toEqual([
      'GOOGLE_REQUIRED subEvent[0].location',
      'GOOGLE_REQUIRED subEvent[0].startDate',
    ]);
  });

  it('does not count an embedded copy of a node (same @id) as a second item', () => {
    const graph = doc(
      { ...event, '@id': `${B}event/e` },
      {
        '@type': 'Article',
        '@id': `${B}article/a`,
        about: { '@type': 'Event', '@id': `${B}event/e` },
      },
    );
    expect(validate(graph).richResults.map((item) => item.path)).toEqual([
      ['@graph', 0],
      ['@graph', 1],
    ]);
  });

  it('reads an Organization as an item only at the top level', () => {
    const result = validate(lone({ ...event, organizer: { '@type': 'Organization', name: 'O' } }));
    expect(result.richResults.map((item) => item.feature)).toEqual(['Event']);
    expect(result.richResults[0]?.missingRecommended).toContain('organizer.url');
  });

  it('wants an Article author to be a Person or Organization with a name', () => {
    const article = (author: unknown) =>
      lone({ '@type': 'NewsArticle', headline: 'H', datePublished: '2021-02-01', author });
    expect(found(article('Jane Doe'), 'warning')).toEqual([
      'UNEXPECTED_VALUE author', // schema.org: a plain string loses structure
      'GOOGLE_RULE author',
    ]);
    expect(validate(article('Jane Doe')).richResults[0]?.missingRecommended).toContain('author');
    expect(found(article({ '@type': 'WebPage', name: 'x' }))).toEqual(
      expect.arrayContaining(['UNEXPECTED_VALUE author', 'GOOGLE_RULE author']),
    );
    const nameless = validate(article({ '@type': 'Person', url: 'https://jane.example/' }));
    expect(nameless.richResults[0]?.missingRecommended).toContain('author.name');
    // One note for the item, naming what it lacks (the summary of missingRecommended).
    expect(found(article({ '@type': 'Person', url: 'https://jane.example/' }), 'info')).toEqual([
      'GOOGLE_RECOMMENDED ',
    ]);
    expect(nameless.diagnostics.find((d) => d.code === 'GOOGLE_RECOMMENDED')?.message).toContain(
      '"author.name"',
    );
    const good = article([
      { '@type': 'Person', name: 'Jane', url: 'https://jane.example/' },
      { '@type': 'Organization', name: 'UNODC', url: 'https://www.unodc.org/' },
    ]);
    expect(found(good, 'warning')).toEqual([]);
    expect(validate(good).richResults[0]?.missingRecommended).toEqual(['dateModified', 'image']);
  });

  it('asks for the UTC offset of every date-time of an Event or Article', () => {
    const article = lone({
      '@type': 'Article',
      datePublished: '2021-02-01T10:00:00',
      dateModified: '2021-02-02T10:00:00+01:00',
      dateCreated: '2021-01-30T09:00',
    });
    expect(found(article, 'warning')).toEqual([
      'GOOGLE_RULE datePublished',
      'GOOGLE_RULE dateCreated',
    ]);
    expect(found(lone({ ...event, startDate: '2021-02-01T10:00' }), 'warning')).toEqual([
      'GOOGLE_RULE startDate',
    ]);
    expect(found(lone({ ...event, startDate: '2021-02-01T10:00Z' }), 'warning')).toEqual([]);
  });

  it('does not use a date that is not ISO 8601: a required one makes the item ineligible', () => {
    for (const startDate of ['1 February 2021', '2021-02-30', '2021-02-01T25:00']) {
      expect(validate(lone({ ...event, startDate })).richResults[0]).toMatchObject({
        eligible: false,
        missingRequired: ['startDate'],
      });
      expect(found(lone({ ...event, startDate }), 'warning')).toEqual(['GOOGLE_RULE startDate']);
      expect(found(lone({ ...event, startDate }), 'error')).toEqual(['INVALID_DATE startDate']);
    }
    const article = validate(lone({ '@type': 'Article', datePublished: 'yesterday' }));
    expect(article.richResults[0]?.missingRecommended).toContain('datePublished');
    expect(validate(lone({ ...event, startDate: '2021-02' })).richResults[0]?.eligible).toBe(true);
  });

  it("reads a node with another node's @id as that node, as Yoast writes authors", () => {
    const person = 'https://b.example.com/#/schema/person/1';
    const page = doc(
      {
        '@type': 'Article',
        '@id': 'https://b.example.com/p/#article',
        headline: 'H',
        datePublished: '2024-05-03T08:00:00+00:00',
        dateModified: '2024-05-03T08:00:00+00:00',
        image: 'https://b.example.com/i.jpg',
        author: { name: 'Jane Doe', '@id': person },
      },
      { '@type': 'Person', '@id': person, name: 'Jane Doe', url: 'https://b.example.com/jane/' },
    );
    // The author is the Person its @id names: typed, with its url, nothing missing, no warning.
    expect(found(page, 'warning')).toEqual([]);
    expect(validate(page).richResults[0]).toMatchObject({
      feature: 'Article',
      eligible: true,
      missingRecommended: [],
    });
  });

  it('reads the items of @set and @list, and a schema.org term or a URL written as an @id', () => {
    const item = (node: object) => validate(lone(node)).richResults[0];
    // A container holds its values: the Place counts, and so does a wrong date inside one.
    expect(item({ ...event, location: { '@set': [place] } })).toMatchObject({
      eligible: true,
      missingRequired: [],
    });
    expect(item({ ...event, startDate: { '@set': ['1 February 2021'] } })).toMatchObject({
      eligible: false,
      missingRequired: ['startDate'],
    });
    const images = ['https://example.org/a.jpg', 'https://example.org/b.jpg'];
    expect(item({ ...event, image: { '@list': images } })?.missingRecommended).not.toContain(
      'image',
    );
    // A reference the document does not describe still says something where it names a term
    // or, in a property that takes a URL, is that URL.
    const status = { '@id': 'https://schema.org/EventScheduled' };
    expect(item({ ...event, eventStatus: status })?.missingRecommended).not.toContain(
      'eventStatus',
    );
    expect(
      item({ ...event, image: { '@id': 'https://example.org/a.jpg' } })?.missingRecommended,
    ).not.toContain('image');
    // A blank node no node of the document is, is nothing.
    expect(item({ ...event, image: { '@id': '_:nowhere' } })?.missingRecommended).toContain(
      'image',
    );
  });

  it('uses an ImageObject as image or logo only with its contentUrl or url', () => {
    const image = (value: unknown) => validate(lone({ ...event, image: value })).richResults[0];
    expect(image({ '@type': 'ImageObject', caption: 'x' })?.missingRecommended).toContain('image');
    expect(found(lone({ ...event, image: { '@type': 'ImageObject' } }), 'warning')).toEqual([
      'GOOGLE_RULE image',
    ]);
    for (const key of ['url', 'contentUrl'])
      expect(
        image({ '@type': 'ImageObject', [key]: 'https://x.example/i.jpg' })?.missingRecommended,
      ).not.toContain('image');
    expect(
      image(['https://x.example/i.jpg', { '@type': 'ImageObject' }])?.missingRecommended,
    ).not.toContain('image');
    const logo = (value: unknown) =>
      validate(lone({ '@type': 'Organization', name: 'O', logo: value })).richResults[0];
    expect(logo({ '@type': 'ImageObject' })?.missingRecommended).toContain('logo');
    expect(
      logo({ '@type': 'ImageObject', url: 'https://x.example/l.png' })?.missingRecommended,
    ).not.toContain('logo');
  });

  it('reports a missing location alone, not also the Place or VirtualLocation it would need', () => {
    const { location: _, ...noLocation } = event;
    for (const mode of [
      'OfflineEventAttendanceMode',
      'OnlineEventAttendanceMode',
      'MixedEventAttendanceMode',
    ]) {
      const result = validate(
        lone({ ...noLocation, eventAttendanceMode: `https://schema.org/${mode}` }),
      );
      expect(result.richResults[0]?.missingRequired).toEqual(['location']);
    }
  });

  it('reads a Role (e.g. PerformanceRole) as the value it qualifies', () => {
    const performer = {
      '@type': 'PerformanceRole',
      roleName: 'trainer',
      performer: { '@type': 'Person' },
    };
    const result = validate(lone({ ...event, performer }));
    expect(result.richResults[0]?.missingRecommended).toContain('performer.name');
    expect(found(lone({ ...event, performer }), 'warning')).toEqual([]);
  });
});

describe('Google rule tables', () => {
  it('name only schema.org terms, on the types they apply to', () => {
    const problems: string[] = [];
    for (const page of GOOGLE_PAGES) {
      for (const type of page.appliesTo)
        if (!isClass(type)) problems.push(`${page.feature} ${type}`);
      for (const property of [
        ...page.required,
        ...page.recommended,
        ...Object.keys(page.valueTypes),
      ])
        if (!propertyFitsTypes(property, page.appliesTo))
          problems.push(`${page.feature}.${property}`);
      for (const types of Object.values(page.valueTypes))
        for (const type of types)
          if (!isClass(type)) problems.push(`${page.feature} value ${type}`);
      for (const [property, fields] of Object.entries(page.valueNeeds)) {
        if (!propertyFitsTypes(property, page.appliesTo))
          problems.push(`${page.feature}.${property}`);
        for (const field of fields)
          if (!propertyFitsTypes(field, ['ImageObject']))
            problems.push(`${page.feature}.${property}.${field}`);
      }
      for (const rule of page.nested) {
        for (const field of [...rule.required, ...rule.recommended]) {
          const allowed = page.valueTypes[rule.property] ?? [rule.type];
          const on = rule.type === 'Thing' ? allowed : [rule.type];
          if (!isProperty(field) || !on.every((type) => propertyFitsTypes(field, [type])))
            problems.push(`${page.feature}.${rule.property}.${field} on ${on.join('/')}`);
        }
        if (!allowed(page.valueTypes[rule.property], rule.type))
          problems.push(`${page.feature}.${rule.property} never holds a ${rule.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are deeply frozen', () => {
    for (const table of [GOOGLE_PAGES, GOOGLE_EVENT, GOOGLE_ARTICLE, GOOGLE_ORGANIZATION]) {
      expect(Object.isFrozen(table)).toBe(true);
    }
    for (const page of GOOGLE_PAGES) {
      for (const part of [
        page.required,
        page.recommended,
        page.valueTypes,
        page.valueNeeds,
        ...Object.values(page.valueNeeds),
        page.nested,
        ...page.nested,
      ])
        expect(Object.isFrozen(part)).toBe(true);
      for (const types of Object.values(page.valueTypes)) expect(Object.isFrozen(types)).toBe(true);
    }
    expect(() => {
      (GOOGLE_EVENT.required as string[]).push('url');
    }).toThrow(TypeError);
  });
});

function allowed(types: readonly string[] | undefined, type: string): boolean {
  return types === undefined || types.some((t) => isA(t, type) || isA(type, t));
}
