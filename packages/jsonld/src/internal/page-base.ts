/**
 * The base URL the precomputed pages are generated with, replaced by the caller's at run time.
 * `.invalid` is reserved (RFC 2606): no site has it, and the generator checks that the data never
 * contains it, so every occurrence in a page is a base URL.
 */
export const PAGE_BASE_URL = 'https://track4tip.invalid/';
