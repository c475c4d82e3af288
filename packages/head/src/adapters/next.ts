import type { HeadTags } from '../types.js';

/**
 * The Next.js `Metadata` fields {@link toNextMetadata} fills, typed structurally so this package
 * does not depend on Next.js; the object is assignable to `Metadata` from `next`.
 *
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, type NextMetadata, toNextMetadata } from '@track4tip/head';
 * const head = headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: 'https://www.example.org/webinar', language: 'en' });
 * const metadata: NextMetadata = toNextMetadata(head);
 * console.log(metadata.alternates.canonical, metadata.openGraph.type); // "https://www.example.org/webinar" "website"
 * ```
 */
export interface NextMetadata {
  /** `<title>`. */
  readonly title: string;
  /** `<meta name="description">`. */
  readonly description?: string;
  /** Canonical link and `hreflang` alternates. */
  readonly alternates: {
    readonly canonical: string;
    readonly languages?: Readonly<Record<string, string>>;
  };
  /** Open Graph; `article:*` for an article. */
  readonly openGraph: {
    readonly type: 'article' | 'website';
    readonly title?: string;
    readonly description?: string;
    readonly url?: string;
    readonly siteName?: string;
    readonly locale?: string;
    readonly alternateLocale?: string[];
    readonly images?: { readonly url: string; readonly alt?: string }[];
    readonly publishedTime?: string;
    readonly modifiedTime?: string;
    readonly authors?: string[];
  };
  /** The Twitter card. */
  readonly twitter: {
    readonly card: 'summary' | 'summary_large_image';
    readonly title?: string;
    readonly description?: string;
    readonly images?: { readonly url: string; readonly alt?: string }[];
  };
  /** Every other `<meta name>`: Highwire `citation_*` and Dublin Core `DC.*`, in order. */
  readonly other: Record<string, string | string[]>;
}

/**
 * Props of a React `<script>` element for the JSON-LD: `<script {...props} />`.
 *
 * @example
 * ```ts
 * import type { NextJsonLdProps } from '@track4tip/head';
 * const props: NextJsonLdProps = { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: '{}' } };
 * ```
 */
export interface NextJsonLdProps {
  /** Always `application/ld+json`. */
  readonly type: 'application/ld+json';
  /** The graph's JSON, escaped so that it cannot end the element. */
  readonly dangerouslySetInnerHTML: { readonly __html: string };
  /** A CSP nonce, when given. */
  readonly nonce?: string;
}

const contents = (head: HeadTags, key: string): string[] =>
  head.meta.filter((tag) => (tag.property ?? tag.name) === key).map((tag) => tag.content);

const first = (head: HeadTags, key: string): string | undefined => contents(head, key)[0];

/** `{ key: value }` when the value is defined, else `{}`: Next reads a present `undefined` too. */
function field<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function images(url: string | undefined, alt: string | undefined) {
  return url === undefined ? undefined : [{ url, ...field('alt', alt) }];
}

const nonEmpty = <T>(values: T[]): T[] | undefined => (values.length === 0 ? undefined : values);

/**
 * The tags of {@link headFor} as the `Metadata` object of the Next.js App Router: export it as
 * `metadata`, or return it from `generateMetadata`. Highwire and Dublin Core tags go into
 * `other`; the JSON-LD, which `Metadata` cannot hold, is rendered with {@link toNextJsonLd}.
 *
 * @param head - The tags, from {@link headFor}.
 * @returns The metadata object.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, toNextMetadata } from '@track4tip/head';
 * export const metadata = toNextMetadata(
 *   headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: 'https://www.example.org/webinar', language: 'en' }),
 * );
 * ```
 */
export function toNextMetadata(head: HeadTags): NextMetadata {
  const canonical = head.link.find((tag) => tag.rel === 'canonical')?.href ?? '';
  const languages: Record<string, string> = {};
  for (const tag of head.link) {
    if (tag.rel === 'alternate' && tag.hreflang !== undefined) languages[tag.hreflang] = tag.href;
  }
  const other: Record<string, string | string[]> = {};
  for (const tag of head.meta) {
    const key = tag.name;
    if (key === undefined || !(key.startsWith('citation_') || key.startsWith('DC.'))) continue;
    const previous = other[key];
    other[key] =
      previous === undefined
        ? tag.content
        : [...(typeof previous === 'string' ? [previous] : previous), tag.content];
  }
  const type = first(head, 'og:type') === 'article' ? 'article' : 'website';
  const card =
    first(head, 'twitter:card') === 'summary_large_image' ? 'summary_large_image' : 'summary';
  return {
    title: head.title,
    ...field('description', first(head, 'description')),
    alternates: {
      canonical,
      ...field('languages', Object.keys(languages).length === 0 ? undefined : languages),
    },
    openGraph: {
      type,
      ...field('title', first(head, 'og:title')),
      ...field('description', first(head, 'og:description')),
      ...field('url', first(head, 'og:url')),
      ...field('siteName', first(head, 'og:site_name')),
      ...field('locale', first(head, 'og:locale')),
      ...field('alternateLocale', nonEmpty(contents(head, 'og:locale:alternate'))),
      ...field('images', images(first(head, 'og:image'), first(head, 'og:image:alt'))),
      ...field('publishedTime', first(head, 'article:published_time')),
      ...field('modifiedTime', first(head, 'article:modified_time')),
      ...field('authors', nonEmpty(contents(head, 'article:author'))),
    },
    twitter: {
      card,
      ...field('title', first(head, 'twitter:title')),
      ...field('description', first(head, 'twitter:description')),
      ...field('images', images(first(head, 'twitter:image'), first(head, 'twitter:image:alt'))),
    },
    other,
  };
}

/**
 * The JSON-LD of {@link headFor} as props of React `<script>` elements, for a Next.js page or
 * layout: `{toNextJsonLd(head).map((props) => <script key="ld" {...props} />)}`. The JSON is
 * escaped, so `dangerouslySetInnerHTML` cannot be made to end the element.
 *
 * @param head - The tags, from {@link headFor}.
 * @param options - An optional CSP `nonce`.
 * @returns One props object per script.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, toNextJsonLd } from '@track4tip/head';
 * const [props] = toNextJsonLd(
 *   headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: 'https://www.example.org/webinar', language: 'en' }),
 * );
 * ```
 */
export function toNextJsonLd(
  head: HeadTags,
  options: { readonly nonce?: string } = {},
): NextJsonLdProps[] {
  return head.script.map((script) => ({
    type: script.type,
    dangerouslySetInnerHTML: { __html: script.text },
    ...field('nonce', options.nonce),
  }));
}
