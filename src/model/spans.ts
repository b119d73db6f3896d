import type { Span } from './doc.js';

/**
 * Small span and offset helpers shared by the stages: every layer is a list of spans in text order, and the same two
 * questions come back in each (where does an offset fall among sorted starts; which of overlapping finds to keep).
 */

/** Index of the first value ≥ `value` in ascending `sorted`, or its length when there is none (binary search). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans sorted by start, the longer first at the same start, without any span that overlaps one kept before it:
 * of overlapping finds, the earliest (then the longest) wins. Sorts `spans` in place.
 */
export function firstOfOverlapping<T extends Span>(spans: T[]): T[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let keptEnd = -1;
  for (const s of spans) {
    if (s.start < keptEnd) continue;
    kept.push(s);
    keptEnd = s.end;
  }
  return kept;
}
