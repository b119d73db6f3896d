import { describe, expect, it } from 'vitest';
import { FeatureBuffer, buildDocContext, sentenceFeatures } from '../../src/ner/features.js';
import { GAZ_B, GAZ_L, GAZ_U, Gazetteer, gazBit } from '../../src/ner/gazetteer.js';
import { hashString, mix } from '../../src/ner/hash.js';
import { winkTokens } from '../../src/ner/tokens.js';

const gazetteer = new Gazetteer([
  ['new york', gazBit('city')],
  ['york', gazBit('city')],
  ['angela', gazBit('first')],
]);

function featureIds(text: string, bits = 18): number[][] {
  const tokens = winkTokens(text);
  const ctx = buildDocContext(tokens, gazetteer);
  const buf = new FeatureBuffer();
  const out: number[][] = [];
  for (let s = 0; s < tokens.sentStart.length; s++) {
    const n = sentenceFeatures(ctx, s, new Map(), bits, buf);
    for (let k = 0; k < n; k++) out.push([...buf.ids.subarray(buf.offsets[k], buf.offsets[k + 1])]);
  }
  return out;
}

describe('feature hashing', () => {
  it('is FNV-1a, stable across runs and platforms', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(mix(1, 2)).toBe(mix(1, 2));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
  });

  it('gives the same ids to the same sentence every time', () => {
    const text = 'Angela Merkel flew to New York on Monday.';
    expect(featureIds(text)).toEqual(featureIds(text));
  });

  it('keeps every id inside the table', () => {
    for (const ids of featureIds('Iraqi Prime Minister Mohammed al-Sudani met Blinken.', 12)) {
      for (const id of ids) expect(id >= 0 && id < 1 << 12).toBe(true);
    }
  });

  it('tells different words apart and sees the context', () => {
    const [merkel] = featureIds('Merkel');
    const [obama] = featureIds('Obama');
    expect(new Set(merkel).size - merkel.filter((id) => obama.includes(id)).length).toBeGreaterThan(5);
    // the same word in another context shares its own features but not all of them
    const a = featureIds('Merkel said')[0];
    const b = featureIds('Merkel left')[0];
    expect(a).not.toEqual(b);
    expect(a.filter((id) => b.includes(id)).length).toBeGreaterThan(a.length / 2);
  });
});

describe('document context', () => {
  it('marks gazetteer matches longest first', () => {
    const tokens = winkTokens('Angela flew to New York.');
    const ctx = buildDocContext(tokens, gazetteer);
    expect([...ctx.gazPos]).toEqual([GAZ_U, 0, 0, GAZ_B, GAZ_L, 0]);
    expect(ctx.gazMask[3]).toBe(gazBit('city'));
  });

  it('recognizes a capitals-only headline and how its words are written in the body', () => {
    const tokens = winkTokens('GERMAN FARMERS PROTEST IN BONN\nThe German farmers met in Bonn on Monday.');
    const ctx = buildDocContext(tokens, gazetteer);
    expect([...ctx.headline]).toEqual([1, 0]);
    const german = ctx.words.indexOf('german');
    const farmers = ctx.words.indexOf('farmers');
    expect(ctx.docCase[german]).toBe(1); // capitalized in the body
    expect(ctx.docCase[farmers]).toBe(2); // lower-case in the body
  });
});
