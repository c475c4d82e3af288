// The validator reads every kind of JSON-LD value as a value: numbers, booleans, typed and
// language-tagged literals count as present wherever a rule reads them (fast-check generates each
// kind, in each position Google's rules read), and no value of any kind makes it throw.
import { formatPath } from '@track4tip/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isA, rangesOf } from '../../test/schema-org.js';
import { GOOGLE_PAGES, validate } from '../validate.js';

const B = 'https://example.org/#/schema/';
const doc = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });

/** A complete Event with an Offer, and the Place Google requires. */
const event = (offer: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  '@id': `${B}event/e`,
  name: 'Regional workshop',
  startDate: '2025-03-10',
  location: {
    '@type': 'Place',
    name: 'Centro de Convenciones',
    address: { '@type': 'PostalAddress', addressLocality: 'Quito', addressCountry: 'EC' },
  },
  offers: { '@type': 'Offer', priceCurrency: 'USD', url: 'https://example.org/t', ...offer },
});

const missing = (graph: unknown) =>
  validate(graph).richResults.flatMap((item) => [
    ...item.missingRequired,
    ...item.missingRecommended,
  ]);

/** Values that say something, of every kind a JSON-LD value can be. */
const scalar = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(0, -0, 0.5),
);
const saying = fc.oneof(
  scalar,
  fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
  scalar.map((value) => ({ '@value': value })),
  fc
    .tuple(scalar, fc.constantFrom('xsd:decimal', 'http://www.w3.org/2001/XMLSchema#integer'))
    .map(([value, type]) => ({ '@value': value, '@type': type })),
  fc
    .tuple(
      fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
      fc.constantFrom('en', 'es'),
    )
    .map(([value, language]) => ({ '@value': value, '@language': language })),
);
/** Any JSON value at all. */
const anything = fc.oneof(fc.jsonValue(), saying, fc.constant({ '@value': null }));

describe('values of every kind', () => {
  it('reads a number, a boolean, a typed or language-tagged literal as a value (property)', () => {
    // `offers.url` has no form of its own here: any value that says something counts.
    fc.assert(
      fc.property(saying, (url) => {
        expect(missing(doc(event({ url })))).not.toContain('offers.url');
      }),
    );
    for (const none of ['', '  ', null, [], { '@value': null }]) {
      expect(missing(doc(event({ url: none }))), JSON.stringify(none)).toContain('offers.url');
    }
  });

  it('reads a price of 0, 25 or a numeric typed literal as a price (property)', () => {
    const numeric = fc.oneof(
      fc.integer({ min: 0 }),
      fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          numeric,
          numeric.map((value) => ({ '@value': value, '@type': 'xsd:decimal' })),
        ),
        (price) => {
          expect(missing(doc(event({ price })))).not.toContain('offers.price');
        },
      ),
    );
  });

  it('counts a number or a boolean as present in every position the rules read, and never throws (property)', () => {
    const positions = GOOGLE_PAGES.flatMap((page) => [
      ...[...page.required, ...page.recommended].map((property) => ({ page, property })),
    ]);
    for (const { page, property } of positions) {
      const type = page.appliesTo[0] as string;
      fc.assert(
        fc.property(anything, (value) => {
          const node = {
            '@type': type,
            '@id': `${B}thing/t`,
            name: 'A name',
            headline: 'A headline',
            [property]: value,
          };
          const result = validate(doc(node));
          expect(Array.isArray(result.diagnostics)).toBe(true);
        }),
        { numRuns: 40 },
      );
      // A number or a boolean is a value: where the property takes one (no type or date is
      // asked for), it is never reported as missing; elsewhere it is reported as the wrong form,
      // never as "no value".
      const takesScalar =
        page.valueTypes[property] === undefined &&
        page.valueNeeds[property] === undefined &&
        !rangesOf(property).some(
          (range) => range === 'Date' || range === 'DateTime' || isA(range, 'Enumeration'),
        );
      fc.assert(
        fc.property(scalar, (value) => {
          const node = { '@type': type, '@id': `${B}thing/t`, [property]: value };
          const result = validate(doc(node));
          const noValue = result.diagnostics.filter(
            (d) => d.code === 'GOOGLE_REQUIRED' && d.path.at(-1) === property,
          );
          expect(noValue, `${page.feature}.${property}`).toEqual([]);
          if (takesScalar) {
            const item = result.richResults.find((entry) => entry.feature === page.feature);
            expect(item?.missingRecommended ?? [], `${page.feature}.${property}`).not.toContain(
              property,
            );
          }
        }),
        { numRuns: 20 },
      );
    }
  });

  it('does not take a number as a date', () => {
    const result = validate(doc({ ...event(), startDate: 2025 }));
    const item = result.richResults.find((entry) => entry.feature === 'Event');
    expect(item?.missingRequired).toContain('startDate');
    expect(
      result.diagnostics.some(
        (d) => d.code === 'GOOGLE_RULE' && d.message.includes('a number or a boolean'),
      ),
    ).toBe(true);
  });
});

