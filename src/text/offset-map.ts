import type { OffsetMap, Span } from '../model/doc.js';

/*
 * How to read an OffsetMap. `segments` are position-exact runs: a run of `length` text characters starting at
 * `textStart` sits at `rawStart` in raw, character for character. A run may hold one-for-one substitutions made by
 * `clean` (NBSP -> space, ’ -> '), because those keep every offset exact. Text characters outside every run (a
 * "gap") replaced or were inserted into the raw stretch between the two neighbouring runs (`&amp;` -> `&`, a tag
 * -> newline, a space inserted into a glued word); raw characters outside every run were deleted (a credit line, a
 * tag, a zero-width space).
 */

/** The identity map, for text that clean left untouched. */
export function identityMap(length: number): OffsetMap {
  return { segments: length > 0 ? [{ textStart: 0, rawStart: 0, length }] : [], rawLength: length, textLength: length };
}

/** Index of the last run whose `side` start is at or before `offset`, or -1 (runs are sorted on both sides). */
function lastRunStartingBy(map: OffsetMap, side: 'textStart' | 'rawStart', offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid][side] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last run starting at or before `textOffset`, or -1. */
function runAtOrBefore(map: OffsetMap, textOffset: number): number {
  return lastRunStartingBy(map, 'textStart', textOffset);
}

/**
 * Raw offset of a text offset used as a start. Inside a copied run the mapping is exact; the first character of a
 * gap maps to the start of the raw stretch it replaced; a later gap character maps to the raw position where the
 * next run starts (so a span never grows to cover raw text that was set aside).
 */
export function toRaw(map: OffsetMap, textOffset: number): number {
  const segs = map.segments;
  const found = runAtOrBefore(map, textOffset);
  if (found >= 0) {
    const s = segs[found];
    if (textOffset <= s.textStart + s.length) return s.rawStart + (textOffset - s.textStart);
    const next = segs[found + 1];
    return next ? next.rawStart : map.rawLength;
  }
  // Before the first run: text there replaced the raw stretch that starts at 0.
  return textOffset <= 0 || segs.length === 0 ? 0 : segs[0].rawStart;
}

/**
 * Raw offset of a text offset used as an end (exclusive). Inside or at the end of a run it is exact; when the last
 * character of the span is a gap character, the end is the end of the raw stretch that the gap replaced, so that a
 * span ending in a decoded `&amp;` covers all of `&amp;` in raw.
 */
export function toRawEnd(map: OffsetMap, textEnd: number): number {
  const segs = map.segments;
  if (textEnd <= 0) return toRaw(map, 0);
  const found = runAtOrBefore(map, textEnd - 1);
  if (found < 0) return segs.length > 0 ? segs[0].rawStart : map.rawLength;
  const s = segs[found];
  if (textEnd <= s.textStart + s.length) return s.rawStart + (textEnd - s.textStart);
  const next = segs[found + 1];
  return next ? next.rawStart : map.rawLength;
}

/** Raw span of a text span: the end maps as an end (the raw end of the last character), not as a start. */
export function spanToRaw(map: OffsetMap, span: Span): Span {
  const start = toRaw(map, span.start);
  if (span.end <= span.start) return { start, end: start };
  const end = toRawEnd(map, span.end);
  return { start, end: Math.max(start, end) };
}

/** Text offset of a raw offset, or -1 when that raw character was set aside (a credit line, a stripped tag). */
export function fromRaw(map: OffsetMap, rawOffset: number): number {
  const segs = map.segments;
  const found = lastRunStartingBy(map, 'rawStart', rawOffset);
  // A raw offset exactly at the end of one run and the start of the next belongs to the next; otherwise check the
  // end of the run found (an end offset is a valid position too).
  if (found < 0) return -1;
  const s = segs[found];
  if (rawOffset <= s.rawStart + s.length) return s.textStart + (rawOffset - s.rawStart);
  return -1;
}

/**
 * Chains two maps: `first` maps an intermediate text to raw, `second` maps the final text to that intermediate text.
 * The result maps the final text to raw. A character stays in a run only when it is copied by both steps.
 */
export function composeMaps(first: OffsetMap, second: OffsetMap): OffsetMap {
  const out: OffsetMap['segments'] = [];
  const a = first.segments;
  let i = 0;
  for (const b of second.segments) {
    const bMidStart = b.rawStart;
    const bMidEnd = b.rawStart + b.length;
    while (i < a.length && a[i].textStart + a[i].length <= bMidStart) i++;
    for (let j = i; j < a.length && a[j].textStart < bMidEnd; j++) {
      const lo = Math.max(bMidStart, a[j].textStart);
      const hi = Math.min(bMidEnd, a[j].textStart + a[j].length);
      if (hi <= lo) continue;
      pushRun(out, b.textStart + (lo - bMidStart), a[j].rawStart + (lo - a[j].textStart), hi - lo);
    }
  }
  return { segments: out, rawLength: first.rawLength, textLength: second.textLength };
}

/** Appends a run, extending the previous one when the two are contiguous in text and in raw. */
export function pushRun(runs: OffsetMap['segments'], textStart: number, rawStart: number, length: number): void {
  if (length <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.textStart + last.length === textStart && last.rawStart + last.length === rawStart) {
    last.length += length;
  } else runs.push({ textStart, rawStart, length });
}
