import { describe, expect, it } from 'vitest';
import { defineDataset, safeParseEvent, safeParsePublication } from './builders.js';
import { completeDataset, safeCompleteDataset } from './complete.js';
import type { Dataset } from './dataset.js';
import type { CoreError } from './errors.js';
import { fixtures } from './fixtures/index.js';
import { sourceOf } from './provenance.js';

const caught = (run: () => unknown): CoreError => {
  try {
    run();
  } catch (error) {
    return error as CoreError;
  }
  throw new Error('expected an error');
};

const webinarOf = (data: Dataset) => data.events?.find((event) => event.id === 'unodc-webinar');

describe('completeDataset', () => {
  const supplement = {
    source: { name: 'Example web team' },
    events: {
      'unodc-webinar': {
        title: 'Criminal justice cooperation against trafficking in persons',
        url: 'https://www.example.org/events/webinar',
        startDate: '2021-02-01T10:00:00-05:00',
        endDate: '2021-02-01T12:00:00-05:00',
        location: { virtualLocation: { url: 'https://www.example.org/events/webinar/live' } },
        image: 'https://www.example.org/webinar.jpg',
      },
    },
  } as const;

  it('adds what the publisher knows and records it as theirs', () => {
    const site = completeDataset(fixtures, supplement);
    const webinar = webinarOf(site);
    expect(webinar?.url).toBe('https://www.example.org/events/webinar');
    expect(webinar?.image).toEqual(['https://www.example.org/webinar.jpg']);
    expect(webinar?.startDate).toBe('2021-02-01T10:00:00-05:00');
    expect(webinar && sourceOf(webinar, 'url')).toEqual({
      kind: 'publisher',
      name: 'Example web team',
    });
    // The date-time refines the press release's date: the field is now the publisher's.
    expect(webinar && sourceOf(webinar, 'startDate')?.kind).toBe('publisher');
    // What the source states keeps its source.
    expect(webinar && sourceOf(webinar, 'kind')?.kind).toBe('press-release');
    expect(Object.isFrozen(webinar?.location)).toBe(true);
  });

  it('leaves the fixtures as they are', () => {
    completeDataset(fixtures, supplement);
    expect(webinarOf(fixtures)?.url).toBeUndefined();
    expect(webinarOf(fixtures)?.startDate).toBe('2021-02-01');
  });

  it('never replaces a value the record has', () => {
    const error = caught(() =>
      completeDataset(fixtures, { events: { 'unodc-webinar': { startDate: '2021-02-02' } } }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['CONFLICT', 'events.unodc-webinar.startDate'],
    ]);
    // A date-time on another day is no refinement either.
    const moved = safeCompleteDataset(fixtures, {
      events: { 'unodc-webinar': { startDate: '2021-02-02T10:00:00-05:00' } },
    });
    expect(moved.success).toBe(false);
  });

  it('accepts the value the record already has', () => {
    const same = completeDataset(fixtures, {
      events: { 'unodc-webinar': { attendanceMode: 'online' } },
    });
    expect(webinarOf(same)?.provenance).toEqual(webinarOf(fixtures)?.provenance);
  });

  it('names the closest id when an id is unknown', () => {
    const error = caught(() =>
      completeDataset(fixtures, { events: { 'unodc-webinr': { url: 'https://example.org/' } } }),
    );
    expect(error.code).toBe('UNKNOWN_ID');
    expect(error.issues[0]?.path.join('.')).toBe('events.unodc-webinr');
    expect(error.issues[0]?.message).toContain('did you mean "unodc-webinar"?');
    const collection = caught(() => completeDataset(fixtures, { event: {} } as never));
    expect(collection.issues[0]?.message).toContain('did you mean "events"?');
  });

  it('applies every rule of the model, at the supplement’s paths', () => {
    const error = caught(() =>
      completeDataset(fixtures, {
        events: {
          'unodc-webinar': {
            location: { place: { address: { addressCountry: 'Ecuador' } } },
          },
        },
      }),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toContain(
      'events.unodc-webinar.location.place.address.addressCountry',
    );
    // The webinar is online: a venue alone would make it an in-person event.
    const venueOnly = caught(() =>
      completeDataset(fixtures, {
        events: {
          'unodc-webinar': {
            location: { place: { address: { addressLocality: 'Vienna', addressCountry: 'AT' } } },
          },
        },
      }),
    );
    expect(venueOnly.issues.map((issue) => issue.path.join('.'))).toEqual([
      'events.unodc-webinar.attendanceMode',
    ]);
  });

  it('checks the references supplied values make', () => {
    const error = caught(() =>
      completeDataset(fixtures, {
        pressReleases: { 'unodc-press-release-2021-02-01': { author: ['nobody'] } },
      }),
    );
    expect(error.code).toBe('DANGLING_REFERENCE');
    expect(error.issues[0]?.path.join('.')).toBe(
      'pressReleases.unodc-press-release-2021-02-01.author.0',
    );
  });

  it('checks who supplies the values as a provenance source', () => {
    const error = caught(() =>
      completeDataset(fixtures, { source: { name: ' padded ' }, events: {} } as never),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['source']);
  });

  it('refuses to supply an id or a provenance', () => {
    const error = caught(() =>
      completeDataset(fixtures, { organizations: { unodc: { id: 'x' } } } as never),
    );
    expect(error.issues[0]?.path.join('.')).toBe('organizations.unodc.id');
  });

  it('completes an initiative with its url, logo and sameAs', () => {
    const site = completeDataset(fixtures, {
      initiatives: {
        track4tip: {
          logo: 'https://www.example.org/track4tip.png',
          sameAs: ['https://www.example.org/about/track4tip'],
        },
      },
    });
    const initiative = site.initiatives?.[0];
    expect(initiative?.logo).toBe('https://www.example.org/track4tip.png');
    expect(initiative && sourceOf(initiative, 'logo')).toEqual({ kind: 'publisher' });
  });
});

it('completes your own records that refer to the fixtures, given them as context', () => {
  const mine = defineDataset(
    {
      events: [{ id: 'my-training', kind: 'training', descriptiveLabel: 'Mine', ledBy: ['unodc'] }],
    },
    fixtures,
  );
  expect(() =>
    completeDataset(mine, { events: { 'my-training': { url: 'https://example.org/t' } } }),
  ).toThrow(expect.objectContaining({ code: 'DANGLING_REFERENCE' }));
  const done = completeDataset(
    mine,
    { events: { 'my-training': { url: 'https://example.org/t' } } },
    fixtures,
  );
  expect(done.events?.[0]?.url).toBe('https://example.org/t');
});

describe('ids across collections', () => {
  it('name one entity in the whole dataset', () => {
    const error = caught(() =>
      defineDataset(
        { organizations: [{ id: 'track4tip', name: 'Track 4 TIP Ltd', kind: 'nongovernmental' }] },
        fixtures,
      ),
    );
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.issues[0]?.message).toContain('initiatives');
  });

  it('let a participation be about any kind of entity, the award included', () => {
    const data = defineDataset(
      {
        participations: [
          {
            event: 'unodc-webinar',
            person: 'silke-albert',
            role: 'speaker',
            order: 99,
            about: ['SSJTIP19CA0027'],
          },
        ],
      },
      fixtures,
    );
    expect(data.participations?.[0]?.about).toEqual(['SSJTIP19CA0027']);
  });
});

