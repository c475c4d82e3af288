import type { PressRelease } from '@track4tip/core';
import type { NewsArticleLeaf } from 'schema-dts';
import { ENTITY_TYPES, entityId } from '../ids.js';
import { asNode, defined } from '../internal/graph.js';
import type { JsonLdNode } from '../types.js';
import type { NodeContext } from './context.js';

/**
 * The press release as a `NewsArticle`: publisher, dateline as `datePublished`, language, the event
 * it is `about`, everything it `mentions`, the award as `funding` and its funding statement as
 * `creditText`. It has no known headline or author: a caller who knows the headline supplies it.
 */
export function newsArticleNode(release: PressRelease, ctx: NodeContext, path: string): JsonLdNode {
  const supplied = ctx.suppliedArticles[release.id] ?? {};
  const node = defined({
    '@type': 'NewsArticle',
    '@id': entityId(ctx.baseUrl, 'press-release', release.id),
    headline: release.headline ?? supplied.headline,
    disambiguatingDescription: release.descriptiveLabel,
    image: supplied.image,
    publisher: ctx.ref('organizations', release.publisher, `${path}.publisher`),
    datePublished: release.dateline,
    inLanguage: release.inLanguage,
    about: ctx.ref('events', release.about, `${path}.about`),
    mentions: release.mentions?.map((id, index) =>
      ctx.refAny(
        Object.keys(ENTITY_TYPES) as (keyof typeof ENTITY_TYPES)[],
        id,
        `${path}.mentions.${index}`,
      ),
    ),
    funding:
      release.award === undefined ? undefined : ctx.ref('awards', release.award, `${path}.award`),
    creditText: release.fundingStatement,
    url: release.url,
  } as const) satisfies NewsArticleLeaf;
  return asNode(node);
}
