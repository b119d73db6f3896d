import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc } from '../../src/model/create.js';
import type { Doc, Quantity } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';
import { resolve } from '../../src/stages/resolve.js';
import { quantities } from '../../src/stages/quantities.js';
import { extractNumbers } from '../../src/quantities/numbers.js';
import { extractMentions } from '../../src/quantities/extract.js';
import { scoreCase } from '../../src/quantities/recognizers-spec.js';

function docOf(raw: string): Doc {
  return quantities(resolve(entities(segment(clean(createDoc({ id: 't', source: 'test', published: '2024-12-13', title: null, raw }))))));
}

function quantitiesOf(raw: string): Quantity[] {
  const doc = docOf(raw);
  for (const q of doc.quantities) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  return doc.quantities;
}

const valuesOf = (text: string): number[] => extractNumbers(text).map((n) => n.value);

describe('counts', () => {
  it('reads a count with its counted noun and qualifier', () => {
    expect(quantitiesOf('Washington maintains about 2,500 troops in Iraq.')).toMatchObject([
      { text: 'about 2,500 troops', kind: 'count', value: 2500, unit: 'troops', approx: true, qualifier: 'about' },
    ]);
  });

  it('copies the unit to an elided count and links each count to its place', () => {
    const doc = docOf('Washington maintains about 2,500 troops in Iraq and 900 in Syria.');
    expect(doc.quantities).toMatchObject([{ value: 2500, unit: 'troops' }, { text: '900', value: 900, unit: 'troops' }]);
    const places = doc.quantities.map((q) => (q.place === undefined ? null : doc.mentions[q.place].text));
    // The place link needs PLACE mentions from the entities stage; when they exist they must be the right ones.
    if (doc.mentions.some((m) => m.type === 'PLACE')) expect(places).toEqual(['Iraq', 'Syria']);
  });

  it('takes the head noun past adjectives and normalizes it to the plural', () => {
    expect(quantitiesOf('NATO has about 1,200 allied troops there.')).toMatchObject([{ value: 1200, unit: 'troops' }]);
    expect(quantitiesOf('Only one soldier was hurt.')).toMatchObject([{ value: 1, unit: 'soldiers' }]);
    expect(quantitiesOf('Voltara employs 41,000 people, 18,000 of them in Germany.')).toMatchObject([
      { value: 41000, unit: 'people' },
      { value: 18000, unit: 'people' },
    ]);
  });

  it('finds the counted noun of a share and of a bare figure from its sentence', () => {
    expect(quantitiesOf('She said that three of the 17 conditions had been met.')).toMatchObject([
      { text: 'three', value: 3, unit: 'conditions' },
      { text: '17 conditions', value: 17, unit: 'conditions' },
    ]);
  });

  it('reads money written with a lower-case m or bn, and crowns by the country of the article', () => {
    expect(quantitiesOf('The plant was losing £1.2m a day.')).toMatchObject([{ text: '£1.2m', value: 1.2e6, unit: 'GBP' }]);
    expect(quantitiesOf('Rates rose by 50 basis points.')).toMatchObject([{ kind: 'measure', value: 50, unit: 'bp' }]);
  });

  it('reads ages after names, number-noun adjectives and vague hundreds', () => {
    expect(quantitiesOf('Quina Jones, 25, said she came.')).toMatchObject([{ text: '25', kind: 'measure', value: 25, unit: 'yr' }]);
    expect(quantitiesOf('A three-judge panel ruled.')).toMatchObject([{ text: 'three-judge', value: 3, unit: 'judges' }]);
    expect(quantitiesOf('He welcomed several hundred guests.')).toMatchObject([{ value: 100, unit: 'guests', qualifier: 'several', approx: true }]);
    expect(quantitiesOf('Scott is one of at least 707 people shot by police.')).toMatchObject([{ text: 'at least 707 people', unit: 'people' }]);
  });

  it('reads written numbers', () => {
    expect(quantitiesOf('Ten soldiers and two million people and one hundred and twenty tanks.')).toMatchObject([
      { value: 10, unit: 'soldiers' },
      { value: 2e6, unit: 'people' },
      { value: 120, unit: 'tanks' },
    ]);
    expect(quantitiesOf('They sent a dozen drones.')).toMatchObject([{ value: 12, unit: 'drones' }]);
    // A fraction of a group is a share, a percent (src/quantities/README.md); of a time it is nothing.
    expect(quantitiesOf('Half the staff left.')).toMatchObject([{ text: 'Half', kind: 'percent', value: 50, unit: 'percent' }]);
    expect(quantitiesOf('The meeting lasted half an hour.')).toEqual([]);
  });

  it('keeps every qualifier as written, approximate unless exact', () => {
    const qs = quantitiesOf(
      'At least 40 people died, more than 300 civilians fled, up to 50 migrants drowned, nearly 60 houses burned, fewer than 10 children and roughly 15,000 families.',
    );
    expect(qs.map((q) => [q.qualifier, q.value, q.approx])).toEqual([
      ['at least', 40, true],
      ['more than', 300, true],
      ['up to', 50, true],
      ['nearly', 60, true],
      ['fewer than', 10, true],
      ['roughly', 15000, true],
    ]);
  });

  it('reads ranges', () => {
    expect(quantitiesOf('Between 10 and 20 people were arrested.')).toMatchObject([{ text: 'Between 10 and 20 people', value: 10, valueMax: 20, unit: 'people' }]);
    expect(quantitiesOf('It will cost 10-20 people their jobs.')).toMatchObject([{ value: 10, valueMax: 20, unit: 'people' }]);
    expect(quantitiesOf('The deal is worth $10-20 million.')).toMatchObject([{ kind: 'money', value: 1e7, valueMax: 2e7, currency: 'USD' }]);
  });

  it('reads plural scale words as approximate orders of magnitude', () => {
    expect(quantitiesOf('Thousands of people marched and millions of dollars were lost.')).toMatchObject([
      { text: 'Thousands of people', value: 1000, unit: 'people', approx: true },
      { text: 'millions of dollars', kind: 'money', value: 1e6, unit: 'USD', currency: 'USD', approx: true },
    ]);
  });

  it('reads European decimal commas but English thousands', () => {
    expect(valuesOf('2,3 million')).toEqual([2.3e6]);
    expect(valuesOf('2,500')).toEqual([2500]);
  });
});

