import type { Dataset, EntityType } from '@track4tip/core';
import { type JsonLdNode, toJsonLd } from '@track4tip/jsonld';
import { validate } from '@track4tip/jsonld/validate';
import { describe, expect, it } from 'vitest';
import { completedWebinar, pages, SITE, site } from '../src/records.js';

const page = (data: Dataset, type: EntityType, id: string) =>
  toJsonLd(data, { baseUrl: SITE, include: [{ type, id }], locale: 'es' });

const subject = (graph: { '@graph': readonly JsonLdNode[] }, id: string): JsonLdNode => {
  const node = graph['@graph'].find((n) => n['@id'].endsWith(`/${id}`));
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
};

/** Google's verdict on the page's subject: its feature, eligibility and the missing fields. */
const verdict = (graph: ReturnType<typeof page>, id: string) => {
  const result = validate(graph);
  const item = result.richResults.find((entry) => entry.id?.endsWith(`/${id}`));
  const reasons = result.diagnostics
    .filter((d) => d.severity === 'warning' && d.id?.endsWith(`/${id}`))
    .map((d) => d.code);
  return { valid: result.valid, item, reasons };
};

describe('(a) the webinar, completed by its publisher', () => {
  const graph = page(completedWebinar, 'event', 'unodc-webinar');
  it('writes the supplied name, page, online location, times and image', () => {
    expect(subject(graph, 'unodc-webinar')).toMatchObject({
      '@type': 'Event',
      name: 'Strengthening cooperation between criminal justice authorities',
      url: `${SITE}events/webinar`,
      startDate: '2021-02-01T10:00:00-05:00',
      endDate: '2021-02-01T12:00:00-05:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: `${SITE}events/webinar/live` },
      image: `${SITE}images/webinar.jpg`,
      organizer: [
        { '@id': `${SITE}#/schema/organization/unodc` },
        { '@id': `${SITE}#/schema/initiative/track4tip` },
      ],
    });
  });
  it('is valid schema.org, but Google lists only events in a physical place, and says so', () => {
    const { valid, item, reasons } = verdict(graph, 'unodc-webinar');
    expect(valid).toBe(true);
    expect(item).toMatchObject({
      feature: 'Event',
      eligible: false,
      missingRequired: ['location'],
    });
    expect(reasons).toEqual(['GOOGLE_RULE']);
  });
});

describe('(b) an in-person two-day training in Quito, in Spanish', () => {
  const graph = page(site, 'event', 'quito-training-2025');
  it('is an EducationEvent at a Place with its address, with two speakers and a moderator', () => {
    const training = subject(graph, 'quito-training-2025');
    expect(training).toMatchObject({
      '@type': 'EducationEvent',
      name: 'Taller regional sobre cooperación judicial',
      startDate: '2025-03-10',
      endDate: '2025-03-11',
      inLanguage: ['es'],
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Hotel Quito',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Av. González Suárez N27-142',
          addressLocality: 'Quito',
          addressCountry: 'EC',
        },
      },
      offers: [
        {
          '@type': 'Offer',
          price: 0,
          priceCurrency: 'USD',
          url: `${SITE}eventos/taller-quito/registro`,
        },
      ],
    });
    // Role names follow the page's language.
    expect((training.performer as JsonLdNode[]).map((role) => role.roleName)).toEqual([
      'ponente',
      'ponente',
      'moderador',
    ]);
  });
  it('is an eligible Event', () => {
    const { valid, item, reasons } = verdict(graph, 'quito-training-2025');
    expect(valid).toBe(true);
    expect(item).toMatchObject({ feature: 'Event', eligible: true, missingRequired: [] });
    expect(reasons).toEqual([]);
  });
});

