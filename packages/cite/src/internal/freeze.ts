/**
 * Freezes a value and everything reachable from it, and returns it with its type unchanged, so
 * that no caller can change a table this package reads from. Call it as
 * `/* @__PURE__ *\/ deepFreeze(…)` so that bundlers drop unused tables.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