describe('money, percents and measures', () => {
  it('reads money with its ISO currency', () => {
    const qs = quantitiesOf('It costs €150 billion, $450 million, 2.1 billion euros, US$ 3 million and £5bn.');
    expect(qs.map((q) => [q.kind, q.value, q.unit, q.currency])).toEqual([
      ['money', 150e9, 'EUR', 'EUR'],
      ['money', 450e6, 'USD', 'USD'],
      ['money', 2.1e9, 'EUR', 'EUR'],
      ['money', 3e6, 'USD', 'USD'],
      ['money', 5e9, 'GBP', 'GBP'],
    ]);
  });

  it('reads money with a qualifier, as in "more than $1.3 trillion"', () => {
    expect(quantitiesOf('Spending reached more than $1.3 trillion.')).toMatchObject([
      { text: 'more than $1.3 trillion', value: 1.3e12, unit: 'USD', approx: true, qualifier: 'more than' },
    ]);
  });

  it('reads percents written three ways', () => {
    expect(quantitiesOf('Prices rose 3.5 percent, wages 8 per cent and rents 4.2%.').map((q) => [q.kind, q.value, q.unit])).toEqual([
      ['percent', 3.5, 'percent'],
      ['percent', 8, 'percent'],
      ['percent', 4.2, 'percent'],
    ]);
  });

  it('reads measures with a short unit', () => {
    expect(quantitiesOf('The convoy drove 15 km in 40 degrees Celsius with 5 kg of food for a 10-year-old boy.').map((q) => [q.kind, q.value, q.unit])).toEqual([
      ['measure', 15, 'km'],
      ['measure', 40, 'C'],
      ['measure', 5, 'kg'],
      ['measure', 10, 'yr'],
    ]);
  });
});

describe('not quantities', () => {
  it.each([
    ['model names and codes', 'Blinken arrived on a C-17 escorted by F-16 jets after COVID-19 and the G7 summit, on a Boeing 737.'],
    ['clock times', 'The talks began at 10:30 and ended at 3 pm.'],
    ['years and dates', 'In 2024, on 13.12.2024, after Israel’s October 7 war and on December 13, 2024.'],
    ['ordinals used as names', 'The 5th Fleet sailed.'],
    ['phone numbers', 'Call +1-222-555-0100 or 0300-123-4567.'],
    ['page and section numbers', 'See page 12 and Section 8 of Article 5.'],
    ['clock times with a.m. and p.m.', 'The rally began at 7 p.m. and he tweeted at 3 a.m. and at three o’clock.'],
    ['abbreviated dates and day ranges', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) — the survey was conducted September 16-19.'],
    ['identifiers', 'The tweet 778257943577919488 has timestamp="1474387200".'],
    ['"one of the" idioms', 'It is one of the things worrying them.'],
    ['network generations', 'The merger would slow the roll-out of 5G networks.'],
    ['number words inside words and labels', 'She stopped to high-five fans; it was safe from Day 1.'],
    ['time spans, which the dates stage takes', 'Ten years ago the group rose; for five years it ruled.'],
  ])('%s', (_what, sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });
});

