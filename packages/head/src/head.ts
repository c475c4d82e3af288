import type { CitableEntity } from '@track4tip/cite';
import type {
  Dataset,
  Event,
  Initiative,
  Organization,
  PressRelease,
  Publication,
} from '@track4tip/core';
import { serialize, toJsonLd } from '@track4tip/jsonld';
import { HeadError } from './errors.js';
import { citationOf, creatorText } from './internal/citation.js';
import { checkOptions } from './internal/options.js';
import { pageTags } from './internal/page-tags.js';
import type {
  HeadCitation,
  HeadOptions,
  HeadSubject,
  HeadTags,
  PageImage,
  ScriptTag,
} from './types.js';

type Subject =
  | { readonly kind: 'event'; readonly entity: Event }
  | { readonly kind: 'press-release'; readonly entity: PressRelease }
  | { readonly kind: 'publication'; readonly entity: Publication }
  | { readonly kind: 'initiative'; readonly entity: Initiative }
  | { readonly kind: 'organization'; readonly entity: Organization };

// A Map, not an object: `{ type: 'constructor' }` must not find Object.prototype's.
const COLLECTIONS: ReadonlyMap<unknown, keyof Dataset> = /* @__PURE__ */ new Map<
  HeadSubject['type'],
  keyof Dataset
>([
  ['event', 'events'],
  ['press-release', 'pressReleases'],
  ['publication', 'publications'],
  ['initiative', 'initiatives'],
  ['organization', 'organizations'],
]);

function findSubject(data: Dataset, subject: HeadSubject): Subject {
  if (subject === null || typeof subject !== 'object') {
    throw new HeadError('INVALID_OPTION', 'expected { type, id }', { path: ['subject'] });
  }
  const collection = COLLECTIONS.get(subject.type);
  if (collection === undefined) {
    throw new HeadError(
      'INVALID_OPTION',
      `a page can be about an event, a press release, a publication, an initiative or an organization; got ${JSON.stringify(subject.type)}`,
      { path: ['subject', 'type'] },
    );
  }
  const entities = (data?.[collection] ?? []) as readonly { readonly id: string }[];
  const entity = entities.find((candidate) => candidate.id === subject.id);
  if (entity === undefined) {
    throw new HeadError(
      'UNKNOWN_ID',
      `no ${subject.type} with id ${JSON.stringify(subject.id)} in the dataset's ${collection}; pass the records that hold it`,
      { path: ['subject', 'id'] },
    );
  }
  return { kind: subject.type, entity } as Subject;
}

// What the model says of each kind of page: its images, dates and authors by id.
function facts(subject: Subject) {
  switch (subject.kind) {
    case 'press-release': {
      const release = subject.entity;
      return {
        images: release.image,
        published: release.dateline,
        modified: release.dateModified,
        authors: release.author ?? [release.publisher],
      };
    }
    case 'publication': {
      const publication = subject.entity;
      return {
        images: publication.image,
        published: publication.datePublished,
        modified: publication.dateModified,
        authors:
          publication.author ??
          (publication.publisher === undefined ? [] : [publication.publisher]),
      };
    }
    case 'event':
      return { images: subject.entity.image };
    default:
      return {
        images:
          subject.entity.image ??
          (subject.entity.logo === undefined ? undefined : [subject.entity.logo]),
      };
  }
}

/** The address of each author that has one (Open Graph's `article:author` is a profile URL). */
function authorUrls(ids: readonly string[] | undefined, data: Dataset): string[] {
  return (ids ?? []).flatMap((id) => {
    const url =
      data.organizations?.find((organization) => organization.id === id)?.url ??
      data.people?.find((person) => person.id === id)?.url;
    return url === undefined ? [] : [url];
  });
}

// DCMI Type Vocabulary: a publication is Text, an event an Event; a programme or an organisation
// has no type there.
const DC_TYPE: Readonly<Partial<Record<Subject['kind'], string>>> = {
  'press-release': 'Text',
  publication: 'Text',
  event: 'Event',
};

