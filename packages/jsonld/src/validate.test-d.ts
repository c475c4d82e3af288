import { describe, expectTypeOf, it } from 'vitest';
import { type RichResultItem, type ValidationResult, validate } from './validate.js';

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
      readonly path: string;
      readonly eligible: boolean;
      readonly missingRequired: readonly string[];
      readonly missingRecommended: readonly string[];
    }>();
  });
});
