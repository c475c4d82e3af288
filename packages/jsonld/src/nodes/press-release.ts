// Core's `PressRelease` as a schema.org `NewsArticle`.

import type { PressRelease } from '@track4tip/core';
import type { NewsArticleLeaf } from 'schema-dts';
import { fundingOf, type NodeContext, targetsOf } from '../graph-context.js';
import { asNode, defined, imageValue } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';

/**
 * The press release as a `NewsArticle`: publisher, dateline as `datePublished`, language, the event
 * it is `about`, everything it `mentions`, the award as `funding` and its funding statement as
 * `creditText`. It has no known headline or author: a caller who knows them supplies them (with
 * images and `dateModified`).
 */
export function pressReleaseNode(
  release: PressRelease,
  ctx: NodeContext,
  path: readonly (string | number)[],
): JsonLdNode {
  // In the order the walk meets them; the keys below are in canonical order.
  const publisher = ctx.ref('organizations', release.publisher, path, 'publisher');
  const about = ctx.ref('events', release.about, path, 'about');
  const mentions = release.mentions?.map((id, index) =>
    ctx.refAny(targetsOf('pressReleases', 'mentions'), id, path, 'mentions', index),
  );
  const funding = fundingOf(ctx, release.id, path, release.award);
  const author = release.author?.map((id, index) =>
    ctx.refAny(targetsOf('pressReleases', 'author'), id, path, 'author', index),
  );
  const node = defined({
    '@type': 'NewsArticle',
    '@id': ctx.idOf('pressReleases', release.id),
    about,
    author,
    creditText: release.fundingStatement,
    dateModified: release.dateModified,
    datePublished: release.dateline,
    disambiguatingDescription: release.descriptiveLabel,
    funding,
    headline: release.headline,
    image: imageValue(release.image),
    inLanguage: release.inLanguage,
    mentions,
    publisher,
    url: release.url,
  } as const) satisfies NewsArticleLeaf;
  return asNode(node);
}