/**
 * Everything a page's `<head>` needs about its subject — an event, a press release or another
 * publication, an initiative or an organisation — from the data: the JSON-LD script, `<title>`
 * and description, canonical and `hreflang` links, Open Graph (`og:*`, and `article:*` for a
 * press release or publication), the Twitter card, the citation-manager tags (Highwire
 * `citation_*` as Google Scholar and Zotero read them, and Dublin Core) and, in `citation`, what
 * {@link coinsSpan} writes for the citation in the page body. Titles other than `<title>` are the
 * citation's title, without the site's name. Nothing is invented: a tag whose value the data (or
 * an option) lacks is left out; an image comes from the data, else from `options.image`.
 *
 * @param data - The records (the fixtures, or your own completed with `completeDataset`).
 * @param subject - The entity the page is about.
 * @param options - The page's URL, language and locale, the site's name, the page's description,
 *   preview image and alternates.
 * @returns Framework-neutral tags; render them with {@link renderHead}.
 * @throws {@link HeadError} `INVALID_OPTION` or `UNKNOWN_ID`; errors of `toJsonLd` and `toCsl`
 *   (a reference the data cannot resolve) as those packages throw them.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, renderHead } from '@track4tip/head';
 * const head = headFor(fixtures, { type: 'press-release', id: 'unodc-press-release-2021-02-01' }, {
 *   url: 'https://www.example.org/es/press-release.html',
 *   language: 'es',
 *   locale: 'es-ES',
 *   siteName: 'Seminario web de TRACK4TIP',
 *   description: 'Comunicado de prensa de la UNODC del 1 de febrero de 2021.',
 * });
 * const html = renderHead(head);
 * ```
 */
export function headFor(data: Dataset, subject: HeadSubject, options: HeadOptions): HeadTags {
  const page = checkOptions(options);
  const found = findSubject(data, subject);
  const citation: HeadCitation | undefined =
    found.kind === 'organization' ? undefined : citationOf(found.entity as CitableEntity, data);
  const title = citation?.title ?? (found.entity as Organization).name;
  const known = facts(found);
  const image: PageImage | undefined =
    known.images?.[0] === undefined ? page.image : { url: known.images[0] };
  const isArticle = found.kind === 'press-release' || found.kind === 'publication';
  const { meta, link } = pageTags(
    page,
    title,
    image,
    isArticle
      ? {
          published: known.published,
          modified: known.modified,
          authors: authorUrls(known.authors, data),
        }
      : undefined,
  );

  if (citation !== undefined) {
    meta.name('citation_title', citation.title);
    // Zotero splits an author's name at its last space ("United Nations Office on Drugs and" /
    // "Crime") unless it is written inverted, "family, given"; an institution is written so with no
    // given name, and Zotero keeps it as one name.
    for (const author of citation.authors) meta.name('citation_author', creatorText(author, true));
    meta.name('citation_publication_date', citation.date);
    meta.name('citation_publisher', citation.publisher);
    // Google Scholar's tag for a report's institution; Zotero saves the page as a Report by it.
    if (citation.type === 'report') {
      meta.name(
        'citation_technical_report_institution',
        citation.publisher ?? citation.authors.find((author) => author.institution)?.name,
      );
    }
    meta.name('citation_public_url', citation.url);
    meta.name('citation_language', citation.language);
  }
  meta.name('DC.title', title);
  for (const author of citation?.authors ?? []) {
    meta.name('DC.creator', creatorText(author, false));
  }
  meta.name('DC.date', citation?.date);
  meta.name('DC.publisher', citation?.publisher);
  meta.name('DC.identifier', citation?.url);
  meta.name('DC.language', citation?.language);
  meta.name('DC.type', DC_TYPE[found.kind]);

  const graph = toJsonLd(data, {
    baseUrl: page.baseUrl ?? `${new URL(page.url).origin}/`,
    include: [subject],
    locale: page.locale ?? page.language,
  });
  const script: ScriptTag[] = [{ type: 'application/ld+json', graph, text: serialize(graph) }];

  return {
    title: page.siteName === undefined ? title : `${title} · ${page.siteName}`,
    language: page.language,
    meta: meta.tags,
    link,
    script,
    ...(citation === undefined ? {} : { citation }),
  };
}
