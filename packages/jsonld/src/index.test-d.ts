import type { Dataset } from '@track4tip/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type JsonLdError,
  type JsonLdErrorCode,
  type JsonLdGraph,
  type PrecomputedPage,
  pageScriptTag,
  toJsonLd,
  toScriptTag,
  webinarPage,
} from './index.js';
import { type Diagnostic, validate } from './validate.js';

describe('public types', () => {
  it('are the package’s own small types, not schema-dts', () => {
    expectTypeOf(toJsonLd).parameter(0).toEqualTypeOf<Dataset>();
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(toScriptTag).returns.toEqualTypeOf<string>();
    expectTypeOf(validate)
      .returns.toHaveProperty('diagnostics')
      .toEqualTypeOf<readonly Diagnostic[]>();
  });

  it('give errors a literal code and options a required baseUrl', () => {
    expectTypeOf<JsonLdError['code']>().toEqualTypeOf<JsonLdErrorCode>();
    // @ts-expect-error baseUrl is required
    toJsonLd({}, {});
    // @ts-expect-error include takes known entity types only
    toJsonLd({}, { baseUrl: 'https://example.org/', include: [{ type: 'place', id: 'x' }] });
    // @ts-expect-error detail is 'linked' or 'full'
    toJsonLd({}, { baseUrl: 'https://example.org/', detail: 'summary' });
  });

  it('type precomputed pages and require a base URL to place them', () => {
    expectTypeOf(webinarPage).toEqualTypeOf<PrecomputedPage>();
    expectTypeOf(pageScriptTag(webinarPage, { baseUrl: 'https://example.org/' })).toBeString();
    // @ts-expect-error baseUrl is required
    pageScriptTag(webinarPage, {});
  });
});
