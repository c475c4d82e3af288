// The legal JSON-LD pages use is no error: forms that schema.org's own examples and real pages use
// (references to schema.org terms and to things described elsewhere, other vocabularies' types,
// relative and non-http IRIs), each beside the broken form that still is one.
import { formatPath } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';

const lone = (node: object) => ({ '@context': 'https://schema.org', ...node });
const findings = (input: unknown, severity: string) =>
  validate(input)
    .diagnostics.filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${formatPath(d.path)}`);
const errors = (input: unknown) => findings(input, 'error');

describe('references', () => {
  it('to a schema.org term are read as the term: an enumeration member is checked as one', () => {
    const law = { '@type': 'Legislation', name: 'Act', legislationLegalForce: {} };
    for (const iri of [
      'https://schema.org/InForce',
      'http://schema.org/InForce',
      'schema:InForce',
    ]) {
      expect(errors(lone({ ...law, legislationLegalForce: { '@id': iri } })), iri).toEqual([]);
    }
    // The same check as the IRI written as a string: a member of another enumeration is wrong.
    expect(
      errors(lone({ ...law, legislationLegalForce: { '@id': 'https://schema.org/InStock' } })),
    ).toEqual(['UNEXPECTED_VALUE legislationLegalForce']);
    expect(errors(lone({ ...law, legislationLegalForce: 'https://schema.org/InStock' }))).toEqual([
      'UNEXPECTED_VALUE legislationLegalForce',
    ]);
  });

  it('in a property that takes a URL are that URL, unless they must be nodes of the document', () => {
    const course = lone({
      '@type': 'Course',
      name: 'Law',
      provider: { '@type': 'Organization', name: 'Uni', url: { '@id': '/provider/324' } },
    });
    expect(errors(course)).toEqual([]);
    expect(findings(course, 'warning')).toContain('RELATIVE_URL provider.url');
    // A blank node, or a fragment at the document's own address, is a node even there.
    const page = 'https://www.example.org/post';
    const post = {
      '@type': 'BlogPosting',
      '@id': `${page}#article`,
      headline: 'Post',
      image: { '@id': '_:img' },
      isPartOf: { '@id': `${page}#webpage` },
    };
    expect(errors(lone(post))).toEqual(['DANGLING_REFERENCE image', 'DANGLING_REFERENCE isPartOf']);
    // Defined further on, the same references are legal, and no URL at all.
    const later = {
      '@context': 'https://schema.org',
      '@graph': [
        post,
        { '@type': 'ImageObject', '@id': '_:img', contentUrl: 'https://www.example.org/a.jpg' },
        { '@type': 'WebPage', '@id': `${page}#webpage`, url: page },
      ],
    };
    expect(errors(later)).toEqual([]);
    expect(findings(later, 'warning').filter((f) => f.startsWith('RELATIVE_URL'))).toEqual([]);
  });

  it('by a bare name are relative ids, as JSON-LD reads them, not schema.org terms', () => {
    // JSON-LD resolves {"@id": "Female"} against the page's address; the string is the term.
    expect(errors(lone({ '@type': 'Person', name: 'A', gender: { '@id': 'Female' } }))).toEqual([
      'DANGLING_REFERENCE gender',
    ]);
    expect(errors(lone({ '@type': 'Person', name: 'A', gender: 'Female' }))).toEqual([]);
  });

  it('to a misspelt schema.org term are errors', () => {
    const event = { '@type': 'Event', name: 'E', startDate: '2025-01-01' };
    expect(
      errors(lone({ ...event, eventStatus: { '@id': 'https://schema.org/EventSchedueld' } })),
    ).toEqual(['UNEXPECTED_VALUE eventStatus']);
  });

  it('to an IRI described elsewhere are a note; to a missing blank node, an error', () => {
    const book = { '@type': 'Book', name: 'Collected Stories' };
    const elsewhere = lone({ ...book, author: { '@id': 'http://viaf.org/viaf/17823' } });
    expect(errors(elsewhere)).toEqual([]);
    expect(findings(elsewhere, 'info')).toContain('DANGLING_REFERENCE author');
    expect(validate(elsewhere).valid).toBe(true);
    // A blank node id names a node of this document only.
    expect(errors(lone({ ...book, author: { '@id': '_:b7' } }))).toEqual([
      'DANGLING_REFERENCE author',
    ]);
    // So does a fragment of this page, or of the address the document's own ids are fragments of.
    expect(errors(lone({ ...book, author: { '@id': '#author' } }))).toEqual([
      'DANGLING_REFERENCE author',
    ]);
    const site = 'https://www.example.org/books';
    expect(
      errors(lone({ ...book, '@id': `${site}#book`, author: { '@id': `${site}#author` } })),
    ).toEqual(['DANGLING_REFERENCE author']);
  });
});

