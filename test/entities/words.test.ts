import { describe, expect, it } from 'vitest';
import { isShouting } from '../../src/entities/words.js';

describe('shouting lines', () => {
  it('tells an all-caps headline from running text', () => {
    expect(isShouting('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.')).toBe(true);
    expect(isShouting('Japan began the defence of their Asian Cup title with a lucky 2-1 win.')).toBe(false);
    // a few capitals are no shouting; accented capitals count as capitals
    expect(isShouting('NATO and the EU met.')).toBe(false);
    expect(isShouting('ÉLYSÉE ÉCARTE TOUT REMANIEMENT')).toBe(true);
  });

  it('reads a range of a text as the same words sliced out', () => {
    const text = 'Japan won. TENNIS - RESULTS OF THE U.S. OPEN ON SUNDAY\nThe match ended late.';
    const ranges: Array<[number, number]> = [[0, 10], [11, 54], [55, text.length], [0, text.length], [5, 30]];
    for (const [a, b] of ranges) expect(isShouting(text, a, b)).toBe(isShouting(text.slice(a, b)));
    expect(isShouting(text, 11, 54)).toBe(true);
  });
});
