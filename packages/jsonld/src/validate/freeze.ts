import { deepFreeze as freeze } from '@track4tip/core';

/**
 * Core's `deepFreeze` (the SDK's one freeze), typed to return its argument's own type, as this
 * validator's generated tables are declared with their read-only types already.
 */
export const deepFreeze: <T>(value: T) => T = freeze as <T>(value: T) => T;