describe('identifiers and URLs', () => {
  it('of any scheme are absolute: urn:, mailto: and tel: are neither relative nor wrong', () => {
    const product = lone({
      '@type': 'Product',
      '@id': 'urn:example:product:battery-x001',
      name: 'Battery',
      url: 'https://www.example.org/battery',
      sameAs: 'urn:isbn:9780000000002',
    });
    expect(validate(product).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const contact = lone({
      '@type': 'Organization',
      name: 'Example',
      url: 'mailto:info@example.org',
    });
    expect(findings(contact, 'error')).toEqual([]);
    expect(findings(contact, 'warning')).toEqual([]);
  });

  it('that are relative are legal (resolved against the page), so a warning', () => {
    const product = lone({
      '@type': 'Product',
      '@id': '#product',
      name: 'Shoe',
      image: 'shoe.jpg',
    });
    expect(errors(product)).toEqual([]);
    expect(findings(product, 'warning')).toEqual(['RELATIVE_ID @id', 'RELATIVE_URL image']);
    // And a relative id still names its node: a reference to it resolves.
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Example' },
        { '@type': 'Product', '@id': '#product', name: 'Shoe', brand: { '@id': '#org' } },
      ],
    };
    expect(errors(graph)).toEqual([]);
    expect(findings(graph, 'info')).not.toContain('DANGLING_REFERENCE @graph[1].brand');
  });

  it('"_:" alone is no blank node identifier', () => {
    expect(errors(lone({ '@type': 'Product', '@id': '_:', name: 'x' }))).toEqual([
      'RELATIVE_ID @id',
    ]);
  });
});

describe('types', () => {
  it('of another vocabulary beside schema.org are left unchecked, with a note', () => {
    const input = {
      '@context': ['https://schema.org', { gs1: 'https://gs1.org/voc/' }],
      '@type': ['Product', 'gs1:Beverage'],
      name: 'Orange juice',
    };
    expect(errors(input)).toEqual([]);
    expect(findings(input, 'warning')).toEqual([]);
    expect(findings(input, 'info')).toContain('UNKNOWN_TYPE @type');
    // A misspelt schema.org type is still an error.
    expect(errors(lone({ '@type': 'Prodcut', name: 'x' }))).toEqual(['UNKNOWN_TYPE @type']);
  });
});

describe('Action annotations', () => {
  it('"-input" and "-output" after a property say how an Action fills it in', () => {
    const video = lone({
      '@type': 'VideoObject',
      name: 'Webinar recording',
      potentialAction: {
        '@type': 'SeekToAction',
        target: 'https://www.example.org/watch?t={seek_to_second_number}',
        'startOffset-input': 'required name=seek_to_second_number',
      },
    });
    expect(errors(video)).toEqual([]);
    // After something that is no property, it is still an unknown property.
    expect(errors(lone({ '@type': 'SearchAction', 'qurey-input': 'required name=q' }))).toEqual([
      'UNKNOWN_PROPERTY ["qurey-input"]',
    ]);
  });
});

describe('numbers and booleans', () => {
  it('where text is expected are a warning (they read as text); where a date is, an error', () => {
    const place = lone({ '@type': 'Accommodation', name: 'Flat', floorLevel: 3 });
    expect(errors(place)).toEqual([]);
    expect(findings(place, 'warning')).toEqual(['UNEXPECTED_VALUE floorLevel']);
    expect(errors(lone({ '@type': 'Event', name: 'E', startDate: 2014 }))).toEqual([
      'UNEXPECTED_VALUE startDate',
    ]);
  });
});

describe('what stays wrong', () => {
  it('schema.org written wrongly is no other vocabulary: an error', () => {
    for (const type of ['https://www.schema.org/Event', 'Schema:Event', 'http://schema.org/Evnt']) {
      expect(errors(lone({ '@type': type, name: 'E' })), type).toEqual(['UNKNOWN_TYPE @type']);
    }
  });

  it('a URL no reader can open is a warning; -input belongs on an Action', () => {
    for (const url of ['javascript:void(0)', 'C:/Users/me/logo.png']) {
      expect(findings(lone({ '@type': 'Organization', name: 'O', url }), 'warning'), url).toEqual([
        'UNEXPECTED_VALUE url',
      ]);
    }
    expect(
      errors(lone({ '@type': 'Event', name: 'E', startDate: '2025-01-01', 'name-output': 'x' })),
    ).toEqual(['UNKNOWN_PROPERTY ["name-output"]']);
  });

  it('two top-level nodes with one @id, relative or not, are one node: merged, with a warning', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'A' },
        { '@type': 'Organization', '@id': '#org', name: 'B' },
      ],
    };
    expect(errors(graph)).toEqual([]);
    expect(findings(graph, 'warning')).toContain('DUPLICATE_ID @graph[1].@id');
    // What one says, the item has: two plugins describing one article make one complete item.
    const article = 'https://b.example.com/p#a';
    const split = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BlogPosting',
          '@id': article,
          headline: 'H',
          author: { '@type': 'Person', name: 'J', url: 'https://b.example.com/j' },
        },
        {
          '@type': 'BlogPosting',
          '@id': article,
          datePublished: '2024-05-03T08:00:00+00:00',
          dateModified: '2024-05-03T08:00:00+00:00',
          image: 'https://b.example.com/i.jpg',
        },
      ],
    };
    const items = validate(split).richResults;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ feature: 'Article', eligible: true, missingRecommended: [] });
  });
});
