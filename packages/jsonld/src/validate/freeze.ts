/**
 * Freezes a table and everything reachable from it (iteratively, so no table is too deep), and
 * returns it. Used as `/* @__PURE__ *\/ deepFreeze({...})` so that importing a module still runs
 * nothing a bundler has to keep.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === null || typeof next !== 'object' || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
  }
  return value;
}
