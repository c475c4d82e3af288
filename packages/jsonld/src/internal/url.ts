/**
 * An absolute http(s) URL without whitespace, as WHATWG URL parses it (the same answer on every
 * machine). Shared by the options check of `toJsonLd` and the validator, so both accept the same.
 */
export function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