describe('the event model', () => {
  const base = { id: 'quito-training', kind: 'training', descriptiveLabel: 'Training in Quito' };
  it('holds a venue, an online location, offers and open kinds', () => {
    const result = safeParseEvent({
      ...base,
      kind: 'capacitación',
      location: {
        place: {
          name: 'Hotel Quito',
          address: { addressLocality: 'Quito', addressCountry: 'EC' },
          geo: { latitude: -0.18, longitude: -78.47 },
        },
        virtualLocation: { url: 'https://www.example.org/live' },
      },
      offers: [{ price: 0, priceCurrency: 'USD', availability: 'in-stock' }],
    });
    expect(result.success).toBe(true);
  });

  it('refuses the silent mistakes', () => {
    const online = safeParseEvent({
      ...base,
      attendanceMode: 'online',
      location: { place: { address: { addressLocality: 'Quito', addressCountry: 'EC' } } },
    });
    expect(online.success).toBe(false);
    const priced = safeParseEvent({ ...base, offers: [{ price: 25 }] });
    expect(priced.success).toBe(false);
    const day = safeParseEvent({ ...base, startDate: '2021-02-30T10:00:00-05:00' });
    expect(day.success).toBe(false);
    const empty = safeParseEvent({ ...base, location: {} });
    expect(empty.success).toBe(false);
  });
});

describe('the publication model', () => {
  const report = {
    id: 'my-report',
    kind: 'report',
    headline: 'Annual report 2024',
    descriptiveLabel: 'Our annual report',
    publisher: 'unodc',
    author: ['silke-albert'],
    datePublished: '2024-12-11',
  };
  it('holds reports and web pages, whose authors are organisations or people', () => {
    expect(safeParsePublication(report).success).toBe(true);
    expect(defineDataset({ publications: [report] }, fixtures).publications?.[0]?.author).toEqual([
      'silke-albert',
    ]);
    expect(
      safeParsePublication({ ...report, kind: 'web-page', dateModified: '2024-12-12T09:00:00Z' })
        .success,
    ).toBe(true);
  });
  it('refuses a change before publication, and an author that is no organisation or person', () => {
    const early = safeParsePublication({ ...report, dateModified: '2024-12-10' });
    expect(early.success ? [] : early.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'dateModified',
    ]);
    const error = caught(() =>
      defineDataset({ publications: [{ ...report, author: ['untoc'] }] }, fixtures),
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['publications.0.author.0']);
  });
});
