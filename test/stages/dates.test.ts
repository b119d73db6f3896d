import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc } from '../../src/model/create.js';
import type { Doc, TimeExpression } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { dates } from '../../src/stages/dates.js';

function docOf(raw: string, published: string | null = '2024-12-13'): Doc {
  return dates(segment(clean(createDoc({ id: 't', source: 'test', published, title: null, raw }))));
}

/** Time expressions of a sentence published on Friday 13 December 2024, with their offsets checked. */
function timesOf(raw: string, published: string | null = '2024-12-13'): TimeExpression[] {
  const doc = docOf(raw, published);
  for (const t of doc.times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  return doc.times;
}

const brief = (ts: TimeExpression[]): Array<[string, string, string]> => ts.map((t) => [t.text, t.value, t.granularity]);

describe('absolute dates', () => {
  it('reads dd.mm.yyyy day-first, month names and ISO', () => {
    expect(brief(timesOf('Blinken visited today (13.12.2024) Iraq.'))).toEqual([
      ['today', '2024-12-13', 'day'],
      ['13.12.2024', '2024-12-13', 'day'],
    ]);
    expect(brief(timesOf('The works start on 06.01.2025.'))).toEqual([['06.01.2025', '2025-01-06', 'day']]);
    expect(brief(timesOf('It was signed on December 13, 2024 and filed 2024-12-13.'))).toEqual([
      ['December 13, 2024', '2024-12-13', 'day'],
      ['2024-12-13', '2024-12-13', 'day'],
    ]);
  });

  it('reads a month with a year and a bare year', () => {
    expect(brief(timesOf('Iraq agreed to end the mission until September 2025.'))).toEqual([['September 2025', '2025-09', 'month']]);
    expect(brief(timesOf('Voltara sold 620,000 cars in 2024.'))).toEqual([['2024', '2024', 'year']]);
  });
});

describe('relative dates, resolved against the publication date', () => {
  it('reads today, yesterday and last Sunday', () => {
    expect(brief(timesOf('Since last Sunday, and the fall of Assad, Iraq demanded respect.'))).toEqual([['last Sunday', '2024-12-08', 'day']]);
    expect(brief(timesOf('The minister arrived yesterday.'))).toEqual([['yesterday', '2024-12-12', 'day']]);
  });

  it('reads a bare weekday as past in a past-tense sentence and as future after "will"', () => {
    expect(brief(timesOf('The minister announced on Thursday that talks failed.'))).toEqual([['Thursday', '2024-12-12', 'day']]);
    expect(brief(timesOf('The minister will travel to Baghdad on Monday.'))).toEqual([['Monday', '2024-12-16', 'day']]);
  });

  it('reads next month, ten years ago and last weekend', () => {
    expect(brief(timesOf('With Trump taking office next month, the deal is unclear.'))).toEqual([['next month', '2025-01', 'month']]);
    expect(brief(timesOf('The group established a caliphate ten years ago.'))).toEqual([['ten years ago', '2014', 'year']]);
    expect(brief(timesOf('Insurgents captured Damascus last weekend.'))).toEqual([['last weekend', '2024-12-07/2024-12-08', 'range']]);
  });

  it('reads durations', () => {
    // Without a count, the preposition is part of the expression.
    expect(brief(timesOf('They captured Damascus within days.'))).toEqual([['within days', 'PXD', 'duration']]);
    expect(brief(timesOf('The group ruled for five years.'))).toEqual([['five years', 'P5Y', 'duration']]);
  });

  it('puts a past month-day in the past: Israel’s October 7 war', () => {
    expect(brief(timesOf('Hezbollah was weakened by Israel’s October 7 war in Gaza.'))).toEqual([['October 7', '2023-10-07', 'day']]);
    expect(brief(timesOf('Talks will resume in October.'))).toEqual([['October', '2025-10', 'month']]);
    expect(brief(timesOf('Prices fell in October.'))).toEqual([['October', '2024-10', 'month']]);
  });

  it('reads a month name with a day number as a month-day, not a month of a year', () => {
    expect(brief(timesOf('On September 27 they published the results.'))).toEqual([['September 27', '2024-09-27', 'day']]);
    expect(brief(timesOf('HEMPSTEAD, N.Y., Dec. 12 (UPI) — Stein was escorted out.'))).toEqual([['Dec. 12', '2024-12-12', 'day']]);
  });

  it('reads ranges between two dates and between two clock times', () => {
    expect(brief(timesOf('There were 3,210 victims between January 1 and September 26 alone.'))).toEqual([
      ['between January 1 and September 26', '2024-01-01/2024-09-26', 'range'],
    ]);
    expect(brief(timesOf('The show airs from 6:00 a.m. to 9:00 a.m. Eastern.'))).toEqual([
      ['from 6:00 a.m. to 9:00 a.m.', '2024-12-13T06:00/2024-12-13T09:00', 'range'],
    ]);
  });

  it('reads a bare month by tense, "since", and how far ahead it is', () => {
    expect(brief(timesOf('She has held rallies since February.'))).toEqual([['February', '2024-02', 'month']]);
    expect(brief(timesOf('After a test in March, the Council imposed sanctions.'))).toEqual([['March', '2024-03', 'month']]);
    expect(brief(timesOf('He could win the seat if Democrats win in January.'))).toEqual([['January', '2025-01', 'month']]);
  });

  it('reads "in N years" in a negated or past clause as a span of time, and a time relative to the story as a duration', () => {
    expect(brief(timesOf('He has not faced a close race in 24 years in Congress.'))).toEqual([['24 years', 'P24Y', 'duration']]);
    expect(brief(timesOf('The plan will cost $160,000 in 18 years.'))).toEqual([['18 years', '2042', 'year']]);
    expect(brief(timesOf('She was released in 2010; six years after, she won.'))).toEqual([
      ['2010', '2010', 'year'],
      ['six years', 'P6Y', 'duration'],
    ]);
  });

  it('marks relative expressions as relative', () => {
    const [lastSunday, iso] = timesOf('Since last Sunday and 13.12.2024 nothing changed.');
    expect(lastSunday.relative).toBe(true);
    expect(iso.relative).toBe(false);
  });
});

describe('without a publication date', () => {
  it('resolves absolute dates only and notes the relative ones', () => {
    const doc = docOf('He came last Sunday, on 13.12.2024.', null);
    expect(brief(doc.times)).toEqual([['13.12.2024', '2024-12-13', 'day']]);
    expect(doc.messages.some((m) => m.stage === 'dates' && m.severity === 'info' && /last Sunday/.test(m.text))).toBe(true);
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    for (const raw of ['', ' ', '31.02.2024', '99/99/9999', 'next next next', '😀 Monday 😀', '“unbalanced 2024']) {
      expect(() => timesOf(raw)).not.toThrow();
    }
  });
});

const datePieces = [
  ' last Sunday', ' next month', ' on Monday', ' 13.12.2024', ' 06/01/2025', ' December 13, 2024', ' 2024-12-13', ' today',
  ' yesterday', ' ten years ago', ' last weekend', ' within days', ' for five years', ' until September 2025', ' October 7',
  ' will', ' said', ' in 2024', ' between', ' and', ' 2014', ' to', ' 2016', ',', '.', ' ', '\n', ' at 10:30', ' now', ' March',
  ' march', ' 2,000 a month', ' R$2,000', ' 31.02.2024', ' the week',
];

/** ISO values the stage may produce: day, month, year, week, time, a/b range, duration. */
const ISO_VALUE = /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}|P(T)?[\dX.]+[YMWDHS])$/;

describe('every time expression is well formed (property)', () => {
  it('keeps spans exact and values ISO on shuffled date-heavy text, with and without a publication date', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...datePieces), { maxLength: 30 }), fc.boolean(), (pieces, hasDate) => {
        const doc = docOf(pieces.join(''), hasDate ? '2024-12-13' : null);
        for (const t of doc.times) {
          expect(doc.text.slice(t.start, t.end)).toBe(t.text);
          for (const part of t.value.split('/')) expect(part).toMatch(ISO_VALUE);
          if (!hasDate) expect(t.relative).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
