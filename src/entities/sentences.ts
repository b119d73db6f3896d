import type { Span } from '../model/doc.js';

/**
 * Sentence spans when `segment` gave none (an older pipeline, a test that skips it): lines, cut after ., ! or ?
 * before a capital. Rough on purpose; the segmenter's sentences are used whenever there are any.
 */
export function fallbackSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lineStart = m.index;
    const line = m[0];
    const cut = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;
    let from = 0;
    let c: RegExpExecArray | null;
    while ((c = cut.exec(line)) !== null) {
      const to = c.index + c[0].trimEnd().length;
      spans.push({ start: lineStart + from, end: lineStart + to });
      from = c.index + c[0].length;
    }
    if (from < line.length) spans.push({ start: lineStart + from, end: lineStart + line.length });
  }
  return spans;
}