describe('blank node identifiers', () => {
  it('are legal ids, and references to them resolve', () => {
    const graph = doc(
      { ...event(), '@id': '_:b0', organizer: { '@id': '_:b1' } },
      { '@type': 'Organization', '@id': '_:b1', name: 'UNODC', url: 'https://www.unodc.org/' },
    );
    const errors = validate(graph).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(validate(graph).valid).toBe(true);
    // "_:" alone names no node, and a reference to an absent blank node dangles.
    const broken = doc({ ...event(), '@id': '_:', organizer: { '@id': '_:nobody' } });
    expect(
      validate(broken)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['DANGLING_REFERENCE', 'RELATIVE_ID']);
  });
});

describe('values in the form Google reads', () => {
  const warnings = (graph: unknown) =>
    validate(graph)
      .diagnostics.filter((d) => d.code === 'GOOGLE_RULE')
      .map((d) => formatPath(d.path));

  it('a price that is a number, a currency that is an ISO 4217 code', () => {
    for (const price of [0, 25, '25', '0.00', ' 25.50 ']) {
      expect(missing(doc(event({ price }))), String(price)).not.toContain('offers.price');
    }
    for (const price of ['free', '$25', '25 USD', true, { '@value': false }]) {
      const graph = doc(event({ price }));
      expect(missing(graph), String(price)).toContain('offers.price');
      expect(warnings(graph), String(price)).toContain('@graph[0].offers.price');
    }
    const dollars = doc(event({ price: 25, priceCurrency: 'US dollars' }));
    expect(missing(dollars)).toContain('offers.priceCurrency');
    expect(warnings(dollars)).toContain('@graph[0].offers.priceCurrency');
    expect(missing(doc(event({ price: 25, priceCurrency: 'EUR' })))).not.toContain(
      'offers.priceCurrency',
    );
  });

  it('an availability and an event status that are members of their enumerations', () => {
    for (const availability of ['https://schema.org/InStock', 'InStock', 'schema:SoldOut']) {
      expect(missing(doc(event({ availability }))), availability).not.toContain(
        'offers.availability',
      );
    }
    // Text such as "In stock" is no member Google reads: reported, and counted as missing.
    const text = validate(doc(event({ availability: 'In stock' })));
    expect(
      text.diagnostics.filter((d) => d.code === 'GOOGLE_RULE').map((d) => formatPath(d.path)),
    ).toEqual(['@graph[0].offers.availability']);
    expect(missing(doc(event({ availability: 'In stock' })))).toContain('offers.availability');
    expect(missing(doc({ ...event(), eventStatus: 'Cancelled' }))).toContain('eventStatus');
    expect(
      missing(doc({ ...event(), eventStatus: 'https://schema.org/EventCancelled' })),
    ).not.toContain('eventStatus');
  });

  it('an organisation whose address gives its country as an ISO code', () => {
    const organization = (addressCountry: string) =>
      validate(
        doc({
          '@type': 'Organization',
          '@id': `${B}organization/o`,
          name: 'X',
          address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry },
        }),
      ).diagnostics.filter((d) => d.code === 'GOOGLE_RULE');
    expect(organization('DE')).toEqual([]);
    for (const country of ['Deutschland', 'de']) {
      expect(
        organization(country).map((d) => formatPath(d.path)),
        country,
      ).toEqual(['@graph[0].address.addressCountry']);
    }
  });

  it('an address that says where, with the country as an ISO code', () => {
    const at = (address: unknown) => {
      const node = event();
      return doc({ ...node, location: { ...node.location, address } });
    };
    for (const empty of [
      { '@type': 'PostalAddress' },
      { '@type': 'PostalAddress', addressLocality: ' ' },
    ]) {
      const result = validate(at(empty));
      const item = result.richResults.find((entry) => entry.feature === 'Event');
      expect(item?.eligible, JSON.stringify(empty)).toBe(false);
      expect(item?.missingRequired).toContain('location.address');
      // Reported as a value of the wrong form, not as no value.
      expect(result.diagnostics.some((d) => d.code === 'GOOGLE_REQUIRED')).toBe(false);
      expect(warnings(at(empty))).toContain('@graph[0].location.address');
    }
    expect(missing(at('Av. Amazonas, Quito, Ecuador'))).not.toContain('location.address');
    const named = at({
      '@type': 'PostalAddress',
      addressLocality: 'Quito',
      addressCountry: 'Ecuador',
    });
    expect(warnings(named)).toContain('@graph[0].location.address.addressCountry');
    expect(
      warnings(at({ '@type': 'PostalAddress', addressLocality: 'Quito', addressCountry: 'EC' })),
    ).toEqual([]);
  });
});

