// Core's `Publication` as a schema.org `Report`, `WebPage`, `Article` or `CreativeWork`, by kind.

import type { KnownPublicationKind, Publication } from '@track4tip/core';
import { isKnownPublicationKind } from '@track4tip/core';
import type { ArticleLeaf, CreativeWorkLeaf, ReportLeaf, WebPageLeaf } from 'schema-dts';
import { fundingOf, type NodeContext, targetsOf } from '../graph-context.js';
import { asNode, defined, imageValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/** The schema.org type of each known kind of publication; another kind is a `CreativeWork`. */
const PUBLICATION_TYPE: Readonly<Record<KnownPublicationKind, 'Report' | 'WebPage' | 'Article'>> = {
  report: 'Report',
  'web-page': 'WebPage',
  article: 'Article',
};

/**
 * A publication other than a press release: a `Report`, `WebPage`, `Article` or `CreativeWork`
 * by its kind, with its title as `headline` (and as `name` for a web page, which Google and
 * schema.org read as the page's title), its publisher, authors, dates, language, address, images,
 * what it is about and the awards that support it (`funding`).
 */
export function publicationNode(
  publication: Publication,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  // In the order the walk meets them; the keys below are in canonical order.
  const publisher =
    publication.publisher === undefined
      ? undefined
      : ctx.ref('organizations', publication.publisher, path, 'publisher');
  const author = publication.author?.map((id, index) =>
    ctx.refAny(targetsOf('publications', 'author'), id, path, 'author', index),
  );
  const about = publication.about?.map((id, index) =>
    ctx.refAny(targetsOf('publications', 'about'), id, path, 'about', index),
  );
  const funding = fundingOf(ctx, publication.id, path);
  const type = isKnownPublicationKind(publication.kind)
    ? PUBLICATION_TYPE[publication.kind]
    : 'CreativeWork';
  const node = defined({
    '@type': type,
    '@id': ctx.idOf('publications', publication.id),
    about,
    author,
    dateModified: publication.dateModified,
    datePublished: publication.datePublished,
    description: publication.description,
    disambiguatingDescription: publication.descriptiveLabel,
    funding,
    headline: publication.headline,
    image: imageValue(publication.image),
    inLanguage: publication.inLanguage,
    name: type === 'WebPage' ? publication.headline : undefined,
    publisher,
    url: publication.url,
  } as const) satisfies ReportLeaf | WebPageLeaf | ArticleLeaf | CreativeWorkLeaf;
  return asNode(node);
}
