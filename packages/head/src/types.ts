import type { CslItemType } from '@track4tip/cite';
import type { JsonLdGraph } from '@track4tip/jsonld';

/**
 * What a page can be about: an event, a press release, another publication, an initiative or an
 * organisation of the dataset, by type and id.
 *
 * @example
 * ```ts
 * import type { HeadSubject } from '@track4tip/head';
 * const subject: HeadSubject = { type: 'press-release', id: 'unodc-press-release-2021-02-01' };
 * ```
 */
export interface HeadSubject {
  /** The entity's type. */
  readonly type: 'event' | 'press-release' | 'publication' | 'initiative' | 'organization';
  /** The entity's id in the dataset. */
  readonly id: string;
}

/**
 * The page's preview image: an image your site publishes for the page (a social card), used
 * when the entity has no image of its own in the data.
 *
 * @example
 * ```ts
 * import type { PageImage } from '@track4tip/head';
 * const image: PageImage = { url: 'https://www.example.org/card.png', alt: 'TRACK4TIP webinar, 1 February 2021' };
 * ```
 */
export interface PageImage {
  /** Absolute URL of the image. */
  readonly url: string;
  /** What the image shows, for people who cannot see it (`og:image:alt`, `twitter:image:alt`). */
  readonly alt?: string;
}

/**
 * The same page in another language (or this one): an `hreflang` alternate.
 *
 * @example
 * ```ts
 * import type { PageAlternate } from '@track4tip/head';
 * const spanish: PageAlternate = { language: 'es', locale: 'es-ES', url: 'https://www.example.org/es/webinar.html' };
 * ```
 */
export interface PageAlternate {
  /**
   * The page's language as `hreflang` gives it (BCP 47), e.g. `es`; or `x-default` for the page
   * shown to languages no other alternate matches (no `og:locale:alternate` is written for it).
   */
  readonly language: string;
  /** Its locale with a region (BCP 47), for `og:locale:alternate`; default: `language`. */
  readonly locale?: string;
  /** Absolute URL of that page. */
  readonly url: string;
}

/**
 * Options of {@link headFor}: what the data cannot know about the page that shows it.
 *
 * @example
 * ```ts
 * import type { HeadOptions } from '@track4tip/head';
 * const options: HeadOptions = {
 *   url: 'https://www.example.org/en/webinar.html',
 *   language: 'en',
 *   locale: 'en-US',
 *   siteName: 'TRACK4TIP webinar, 1 February 2021',
 *   alternates: [
 *     { language: 'en', locale: 'en-US', url: 'https://www.example.org/en/webinar.html' },
 *     { language: 'es', locale: 'es-ES', url: 'https://www.example.org/es/webinar.html' },
 *   ],
 * };
 * ```
 */
export interface HeadOptions {
  /** The page's own absolute URL: canonical link, `og:url`. */
  readonly url: string;
  /** The site's base URL for the JSON-LD `@id`s; default: the origin of `url`. */
  readonly baseUrl?: string;
  /** The page's language (BCP 47), as its `<html lang>` and `hreflang` say, e.g. `es`. */
  readonly language: string;
  /**
   * The page's locale with a region (BCP 47), e.g. `es-ES`: `og:locale`, and the `locale` of the
   * JSON-LD (as in `@track4tip/jsonld` and `@track4tip/cite`); default: `language`.
   */
  readonly locale?: string;
  /** The site's name: `og:site_name`, and the suffix of `<title>` (never of the other titles). */
  readonly siteName?: string;
  /**
   * The page's summary, in the page's language. Without it there is no description: the model's
   * descriptions are not tagged with a language (pass `entity.description` yourself where it fits).
   */
  readonly description?: string;
  /** The page's preview image, used when the entity has no image (or logo) in the data. */
  readonly image?: PageImage;
  /** The page in every language, this one included (`hreflang` links, `og:locale:alternate`). */
  readonly alternates?: readonly PageAlternate[];
}

/**
 * One `<meta>` element: `name` (description, Twitter, Highwire, Dublin Core) or `property` (Open
 * Graph), never both.
 *
 * @example
 * ```ts
 * import type { MetaTag } from '@track4tip/head';
 * const tags: MetaTag[] = [{ property: 'og:type', content: 'article' }, { name: 'citation_date', content: '2021-02-01' }];
 * ```
 */
