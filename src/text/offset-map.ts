import type { OffsetMap, Span } from '../model/doc.js';

/** The identity map, for text that clean left untouched. */
export function identityMap(length: number): OffsetMap {
  return { segments: length > 0 ? [{ textStart: 0, rawStart: 0, length }] : [], rawLength: length, textLength: length };
}

/**
 * Raw offset of a text offset. Inside a copied run the mapping is exact; an inserted character maps to the raw
 * position where the next run starts (so a span never grows to cover raw text that was set aside).
 */
export function toRaw(map: OffsetMap, textOffset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].textStart <= textOffset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0) {
    const s = segs[found];
    if (textOffset <= s.textStart + s.length) return s.rawStart + (textOffset - s.textStart);
    const next = segs[found + 1];
    return next ? next.rawStart : map.rawLength;
  }
  return segs.length > 0 ? segs[0].rawStart : 0;
}

/** Raw span of a text span: the end maps as an end (the raw end of the last character), not as a start. */
export function spanToRaw(map: OffsetMap, span: Span): Span {
  const start = toRaw(map, span.start);
  if (span.end <= span.start) return { start, end: start };
  const end = toRaw(map, span.end - 1) + 1;
  return { start, end: Math.max(start, end) };
}

/** Text offset of a raw offset, or -1 when that raw character was set aside (a credit line, a stripped tag). */
export function fromRaw(map: OffsetMap, rawOffset: number): number {
  for (const s of map.segments) {
    if (rawOffset >= s.rawStart && rawOffset <= s.rawStart + s.length) return s.textStart + (rawOffset - s.rawStart);
  }
  return -1;
}
