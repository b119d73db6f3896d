import { describe, expect, it } from 'vitest';
import { exactMatch, overlapMatch, prf, sameName, sameSpeaker, tokenF1 } from '../../src/eval/match.js';

describe('precision and recall arithmetic', () => {
  it('counts 2 right of 4 predicted against 5 gold as P 0.5, R 0.4', () => {
    const s = prf(2, 5, 4);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.4);
    expect(s.f1).toBeCloseTo((2 * 0.5 * 0.4) / 0.9);
  });
  it('gives 0 precision, not NaN, when nothing was predicted but something was to be found', () => {
    expect(prf(0, 3, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('treats an empty answer to an empty question as right', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('matching spans', () => {
  const gold = [
    { start: 0, end: 15, type: 'PERSON' },
    { start: 30, end: 34, type: 'PLACE' },
  ];
  it('pairs exact spans only when the type agrees', () => {
    const pred = [
      { start: 0, end: 15, type: 'PERSON' },
      { start: 30, end: 34, type: 'ORG' },
    ];
    const m = exactMatch(gold, pred, (g, p) => g.type === p.type);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.unmatchedGold).toEqual([1]);
    expect(m.unmatchedPred).toEqual([1]);
  });
  it('uses each prediction once even when two gold spans are identical', () => {
    const m = exactMatch([gold[0], gold[0]], [gold[0]]);
    expect(m.pairs).toHaveLength(1);
    expect(m.unmatchedGold).toEqual([1]);
  });
  it('pairs overlapping spans one-to-one, the largest overlap first', () => {
    // "the Foreign Minister said" vs two predictions: one covers most of it, one only its tail.
    const g = [{ start: 10, end: 40 }];
    const p = [
      { start: 35, end: 50 },
      { start: 12, end: 40 },
    ];
    const m = overlapMatch(g, p);
    expect(m.pairs).toEqual([[0, 1]]);
    expect(m.unmatchedPred).toEqual([0]);
  });
  it('does not pair spans that only touch', () => {
    expect(overlapMatch([{ start: 0, end: 5 }], [{ start: 5, end: 9 }]).pairs).toEqual([]);
  });
});

describe('claim objects and speakers', () => {
  it('scores token F1 over words, ignoring case and punctuation', () => {
    expect(tokenF1('to work with Iraq on security', 'To work with Iraq on security.')).toBe(1);
    expect(tokenF1('prevent a re-emergence of the Islamic State', 'the Islamic State')).toBeCloseTo((2 * 1 * (3 / 8)) / (1 + 3 / 8));
    expect(tokenF1('raise pensions', 'cut taxes')).toBe(0);
  });
  it('accepts a surname for a full name, not a different first name', () => {
    expect(sameSpeaker('Anthony Blinken', 'Blinken')).toBe(true);
    expect(sameSpeaker('Anthony Blinken', 'anthony  BLINKEN')).toBe(true);
    expect(sameSpeaker('Joe Biden', 'Hunter Biden')).toBe(false);
    expect(sameSpeaker('Joe Biden', null)).toBe(false);
    expect(sameSpeaker('Moldovan government', 'the Moldovan government')).toBe(true);
    expect(sameSpeaker('Voltara Motors', 'Voltara')).toBe(true);
    expect(sameSpeaker('World Food Programme', 'WFP')).toBe(true);
    expect(sameSpeaker('Voltara Motors', 'Motors Voltara Group')).toBe(false);
  });
});

describe('canonical names', () => {
  it('takes an acronym and its expansion as the same name', () => {
    expect(sameName('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(sameName('Organization for Security and Co-operation in Europe', 'OSCE')).toBe(true);
    expect(sameName('EU', 'European Union')).toBe(true);
    expect(sameName('European Commission', 'the European Commission')).toBe(true);
  });
  it('keeps different names apart', () => {
    expect(sameName('EU', 'European Commission')).toBe(false);
    expect(sameName('Commission', 'European Commission')).toBe(false);
    expect(sameName('Iraq', null)).toBe(false);
  });
});
