import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rewriter } from '../../src/text/rewriter.js';
import { composeMaps, fromRaw, identityMap, spanToRaw, toRaw } from '../../src/text/offset-map.js';
import type { OffsetMap } from '../../src/model/doc.js';

/** Runs are sorted, non-overlapping and increasing in both text and raw, and stay inside both strings. */
function assertMonotone(map: OffsetMap): void {
  let textEnd = 0;
  let rawEnd = 0;
  for (const s of map.segments) {
    expect(s.length).toBeGreaterThan(0);
    expect(s.textStart).toBeGreaterThanOrEqual(textEnd);
    expect(s.rawStart).toBeGreaterThanOrEqual(rawEnd);
    textEnd = s.textStart + s.length;
    rawEnd = s.rawStart + s.length;
  }
  expect(textEnd).toBeLessThanOrEqual(map.textLength);
  expect(rawEnd).toBeLessThanOrEqual(map.rawLength);
}

describe('the rewriter records an exact map while it edits', () => {
  it('maps copied words back to raw exactly around a deletion, a replacement and an insertion', () => {
    const raw = 'AT&amp;T said\u200b Iraqat noon';
    const w = new Rewriter(raw);
    w.copyTo(2);
    w.replace(5, '&'); // &amp; -> &
    w.copyTo(13);
    w.skip(1); // zero-width space
    w.copyTo(19);
    w.insert(' '); // Iraq|at
    const { text, map } = w.finish();
    expect(text).toBe('AT&T said Iraq at noon');
    assertMonotone(map);
    for (const word of ['AT', 'T', 'said', 'Iraq', 'at', 'noon']) {
      const start = text.indexOf(word, word === 'T' ? 3 : 0);
      const span = spanToRaw(map, { start, end: start + word.length });
      expect(raw.slice(span.start, span.end)).toBe(word);
    }
  });

  it('gives a span that ends in a decoded entity the whole entity in raw', () => {
    const raw = 'Smith &amp; Wesson';
    const w = new Rewriter(raw);
    w.copyTo(6);
    w.replace(5, '&');
    const { text, map } = w.finish();
    expect(text).toBe('Smith & Wesson');
    const all = spanToRaw(map, { start: 0, end: text.length });
    expect(raw.slice(all.start, all.end)).toBe(raw);
    const amp = spanToRaw(map, { start: 6, end: 7 });
    expect(raw.slice(amp.start, amp.end)).toBe('&amp;');
    const head = spanToRaw(map, { start: 0, end: 7 });
    expect(raw.slice(head.start, head.end)).toBe('Smith &amp;');
  });

  it('keeps one-for-one substitutions inside the run, so offsets stay exact', () => {
    const raw = 'Iran\u2019s\u00a0influence';
    const w = new Rewriter(raw);
    w.copyTo(4);
    w.substitute("'");
    w.copyTo(6);
    w.substitute(' ');
    const { text, map } = w.finish();
    expect(text).toBe("Iran's influence");
    expect(map.segments).toEqual([{ textStart: 0, rawStart: 0, length: raw.length }]);
    expect(fromRaw(map, 7)).toBe(7);
  });

  it('says a deleted raw character has no text offset', () => {
    const raw = 'ab\u200bcd';
    const w = new Rewriter(raw);
    w.copyTo(2);
    w.skip(1);
    const { text, map } = w.finish();
    expect(text).toBe('abcd');
    expect(fromRaw(map, 1)).toBe(1);
    expect(fromRaw(map, 3)).toBe(2);
    expect(toRaw(map, 2)).toBe(3);
  });
});

describe('composing maps', () => {
  it('chains two passes into one exact map', () => {
    const raw = '<p>Syriawill</p>';
    const first = new Rewriter(raw);
    first.skip(3);
    first.copyTo(12);
    first.skip(4);
    const mid = first.finish();
    expect(mid.text).toBe('Syriawill');
    const second = new Rewriter(mid.text);
    second.copyTo(5);
    second.insert(' ');
    const out = second.finish();
    expect(out.text).toBe('Syria will');
    const map = composeMaps(mid.map, out.map);
    assertMonotone(map);
    const will = spanToRaw(map, { start: 6, end: 10 });
    expect(raw.slice(will.start, will.end)).toBe('will');
    const syria = spanToRaw(map, { start: 0, end: 5 });
    expect(raw.slice(syria.start, syria.end)).toBe('Syria');
  });

  it('leaves the identity map unchanged when composed with an identity', () => {
    const map = composeMaps(identityMap(12), identityMap(12));
    expect(map.segments).toEqual([{ textStart: 0, rawStart: 0, length: 12 }]);
  });
});

/** A random edit script over a random string: each step copies, substitutes, replaces, deletes or inserts. */
const editScript = fc.record({
  raw: fc.string({ unit: 'grapheme', maxLength: 80 }),
  steps: fc.array(fc.tuple(fc.constantFrom('copy', 'substitute', 'replace', 'skip', 'insert'), fc.nat(6), fc.string({ maxLength: 3 })), { maxLength: 30 }),
});

describe('offset maps from arbitrary edits (property)', () => {
  it('are monotone, and every copied character maps to the same character in raw', () => {
    fc.assert(
      fc.property(editScript, ({ raw, steps }) => {
        const w = new Rewriter(raw);
        for (const [op, n, s] of steps) {
          if (op === 'copy') w.copyTo(w.pos + n);
          else if (op === 'substitute') w.substitute(s);
          else if (op === 'replace') w.replace(n, s);
          else if (op === 'skip') w.skip(n);
          else w.insert(s);
        }
        const { text, map } = w.finish();
        assertMonotone(map);
        expect(map.textLength).toBe(text.length);
        let previous = 0;
        for (let t = 0; t <= text.length; t++) {
          const r = toRaw(map, t);
          expect(r).toBeGreaterThanOrEqual(previous);
          expect(r).toBeLessThanOrEqual(raw.length);
          previous = r;
        }
        for (let a = 0; a < text.length; a += 3) {
          const span = spanToRaw(map, { start: a, end: Math.min(text.length, a + 5) });
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.end).toBeLessThanOrEqual(raw.length);
        }
        // With no substitutions, copied characters are the raw characters.
        if (!steps.some(([op]) => op === 'substitute')) {
          for (const s of map.segments) expect(text.slice(s.textStart, s.textStart + s.length)).toBe(raw.slice(s.rawStart, s.rawStart + s.length));
        }
      }),
      { numRuns: 300 },
    );
  });
});
