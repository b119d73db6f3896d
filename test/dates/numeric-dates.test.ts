import { describe, expect, it } from 'vitest';
import { times } from './times.js';
import { isDayMonthFigure } from '../../src/dates/numeric-dates.js';

describe('dates in figures', () => {
  it('reads day-first dates after a preposition as dates, not clock times', () => {
    expect(times('The new tariff applies from 11.02.2025 onwards.')).toEqual([['11.02.2025', '2025-02-11', 'day']]);
    expect(times('The new tariff applies from 11.2.2025 onwards.')).toEqual([['11.2.2025', '2025-02-11', 'day']]);
    expect(times('The lease was signed on 11/02/2025 in Ghent.')).toEqual([['11/02/2025', '2025-02-11', 'day']]);
    expect(times('Bids close on 28-02-2025.')).toEqual([['28-02-2025', '2025-02-28', 'day']]);
  });

  it('reads a date month first only when it cannot be day first', () => {
    expect(times('The filing is dated 02/25/2025.')).toEqual([['02/25/2025', '2025-02-25', 'day']]);
    expect(times('Nothing happened on 31.02.2025.')).toEqual([]);
  });

  it('reads a yearless day and month after a preposition, by the tense of its clause', () => {
    expect(times('The fair opens on 2.3. in Ghent.')).toEqual([['2.3.', '2025-03-02', 'day']]);
    expect(times('The fair will open on 20.3. in Ghent.')).toEqual([['20.3.', '2025-03-20', 'day']]);
    expect(times('The fair ran from 2.3. to 5.3. in Ghent.')).toEqual([['from 2.3. to 5.3.', '2025-03-02/2025-03-05', 'range']]);
    // A decimal at the end of a sentence stays a number.
    expect(times('Inflation rose by 2.3. The bank said so.')).toEqual([]);
  });

  it('tells the quantities stage which figures are days and months', () => {
    const text = 'It opens on 2.3. and costs 2.3 million.';
    expect(isDayMonthFigure(text, 12, 15)).toBe(true);
    expect(isDayMonthFigure(text, 27, 30)).toBe(false);
  });
});