describe('the seed article', () => {
  const seed =
    'The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq and 900 in Syriawill work to prevent any strengthening and re-emergence of the Islamic State (IK). Iraqis and Syrians experienced the brutality of this jihadist organization, which ten years ago established a self-proclaimed caliphate in the region. Anthony Blinken arrived in Baghdad on a C-17 transport aircraft.';

  it('finds the two troop counts and nothing else', () => {
    expect(quantitiesOf(seed).map((q) => [q.value, q.unit, q.approx])).toEqual([
      [2500, 'troops', true],
      [900, 'troops', false],
    ]);
  });
});

describe('robustness', () => {
  it('never throws on odd input and keeps offsets exact', () => {
    for (const raw of ['', '   ', '1'.repeat(5000), '"unbalanced 5 “quotes', '😀 12 😀 €3', '-', '$', '1,2,3,4,5', '9'.repeat(400) + ' people']) {
      expect(() => quantitiesOf(raw)).not.toThrow();
    }
  });

  it('extracts from plain strings the same values the spec expects', () => {
    expect(valuesOf('one hundred and three and two thirds')[0]).toBeCloseTo(103.6667, 3);
    expect(valuesOf('half a dozen')).toEqual([6]);
    expect(valuesOf('three-nought-four')).toEqual([3, 0, 4]);
    expect(valuesOf('Which one do you prefer?')).toEqual([]);
    expect(extractMentions('50 cents').map((m) => [m.family, m.value, m.currency])).toEqual([['money', 0.5, 'USD']]);
  });
});

// Pieces of number-heavy news text: arbitrary mixes must keep every quantity well formed.
const numberPieces = [
  ' about', ' 2,500', ' troops', ' in Iraq', ' and', ' 900', ' between', ' 10', '-', '20', ' to', ' people', ' $', '€',
  '£', '5bn', ' million', ' billion', ' percent', '%', ' per cent', ' two', ' hundred', ' a dozen', ' half', ' thirds',
  ' C-17', ' 10:30', ' 13.12.2024', ' 2024', ' page', ' km', ' degrees Celsius', ' year-old', ' more than', ' up to',
  ' of them', ',', '.', ' ', '\n', ' 2,3', ' one', ' point', ' minus', ' 1/2', ' ½', ' US$', ' cents', ' ten years ago',
];

describe('every quantity is well formed (property)', () => {
  it('keeps spans exact, values finite and ranges ordered on shuffled number-heavy text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...numberPieces), { maxLength: 40 }), (pieces) => {
        const doc = docOf(pieces.join(''));
        for (const q of doc.quantities) {
          expect(doc.text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueMax !== undefined) expect(q.valueMax).toBeGreaterThan(q.value);
          if (q.kind === 'money') expect(q.unit).toBeTruthy();
          if (q.kind === 'percent') expect(q.unit).toBe('percent');
          if (q.place !== undefined) expect(doc.mentions[q.place].type).toBe('PLACE');
        }
        for (let k = 1; k < doc.quantities.length; k++) expect(doc.quantities[k].start).toBeGreaterThanOrEqual(doc.quantities[k - 1].end);
      }),
      { numRuns: 120 },
    );
  });
});

describe('the Recognizers-Text scorer', () => {
  const result = (text: string, start: number, value: string, extra: Record<string, string> = {}) => ({
    Text: text, TypeName: 'x', Start: start, End: start + text.length - 1, Resolution: { value, ...extra },
  });

  it('passes a case only when every value, in order, and the currency agree', () => {
    expect(scoreCase({ Input: 'two hundred', Results: [result('two hundred', 0, '200')] }, 'number').pass).toBe(true);
    expect(scoreCase({ Input: 'two hundred', Results: [result('two hundred', 0, '201')] }, 'number').pass).toBe(false);
    expect(scoreCase({ Input: 'one two', Results: [result('one', 0, '1')] }, 'number').pass).toBe(false);
    const euros = { Input: 'it cost 323 million euros .', Results: [result('323 million euros', 8, '323000000', { unit: 'Euro', isoCurrency: 'EUR' })] };
    expect(scoreCase(euros, 'currency')).toMatchObject({ pass: true, exact: true });
    const wrongCurrency = { ...euros, Results: [result('323 million euros', 8, '323000000', { unit: 'Japanese yen', isoCurrency: 'JPY' })] };
    expect(scoreCase(wrongCurrency, 'currency').pass).toBe(false);
    // Minor units: the spec counts "50 cents" as 50 Cent, we store 0.5 USD and keep the written 50.
    expect(scoreCase({ Input: 'down 50 cents', Results: [result('50 cents', 5, '50', { unit: 'Cent' })] }, 'currency').pass).toBe(true);
  });
});
