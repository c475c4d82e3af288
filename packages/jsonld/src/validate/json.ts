// JSON values as the validator reads them, and the paths (`['@graph', 0, 'location']`) that say
// where a value is in the document.
import type { IssuePath } from '@track4tip/core';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
export const asList = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
/** A node object that is only a reference to another node: `{"@id": …}`. */
export const isReference = (value: unknown): value is { '@id': string } =>
  isObject(value) && Object.keys(value).length === 1 && typeof value['@id'] === 'string';
/** True when a string says nothing (empty or only spaces). */
export const isBlank = (value: string): boolean => value.trim() === '';

export const join = (path: IssuePath, segment: string | number): IssuePath => [...path, segment];
/**
 * A path kept as its parent and last segment until a diagnostic needs it: most values are fine,
 * and a path per value is most of what reading a large graph would allocate.
 */
export const at = (base: IssuePath, segment: string | number | undefined): IssuePath =>
  segment === undefined ? base : join(base, segment);
/** True when `path` is inside the value at `prefix` (any path is inside the root's). */
export const isWithin = (path: IssuePath, prefix: IssuePath): boolean =>
  prefix.length === 0 ||
  (path.length > prefix.length && prefix.every((segment, index) => path[index] === segment));
