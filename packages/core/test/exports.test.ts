import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as schemas from '../src/schemas.js';

// The public export lists are part of the API: a change here must be deliberate.
describe('public exports', () => {
  it('of @track4tip/core', () => {
    expect(Object.keys(main).sort()).toMatchSnapshot();
  });

  it('of @track4tip/core/schemas', () => {
    expect(Object.keys(schemas).sort()).toMatchSnapshot();
  });
});
