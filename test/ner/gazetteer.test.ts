import { describe, expect, it } from 'vitest';
import { GAZ_B, GAZ_L, GAZ_NONE, GAZ_U, Gazetteer, gazBit } from '../../src/ner/gazetteer.js';

function matchAll(g: Gazetteer, words: string[], ids?: number[], generation = 0): { mask: number[]; pos: number[] } {
  const mask = new Uint16Array(words.length);
  const pos = new Uint8Array(words.length);
  g.match(words, 0, words.length, mask, pos, ids, generation);
  return { mask: [...mask], pos: [...pos] };
}

describe('the model gazetteer', () => {
  const g = new Gazetteer([
    ['new york', gazBit('city')],
    ['york', gazBit('city')],
    ['united states', gazBit('country')],
  ]);

  it('marks the longest phrases, with or without the words\' vocabulary ids', () => {
    const words = ['in', 'new', 'york', 'and', 'york', 'the', 'united', 'states'];
    const plain = matchAll(g, words);
    expect(plain.pos).toEqual([GAZ_NONE, GAZ_B, GAZ_L, GAZ_NONE, GAZ_U, GAZ_NONE, GAZ_B, GAZ_L]);
    expect(plain.mask[4]).toBe(gazBit('city'));
    expect(plain.mask[7]).toBe(gazBit('country'));
    // each distinct word one id, in order of first sight, as the vocabulary gives them
    const ids = [0, 1, 2, 3, 2, 4, 5, 6];
    expect(matchAll(g, words, ids, 1)).toEqual(plain);
    expect(matchAll(g, words, ids, 1)).toEqual(plain); // answered from the remembered first words
  });

  it('forgets the remembered first words when the vocabulary starts over', () => {
    matchAll(g, ['york'], [0], 2);
    // id 0 is another word in the next generation
    expect(matchAll(g, ['paris', 'york'], [0, 1], 3)).toEqual({ mask: [0, gazBit('city')], pos: [GAZ_NONE, GAZ_U] });
  });
});
