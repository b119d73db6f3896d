import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/ner/hash.js';
import { FLAG_ALL_CAPS, FLAG_HAS_HYPHEN, FLAG_INIT_CAP, Vocab } from '../../src/ner/vocab.js';

describe('the vocabulary of token surfaces', () => {
  it('gives one id per distinct surface, found again inside any text without slicing it out', () => {
    const v = new Vocab();
    const text = 'Merkel met merkel fans; Merkel left.';
    const a = v.idAt(text, 0, 6);
    expect(v.idAt(text, 11, 17)).not.toBe(a); // "merkel" is another surface
    expect(v.idAt(text, 24, 30)).toBe(a);
    expect(v.id('Merkel')).toBe(a);
    expect(v.surface[a]).toBe('Merkel');
    // both cases share one lower-cased string and its hash
    expect(v.lowerWord[v.id('merkel')]).toBe(v.lowerWord[a]);
    expect(v.lower[a]).toBe(hashString('merkel'));
    expect(v.raw[a]).toBe(hashString('Merkel'));
  });

  it('describes the word: case, hyphens, affixes', () => {
    const v = new Vocab();
    const nato = v.id('NATO');
    expect(v.flags[nato] & FLAG_ALL_CAPS).toBeTruthy();
    const led = v.id('US-led');
    expect(v.flags[led] & FLAG_HAS_HYPHEN).toBeTruthy();
    expect(v.flags[led] & FLAG_INIT_CAP).toBeTruthy();
    expect(v.prefix[v.id('of') * 4 + 2]).toBe(0); // shorter than three letters: no third prefix
  });

  it('keeps every id right while its table grows to thousands of words', () => {
    const v = new Vocab();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const ids = words.map((w) => v.id(w));
    expect(new Set(ids).size).toBe(words.length);
    const text = words.join(' ');
    let at = 0;
    words.forEach((w, i) => {
      expect(v.idAt(text, at, at + w.length)).toBe(ids[i]);
      at += w.length + 1;
    });
    expect(v.size).toBe(words.length);
  });
});
