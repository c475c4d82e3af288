import type { HeadTags } from '../types.js';

/**
 * The input {@link toUnhead} gives unhead's `useHead` (Vue, Nuxt, Svelte, React, vanilla), typed
 * structurally so this package does not depend on unhead.
 *
 * @example
 * ```ts
 * import type { UnheadInput } from '@track4tip/head';
 * const input: UnheadInput = { title: 'TRACK4TIP', htmlAttrs: { lang: 'en' }, meta: [], link: [], script: [] };
 * ```
 */
export interface UnheadInput {
  /** `<title>`. */
  readonly title: string;
  /** The page's language on `<html>`. */
  readonly htmlAttrs: { readonly lang: string };
  /** `<meta>` elements. */
  readonly meta: (
    | { readonly name: string; readonly content: string }
    | { readonly property: string; readonly content: string }
  )[];
  /** `<link>` elements. */
  readonly link: (
    | { readonly rel: 'canonical'; readonly href: string }
    | { readonly rel: 'alternate'; readonly hreflang: string; readonly href: string }
  )[];
  /** The JSON-LD, as escaped JSON text. */
  readonly script: {
    readonly type: 'application/ld+json';
    readonly innerHTML: string;
    readonly key: string;
  }[];
}

/**
 * The tags of {@link headFor} as the input of unhead's `useHead`: `useHead(toUnhead(head))`. The
 * JSON-LD is escaped JSON text, so `innerHTML` cannot end the element.
 *
 * @param head - The tags, from {@link headFor}.
 * @returns The `useHead` input.
 * @example
 * ```ts
 * import { fixtures } from '@track4tip/core';
 * import { headFor, toUnhead } from '@track4tip/head';
 * const input = toUnhead(
 *   headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: 'https://www.example.org/webinar', language: 'en' }),
 * );
 * // useHead(input);
 * ```
 */
export function toUnhead(head: HeadTags): UnheadInput {
  return {
    title: head.title,
    htmlAttrs: { lang: head.language },
    meta: head.meta.map((tag) =>
      tag.property === undefined
        ? { name: tag.name ?? '', content: tag.content }
        : { property: tag.property, content: tag.content },
    ),
    link: head.link.map((tag) =>
      tag.rel === 'alternate' && tag.hreflang !== undefined
        ? { rel: 'alternate', hreflang: tag.hreflang, href: tag.href }
        : { rel: 'canonical', href: tag.href },
    ),
    script: head.script.map((script, index) => ({
      type: script.type,
      innerHTML: script.text,
      key: `jsonld-${index}`,
    })),
  };
}
