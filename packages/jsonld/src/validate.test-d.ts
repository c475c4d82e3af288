import type { Issue, IssueCode, IssuePath } from '@track4tip/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Diagnostic,
  type DiagnosticCode,
  type RichResultItem,
  type ValidationResult,
  validate,
} from './validate.js';

describe('validate types', () => {
  it('return the interface agreed with the command line: valid, diagnostics and richResults', () => {
    expectTypeOf(validate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validate).returns.toEqualTypeOf<ValidationResult>();
    expectTypeOf<ValidationResult['valid']>().toEqualTypeOf<boolean>();
    expectTypeOf<ValidationResult['richResults']>().toEqualTypeOf<readonly RichResultItem[]>();
    expectTypeOf<RichResultItem>().toEqualTypeOf<{
      readonly feature: 'Event' | 'Article' | 'Organization';
      readonly type: string;
      readonly id: string | undefined;
      readonly path: IssuePath;
      readonly eligible: boolean;
      readonly missingRequired: readonly string[];
      readonly missingRecommended: readonly string[];
    }>();
  });

  it("give each diagnostic core's issue shape, and codes from core's one vocabulary", () => {
    expectTypeOf<Diagnostic>().toExtend<Issue>();
    expectTypeOf<Diagnostic['path']>().toEqualTypeOf<IssuePath>();
    expectTypeOf<Diagnostic['hint']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DiagnosticCode>().toExtend<IssueCode>();
    expectTypeOf<'GOOGLE_REQUIRED'>().toExtend<DiagnosticCode>();
    expectTypeOf<'UNKNOWN_STYLE'>().not.toExtend<DiagnosticCode>();
  });
});