describe('times of day', () => {
  const errors = (doorTime: unknown) =>
    validate(doc({ ...event(), doorTime }))
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${formatPath(d.path)}`);

  it('are values of a property that takes Time (doorTime: DateTime or Time)', () => {
    expect(rangesOf('doorTime')).toEqual(['DateTime', 'Time']);
    for (const time of ['20:00', '20:00:00', '20:00:00.5', '20:00:00Z', '20:00:00-05:00']) {
      expect(errors(time), time).toEqual([]);
    }
    expect(errors('2025-03-10T19:30:00-05:00')).toEqual([]);
  });

  it('of the wrong form are errors; a date where a date-time or a time is asked, a warning', () => {
    for (const wrong of ['25:00', '8pm', '2025-03-10 19:30']) {
      expect(errors(wrong), wrong).toEqual(['INVALID_DATE @graph[0].doorTime']);
    }
    // A real date of another precision still says when (Google's own examples write
    // previousStartDate, a Date, with a time).
    const precision = (extra: Record<string, unknown>) =>
      validate(doc({ ...event(), ...extra }))
        .diagnostics.filter((d) => d.code === 'INVALID_DATE')
        .map((d) => `${d.severity} ${formatPath(d.path)}`);
    expect(precision({ doorTime: '2025-03-10' })).toEqual(['warning @graph[0].doorTime']);
    // A date-time where a date is asked says more, not less: a note (the SDK writes a rescheduled
    // event's previousStartDate as the record has it).
    expect(precision({ previousStartDate: '2025-03-01T19:30-05:00' })).toEqual([
      'info @graph[0].previousStartDate',
    ]);
    const [message] = validate(doc({ ...event(), doorTime: '8pm' })).diagnostics.filter(
      (d) => d.code === 'INVALID_DATE',
    );
    expect(message?.message).toBe(
      '"doorTime" expects an ISO 8601 DateTime or Time such as "2021-02-01T15:00:00-05:00" or "15:00:00"; got "8pm"',
    );
  });
});

describe('values of structured types', () => {
  const findings = (node: Record<string, unknown>) =>
    validate(doc(node))
      .diagnostics.filter((d) => d.severity !== 'info')
      .map((d) => `${d.severity} ${d.code} ${formatPath(d.path)}`);
  const image = (extra: Record<string, unknown>) => ({
    '@type': 'ImageObject',
    '@id': `${B}image/i`,
    contentUrl: 'https://example.org/a.jpg',
    ...extra,
  });

  it('a number where a quantity is expected measures it without its unit: a note', () => {
    expect(rangesOf('width')).toEqual(['Distance', 'QuantitativeValue']);
    const notes = (node: Record<string, unknown>) =>
      validate(doc(node))
        .diagnostics.filter((d) => d.code === 'UNEXPECTED_VALUE')
        .map((d) => `${d.severity} ${formatPath(d.path)}`);
    expect(findings(image({ width: 1200, height: 630 }))).toEqual([]);
    expect(notes(image({ width: 1200, height: 630 }))).toEqual([
      'info @graph[0].width',
      'info @graph[0].height',
    ]);
    expect(
      notes({ '@type': 'Organization', '@id': `${B}organization/o`, numberOfEmployees: 250 }),
    ).toEqual(['info @graph[0].numberOfEmployees']);
    // A web address where a thing is expected is read as the thing at it, as breadcrumbs write it.
    const crumb = {
      '@type': 'BreadcrumbList',
      '@id': `${B}breadcrumb/b`,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Books', item: 'https://example.com/books' },
      ],
    };
    expect(findings(crumb)).toEqual([]);
    expect(notes(crumb)).toEqual(['info @graph[0].itemListElement[0].item']);
    // Where no quantity is expected, a number says nothing of the kind.
    expect(findings({ ...event(), organizer: 5 })).toContain(
      'error UNEXPECTED_VALUE @graph[0].organizer',
    );
  });

  it('a Duration is an ISO 8601 duration: another string is an error', () => {
    const video = (duration: string) => ({
      '@type': 'VideoObject',
      '@id': `${B}video/v`,
      name: 'Opening',
      duration,
    });
    for (const duration of ['PT4H', 'PT1H30M', 'P2D', 'P1W', 'PT0.5S', 'P1Y2M3DT4H5M6S']) {
      expect(findings(video(duration)), duration).toEqual([]);
    }
    for (const duration of ['2 hours', 'P', 'PT', '1H30M', 'PT1H30', 'P1H']) {
      expect(findings(video(duration)), duration).toEqual([
        'error UNEXPECTED_VALUE @graph[0].duration',
      ]);
    }
  });

  it('a schema.org IRI that names no term is a misspelling, as a string or as an @id', () => {
    const availability = (value: unknown) => findings(event({ availability: value }));
    expect(availability('https://schema.org/InStock')).toEqual([]);
    expect(availability({ '@id': 'https://schema.org/InStock' })).toEqual([]);
    // A misspelt member is no member Google reads either.
    expect(availability('https://schema.org/InStok')).toEqual([
      'error UNEXPECTED_VALUE @graph[0].offers.availability',
      'warning GOOGLE_RULE @graph[0].offers.availability',
    ]);
    expect(availability({ '@id': 'https://schema.org/InStok' })).toEqual([
      'error UNEXPECTED_VALUE @graph[0].offers.availability',
      'warning GOOGLE_RULE @graph[0].offers.availability',
    ]);
    // A property that takes a URL may name any page, schema.org's too; and a page of the site
    // that is no term (its documentation) is no misspelt term, wherever it is written.
    expect(findings({ ...event(), sameAs: 'https://schema.org/NoSuchPage' })).toEqual([]);
    for (const page of ['https://schema.org/docs/full.html', 'https://schema.org/']) {
      expect(findings({ ...event(), description: page }), page).toEqual([]);
    }
  });

  it('a typed literal of digits is a number where a number is expected', () => {
    expect(rangesOf('maximumAttendeeCapacity')).toEqual(['Integer']);
    const capacity = (value: unknown) => findings({ ...event(), maximumAttendeeCapacity: value });
    expect(capacity({ '@value': '50', '@type': 'Integer' })).toEqual([]);
    expect(
      capacity({ '@value': '50', '@type': 'http://www.w3.org/2001/XMLSchema#integer' }),
    ).toEqual([]);
    // Digits typed as something other than a number are not taken as one.
    expect(capacity({ '@value': '50', '@type': 'Date' })).toEqual([
      'warning UNEXPECTED_VALUE @graph[0].maximumAttendeeCapacity.@value',
    ]);
    // Not digits: still a string where a number is expected.
    expect(capacity({ '@value': 'fifty', '@type': 'Integer' })).toEqual([
      'warning UNEXPECTED_VALUE @graph[0].maximumAttendeeCapacity.@value',
    ]);
  });

  it('an empty string says nothing, whatever the property takes', () => {
    const organization = {
      '@type': 'Organization',
      '@id': `${B}organization/o`,
      name: 'Shop',
      logo: '',
      sameAs: ['https://x.example/shop', ''],
    };
    expect(findings(organization)).toEqual([
      'warning EMPTY_VALUE @graph[0].logo',
      'warning EMPTY_VALUE @graph[0].sameAs[1]',
    ]);
    expect(findings({ ...event(), endDate: '' })).toEqual([
      'warning EMPTY_VALUE @graph[0].endDate',
    ]);
  });
});
