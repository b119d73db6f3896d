import { describe, expect, it } from 'vitest';
import { docOf } from './read.js';

const units = (raw: string): Array<[string, string, string | null]> => docOf(raw).quantities.map((q) => [q.text, q.kind, q.unit]);

describe('elided units', () => {
  it('copies the unit to a number followed by "more" or compared with the one before', () => {
    expect(units('The line operates 45 container ships and has ordered 12 more.')).toEqual([
      ['45 container ships', 'count', 'ships'],
      ['12', 'count', 'ships'],
    ]);
    expect(units('The ruling party polled 38 percent against 27 for the opposition.')).toEqual([
      ['38 percent', 'percent', 'percent'],
      ['27', 'percent', 'percent'],
    ]);
    expect(units('Joblessness rose to 12 percent from 9 a year earlier.')).toEqual([
      ['12 percent', 'percent', 'percent'],
      ['9', 'percent', 'percent'],
    ]);
  });

  it('copies money and measures with their normalized unit and kind', () => {
    const doc = docOf('Revenue rose to $5 billion from 4 billion.');
    expect(doc.quantities.map((q) => [q.text, q.kind, q.value, q.unit, q.currency])).toEqual([
      ['$5 billion', 'money', 5e9, 'USD', 'USD'],
      ['4 billion', 'money', 4e9, 'USD', 'USD'],
    ]);
    expect(units('Exports rose to 35,000 tonnes in May and 20,000 in June.')).toEqual([
      ['35,000 tonnes', 'measure', 't'],
      ['20,000', 'measure', 't'],
    ]);
  });

  it('leaves a bare comparison without any unit before it unitless', () => {
    expect(units('Unemployment rose to 12 from 9.')).toEqual([
      ['12', 'count', null],
      ['9', 'count', null],
    ]);
  });

  it('counts the people of a casualty verb or state', () => {
    expect(units('Floods kill 14 in northern Italy')).toEqual([['14', 'count', 'people']]);
    expect(units('The storm killed at least 14 and injured 30 in Peru.')).toEqual([
      ['at least 14', 'count', 'people'],
      ['30', 'count', 'people'],
    ]);
    expect(units('After the quake, 14 were dead and three missing.')).toEqual([
      ['14', 'count', 'people'],
      ['three', 'count', 'people'],
    ]);
  });
});

describe('parts of a whole', () => {
  it('gives a part the noun of the whole after it', () => {
    expect(units('Dock workers make up 8,000 of the port’s 11,000 employees.')).toEqual([
      ['8,000', 'count', 'employees'],
      ['11,000 employees', 'count', 'employees'],
    ]);
    expect(units('Three of the five judges agreed.')).toEqual([
      ['Three', 'count', 'judges'],
      ['five judges', 'count', 'judges'],
    ]);
    expect(units('The ministry said 3 in 10 bakeries had closed.')).toEqual([
      ['3', 'count', 'bakeries'],
      ['10 bakeries', 'count', 'bakeries'],
    ]);
  });

  it('counts the people of a death toll', () => {
    expect(units('The death toll from the floods rose to 23 on Tuesday.')).toEqual([['23', 'count', 'people']]);
  });
});

describe('ranges and changes', () => {
  it('reads a range of percents written either way', () => {
    for (const s of ['Growth will be between 3 and 5 percent.', 'Growth will be between 3 percent and 5 percent.']) {
      expect(docOf(s).quantities).toMatchObject([{ kind: 'percent', value: 3, valueMax: 5, unit: 'percent' }]);
    }
  });

  it('keeps the two values of a change apart', () => {
    expect(docOf('Inflation rose from 9 percent to 12 percent in March.').quantities.map((q) => [q.text, q.value, q.valueMax])).toEqual([
      ['9 percent', 9, undefined],
      ['12 percent', 12, undefined],
    ]);
  });
});

describe('place attachment', () => {
  it('attaches the place after a linking verb', () => {
    const doc = docOf('About 2,500 troops were in Iraq, and 900 remain in Syria.');
    expect(doc.quantities.map((q) => [q.text, q.unit, q.place === undefined ? null : doc.mentions[q.place].text])).toEqual([
      ['About 2,500 troops', 'troops', 'Iraq'],
      ['900', 'troops', 'Syria'],
    ]);
  });
});

describe('shares of a group', () => {
  it('reads a fraction of a group as a percent, with its qualifier', () => {
    expect(docOf('Two-thirds of voters backed the plan, and nearly half of them were women.').quantities.map((q) => [q.text, q.kind, q.value, q.unit, q.approx])).toEqual([
      ['Two-thirds', 'percent', 66.67, 'percent', false],
      ['nearly half', 'percent', 50, 'percent', true],
    ]);
    expect(docOf('A quarter of the staff were laid off and half the budget was cut.').quantities.map((q) => [q.text, q.value])).toEqual([
      ['A quarter', 25],
      ['half', 50],
    ]);
  });

  it('leaves fractions of a time or of a period alone', () => {
    expect(docOf('Output fell in the first half of 2025, and the meeting lasted half an hour.').quantities).toEqual([]);
    // Without its count, a quarter is a district.
    expect(docOf('Farmers blocked the European quarter of Brussels.').quantities).toEqual([]);
  });
});

describe('scores and tables', () => {
  it('reads no quantity in a score', () => {
    expect(units('Rotor lost 1-0 at home, and Romania beat Lithuania 2-1 after a 1-1 draw.')).toEqual([]);
    // A rising pair is a range.
    expect(units('Prices rose 3-5 percent.')).toEqual([['3-5 percent', 'percent', 'percent']]);
  });

  it('takes no counted noun from the next line', () => {
    expect(units('Henman beat Flach 6-3 6-4 7\nMen’s singles, second round')).toEqual([['7', 'count', null]]);
  });
});

