import { HeadError } from './errors.js';
import { checkOptions } from './internal/options.js';
import { pageTags } from './internal/page-tags.js';
import type { HeadOptions, HeadTags } from './types.js';

/**
 * The head of a page about no one entity — a site's home or an index of its pages: its title is
 * the site's name; description, canonical and `hreflang` links, Open Graph (`website`) and the
 * Twitter card as {@link headFor} writes them, with the page's own image. It has no JSON-LD, no
 * citation-manager tags and no `citation`: the page is not a work to cite.
 *
 * @param options - The page's URL, language and locale, the site's name (required), the page's
 *   description, preview image and alternates.
 * @returns Framework-neutral tags; render them with {@link renderHead}.
 * @throws {@link HeadError} `INVALID_OPTION`.
 * @example
 * ```ts
 * import { headForSite, renderHead } from '@track4tip/head';
 * const html = renderHead(
 *   headForSite({ url: 'https://www.example.org/', language: 'en', siteName: 'TRACK4TIP webinar, 1 February 2021' }),
 * );
 * ```
 */
export function headForSite(options: HeadOptions): HeadTags {
  const page = checkOptions(options);
  if (page.siteName === undefined) {
    throw new HeadError(
      'INVALID_OPTION',
      "expected the site's name: it is the title of a page about the site itself",
      { path: ['options', 'siteName'] },
    );
  }
  const { meta, link } = pageTags(page, page.siteName, page.image);
  return { title: page.siteName, language: page.language, meta: meta.tags, link, script: [] };
}
