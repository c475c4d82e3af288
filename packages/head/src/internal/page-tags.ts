import type { HeadOptions, LinkTag, MetaTag, PageImage } from '../types.js';

/** Meta tags in the order they are added, leaving out every tag without a value. */
export class MetaList {
  readonly tags: MetaTag[] = [];

  /** Adds `<meta name content>` when the value exists. */
  name(key: string, content: string | undefined): void {
    if (content !== undefined) this.tags.push({ name: key, content });
  }

  /** Adds `<meta property content>` (Open Graph) when the value exists. */
  property(key: string, content: string | undefined): void {
    if (content !== undefined) this.tags.push({ property: key, content });
  }
}

/** Open Graph writes a locale as `language_TERRITORY`, e.g. `es_ES`. */
function ogLocale(tag: string): string {
  const locale = new Intl.Locale(tag);
  return locale.region === undefined ? locale.language : `${locale.language}_${locale.region}`;
}

/** What an article page adds to Open Graph: its times and its authors' addresses. */
export interface ArticleFacts {
  readonly published?: string | undefined;
  readonly modified?: string | undefined;
  readonly authors: readonly string[];
}

/**
 * The tags every page has, whatever it is about: description, Open Graph (with `article:*` for
 * an article), the Twitter card, the canonical link and the alternates.
 */
export function pageTags(
  page: HeadOptions,
  title: string,
  image: PageImage | undefined,
  article?: ArticleFacts,
): { meta: MetaList; link: LinkTag[] } {
  const meta = new MetaList();
  // The model's descriptions carry no language: only the page's own summary is in its language.
  const description = page.description;
  meta.name('description', description);

  meta.property('og:type', article === undefined ? 'website' : 'article');
  meta.property('og:title', title);
  meta.property('og:description', description);
  meta.property('og:url', page.url);
  meta.property('og:site_name', page.siteName);
  meta.property('og:locale', ogLocale(page.locale ?? page.language));
  for (const alternate of page.alternates ?? []) {
    if (alternate.url !== page.url && alternate.language !== 'x-default')
      meta.property('og:locale:alternate', ogLocale(alternate.locale ?? alternate.language));
  }
  meta.property('og:image', image?.url);
  meta.property('og:image:alt', image?.alt);
  if (article !== undefined) {
    meta.property('article:published_time', article.published);
    meta.property('article:modified_time', article.modified);
    for (const url of article.authors) meta.property('article:author', url);
  }

  meta.name('twitter:card', image === undefined ? 'summary' : 'summary_large_image');
  meta.name('twitter:title', title);
  meta.name('twitter:description', description);
  meta.name('twitter:image', image?.url);
  meta.name('twitter:image:alt', image?.alt);

  const link: LinkTag[] = [{ rel: 'canonical', href: page.url }];
  for (const alternate of page.alternates ?? []) {
    link.push({ rel: 'alternate', hreflang: alternate.language, href: alternate.url });
  }
  return { meta, link };
}
