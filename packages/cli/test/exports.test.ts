import { describe, expect, it } from 'vitest';
import * as cli from '../src/index.js';

describe('@track4tip/cli public API', () => {
  it('exports exactly run and EXIT_CODES (an API change must be deliberate)', () => {
    expect(Object.keys(cli).sort()).toEqual(['EXIT_CODES', 'run']);
    expect(cli.EXIT_CODES).toEqual({ ok: 0, invalidInput: 1, usage: 2 });
    expect(Object.isFrozen(cli.EXIT_CODES)).toBe(true);
  });
});