describe('(c) a hybrid event in Lima', () => {
  const graph = page(site, 'event', 'lima-forum-2025');
  it('has both locations, and the mixed attendance mode follows from them', () => {
    expect(subject(graph, 'lima-forum-2025')).toMatchObject({
      '@type': 'Event',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'VirtualLocation', url: `${SITE}eventos/foro-lima/en-vivo` },
        { '@type': 'Place', address: { addressLocality: 'Lima', addressCountry: 'PE' } },
      ],
    });
  });
  it('is an eligible Event: it has a physical place', () => {
    expect(verdict(graph, 'lima-forum-2025').item).toMatchObject({ eligible: true });
  });
});

describe('(d) a cancelled and a rescheduled event', () => {
  it('carry their status, and the rescheduled one its previous start', () => {
    const cancelled = page(site, 'event', 'bogota-seminar-2025');
    expect(subject(cancelled, 'bogota-seminar-2025').eventStatus).toBe(
      'https://schema.org/EventCancelled',
    );
    const moved = page(site, 'event', 'santo-domingo-workshop-2025');
    expect(subject(moved, 'santo-domingo-workshop-2025')).toMatchObject({
      '@type': 'EducationEvent',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2025-05-12',
      startDate: '2025-09-15',
    });
  });
  it('are eligible, with no rule broken', () => {
    for (const id of ['bogota-seminar-2025', 'santo-domingo-workshop-2025']) {
      const { valid, item, reasons } = verdict(page(site, 'event', id), id);
      expect({ id, valid, eligible: item?.eligible, reasons }).toEqual({
        id,
        valid: true,
        eligible: true,
        reasons: [],
      });
    }
  });
});

describe('(e) the initiative’s page', () => {
  const graph = page(pages, 'initiative', 'track4tip');
  it('gives the initiative its url, logo and sameAs', () => {
    expect(subject(graph, 'track4tip')).toMatchObject({
      '@type': 'Project',
      name: 'TRACK4TIP',
      url: `${SITE}track4tip`,
      logo: `${SITE}images/track4tip-logo.png`,
      sameAs: [`${SITE}about/track4tip`],
      parentOrganization: [{ '@id': `${SITE}#/schema/organization/unodc` }],
    });
    expect(validate(graph).valid).toBe(true);
  });
});

describe('(f) the press release’s page', () => {
  const graph = page(pages, 'press-release', 'unodc-press-release-2021-02-01');
  it('gives the article its headline, url and dateModified', () => {
    expect(subject(graph, 'unodc-press-release-2021-02-01')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'UNODC facilitates seminar on criminal justice cooperation',
      url: 'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html',
      datePublished: '2021-02-01',
      dateModified: '2021-02-03',
      image: `${SITE}images/press-release.jpg`,
    });
  });
  it('is an eligible Article', () => {
    const { valid, item } = verdict(graph, 'unodc-press-release-2021-02-01');
    expect(valid).toBe(true);
    expect(item).toMatchObject({ feature: 'Article', eligible: true });
  });
});

describe('(g) a report and a web page of the programme', () => {
  it('are a Report by its two authors, published by UNODC, and a WebPage named by its title', () => {
    const report = page(site, 'publication', 'quito-training-report');
    expect(subject(report, 'quito-training-report')).toMatchObject({
      '@type': 'Report',
      headline: 'Informe del taller regional sobre cooperación judicial',
      author: [
        { '@id': `${SITE}#/schema/person/ana-torres` },
        { '@id': `${SITE}#/schema/person/luis-mena` },
      ],
      publisher: { '@id': `${SITE}#/schema/organization/unodc` },
      datePublished: '2025-04-02',
      about: [{ '@id': `${SITE}#/schema/event/quito-training-2025` }],
    });
    // A Report is an Article to Google.
    expect(verdict(report, 'quito-training-report').item).toMatchObject({
      feature: 'Article',
      eligible: true,
    });
    const web = page(site, 'publication', 'quito-training-page');
    expect(subject(web, 'quito-training-page')).toMatchObject({
      '@type': 'WebPage',
      name: 'Taller regional en Quito',
      dateModified: '2025-03-12T10:00:00-05:00',
    });
    expect(validate(web).valid).toBe(true);
  });
});