export interface MetaTag {
  /** The `name` attribute. */
  readonly name?: string;
  /** The `property` attribute (Open Graph and `article:*`). */
  readonly property?: string;
  /** The value, unescaped. */
  readonly content: string;
}

/**
 * One `<link>` element.
 *
 * @example
 * ```ts
 * import type { LinkTag } from '@track4tip/head';
 * const canonical: LinkTag = { rel: 'canonical', href: 'https://www.example.org/en/webinar.html' };
 * ```
 */
export interface LinkTag {
  /** The `rel` attribute. */
  readonly rel: 'canonical' | 'alternate';
  /** The URL. */
  readonly href: string;
  /** The language of an alternate. */
  readonly hreflang?: string;
}

/**
 * The JSON-LD `<script>` of the page.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, type ScriptTag } from '@track4tip/head';
 * const [script]: readonly ScriptTag[] = headFor(fixtures, { type: 'initiative', id: 'track4tip' }, {
 *   url: 'https://www.example.org/track4tip', language: 'en',
 * }).script;
 * console.log(script?.text.startsWith('{"@context"')); // true
 * ```
 */
export interface ScriptTag {
  /** Always `application/ld+json`. */
  readonly type: 'application/ld+json';
  /** The graph. */
  readonly graph: JsonLdGraph;
  /** The graph as JSON text, escaped so that it is safe inside a `<script>` element. */
  readonly text: string;
}

/**
 * A name the citation gives: a person, or an institution (one name that must not be split into
 * given and family names).
 *
 * @example
 * ```ts
 * import type { CitationName } from '@track4tip/head';
 * const unodc: CitationName = { name: 'United Nations Office on Drugs and Crime', institution: true };
 * ```
 */
export interface CitationName {
  /** The name as the citation prints it. */
  readonly name: string;
  /** `true` for an organisation. */
  readonly institution: boolean;
  /** A person's family name, where the record gives it (core's `familyName`). */
  readonly family?: string;
  /** A person's given names, with `family`. */
  readonly given?: string;
}

/**
 * What a citation manager should save for the page's entity: the title, creators and date the
 * SDK's citation gives (from `toCsl` of `@track4tip/cite`), without the site's name.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type HeadCitation, headFor } from '@track4tip/head';
 * const citation: HeadCitation | undefined = headFor(fixtures, { type: 'press-release', id: 'unodc-press-release-2021-02-01' }, {
 *   url: 'https://www.example.org/press-release', language: 'en',
 * }).citation;
 * console.log(citation?.authors[0]?.name, citation?.date); // "United Nations Office on Drugs and Crime" "2021-02-01"
 * ```
 */
export interface HeadCitation {
  /** The CSL type of the item. */
  readonly type: CslItemType;
  /**
   * The title the citation uses: the entity's own title, or, for a work without one, the
   * description it is cited by (never marked as its official title).
   */
  readonly title: string;
  /** Its authors (an event's organisers, a programme's implementers), in order. */
  readonly authors: readonly CitationName[];
  /** Its date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when the citation has none or a span of years. */
  readonly date?: string;
  /** The work's own address, where the data has one. */
  readonly url?: string;
  /** The work's language (BCP 47), where the data states it. */
  readonly language?: string;
  /** Its publisher, when it is not also its author. */
  readonly publisher?: string;
}

/**
 * Everything a page's `<head>` needs about its subject, as framework-neutral tag objects. Render
 * it with {@link renderHead}, or hand it to {@link toNextMetadata} or {@link toUnhead}.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { type HeadTags, headFor } from '@track4tip/head';
 * const head: HeadTags = headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, {
 *   url: 'https://www.example.org/webinar', language: 'en',
 * });
 * console.log(head.meta.find((tag) => tag.property === 'og:type')?.content); // "website"
 * ```
 */
export interface HeadTags {
  /** The document title: the entity's title, then ` · ` and the site's name when given. */
  readonly title: string;
  /** The page's language (BCP 47). */
  readonly language: string;
  /** `<meta>` elements, in a stable order. */
  readonly meta: readonly MetaTag[];
  /** `<link>` elements: the canonical link and the alternates. */
  readonly link: readonly LinkTag[];
  /** The JSON-LD script. */
  readonly script: readonly ScriptTag[];
  /** What the citation-manager tags say, for {@link coinsSpan}; absent for an organisation. */
  readonly citation?: HeadCitation;
}
