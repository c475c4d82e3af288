/** Levenshtein distance between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known id closest to a mistyped one, for a "did you mean" hint: the first at the smallest
 * edit distance, when that is small for the id's length.
 *
 * @param id - The id that was not found.
 * @param known - The ids there are.
 * @returns The suggestion, or `undefined` when none is close.
 * @example
 * ```ts
 * import { EVENT_IDS, suggestId } from '@track4tip/core';
 * suggestId('unodc-webinr', EVENT_IDS); // "unodc-webinar"
 * suggestId('quito-training', EVENT_IDS); // undefined
 * ```
 */
export function suggestId(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    // Ids far apart in length cannot be close: skip them without the quadratic comparison.
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
