import { describe, expect, it } from 'vitest';
import { hashString, mix, mix3 } from '../../src/ner/hash.js';

describe('feature hashing', () => {
  it('mixes three values as two mixes in a row, for every kind of 32-bit input', () => {
    const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, hashString('Merkel'), hashString('said'), 17, 46];
    for (const a of values) for (const b of values) for (const c of values) expect(mix3(a, b, c)).toBe(mix(mix(a, b), c));
  });

  it('depends on the order of the values', () => {
    const a = hashString('New');
    const b = hashString('York');
    expect(mix(a, b)).not.toBe(mix(b, a));
    expect(mix3(1, a, b)).not.toBe(mix3(1, b, a));
  });
});
