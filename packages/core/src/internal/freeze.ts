/**
 * Deeply read-only view of a value: what every fixture and builder returns.
 *
 * @example
 * ```ts
 * import { type DeepReadonly, getInitiative } from '@track4tip/core';
 * const aims: DeepReadonly<string[]> = getInitiative('track4tip').aims ?? [];
 * console.log(Object.isFrozen(aims), aims[0]); // true "identify victims"
 * // aims.push('more'); // compile error: push does not exist on a readonly array
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, and returns it with a read-only type: the one
 * freeze every package of the SDK uses for its tables and constants.
 *
 * @param value - Plain data (objects, arrays, primitives).
 * @returns The same value, frozen all the way down.
 * @example
 * ```ts
 * import { deepFreeze } from '@track4tip/core';
 * const table = deepFreeze({ es: { training: 'Capacitación' } });
 * console.log(Object.isFrozen(table.es)); // true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}
