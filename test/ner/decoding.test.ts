import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAGS, TAG_COUNT, TAG_O, legalEnd, legalStart, legalTransition, spansToTags, tagIndex, tagsToSpans } from '../../src/ner/tags.js';
import { viterbi } from '../../src/ner/viterbi.js';

const tag = (name: string): number => TAGS.findIndex((t) => t.name === name);

describe('BILOU tags', () => {
  it('forbids a name continuing after O or changing type inside', () => {
    expect(legalTransition(TAG_O, tag('I-PER'))).toBe(false);
    expect(legalTransition(TAG_O, tag('L-ORG'))).toBe(false);
    expect(legalTransition(tag('B-PER'), tag('L-LOC'))).toBe(false);
    expect(legalTransition(tag('B-PER'), tag('O'))).toBe(false);
    expect(legalTransition(tag('B-PER'), tag('L-PER'))).toBe(true);
    expect(legalTransition(tag('U-LOC'), tag('B-ORG'))).toBe(true);
    expect(legalStart(tag('I-MISC'))).toBe(false);
    expect(legalEnd(tag('B-MISC'))).toBe(false);
  });

  it('turns "Angela Merkel visited Paris" tags into two names', () => {
    // Angela Merkel visited Paris
    const tags = [tag('B-PER'), tag('L-PER'), TAG_O, tag('U-LOC')];
    expect(tagsToSpans(tags)).toEqual([
      { first: 0, last: 2, type: 0 },
      { first: 3, last: 4, type: 1 },
    ]);
  });

  it('round-trips any set of non-overlapping names', () => {
    const spansArb = fc.array(fc.record({ gap: fc.nat(3), length: fc.integer({ min: 1, max: 4 }), type: fc.nat(3) }), { maxLength: 8 });
    fc.assert(
      fc.property(spansArb, fc.nat(3), (parts, tail) => {
        let at = 0;
        const spans = parts.map((p) => {
          const first = at + p.gap;
          at = first + p.length;
          return { first, last: at, type: p.type };
        });
        expect(tagsToSpans(spansToTags(at + tail, spans))).toEqual(spans);
      }),
    );
  });
});

describe('Viterbi decoding', () => {
  const isLegal = (tags: Uint8Array): boolean => {
    if (tags.length === 0) return true;
    if (!legalStart(tags[0]) || !legalEnd(tags[tags.length - 1])) return false;
    for (let i = 1; i < tags.length; i++) if (!legalTransition(tags[i - 1], tags[i])) return false;
    return true;
  };

  it('never emits an illegal sequence, whatever the scores', () => {
    const score = fc.float({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(score, { minLength: 12 * TAG_COUNT, maxLength: 12 * TAG_COUNT }), fc.array(score, { minLength: TAG_COUNT * TAG_COUNT, maxLength: TAG_COUNT * TAG_COUNT }), (n, em, tr) => {
        const out = viterbi(n, Float32Array.from(em), Float32Array.from(tr), new Uint8Array(n));
        expect(isLegal(out)).toBe(true);
      }),
    );
  });

  it('repairs a sequence whose best local tags are illegal', () => {
    // Scores want O then I-PER then L-PER ("the Merkel said"): I-PER cannot follow O.
    const n = 3;
    const em = new Float32Array(n * TAG_COUNT).fill(-5);
    em[0 * TAG_COUNT + TAG_O] = 5;
    em[1 * TAG_COUNT + tag('I-PER')] = 10;
    em[1 * TAG_COUNT + tag('B-PER')] = 4;
    em[2 * TAG_COUNT + tag('L-PER')] = 5;
    const out = viterbi(n, em, new Float32Array(TAG_COUNT * TAG_COUNT), new Uint8Array(n));
    expect([...out].map((t) => TAGS[t].name)).toEqual(['O', 'B-PER', 'L-PER']);
  });

  it('picks the best path when everything is legal (checked by brute force)', () => {
    const small = fc.float({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(small, { minLength: 2 * TAG_COUNT, maxLength: 2 * TAG_COUNT }), fc.array(small, { minLength: TAG_COUNT * TAG_COUNT, maxLength: TAG_COUNT * TAG_COUNT }), (em, tr) => {
        const e = Float32Array.from(em);
        const t = Float32Array.from(tr);
        let best = -Infinity;
        for (let a = 0; a < TAG_COUNT; a++)
          for (let b = 0; b < TAG_COUNT; b++) {
            if (!legalStart(a) || !legalEnd(b) || !legalTransition(a, b)) continue;
            best = Math.max(best, e[a] + e[TAG_COUNT + b] + t[a * TAG_COUNT + b]);
          }
        const out = viterbi(2, e, t, new Uint8Array(2));
        const got = e[out[0]] + e[TAG_COUNT + out[1]] + t[out[0] * TAG_COUNT + out[1]];
        expect(got).toBeCloseTo(best, 3);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers each tag uniquely', () => {
    expect(tagIndex('O', -1)).toBe(TAG_O);
    expect(new Set(TAGS.map((t) => t.name)).size).toBe(TAG_COUNT);
    expect(TAGS[tagIndex('L', 2)].name).toBe('L-ORG');
  });
});
