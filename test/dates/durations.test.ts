import { describe, expect, it } from 'vitest';
import { times } from './times.js';
import { findDurations } from '../../src/dates/durations.js';

describe('durations', () => {
  it('keeps a qualifier in the span and leaves the preposition out', () => {
    expect(times('The strike will last at least 12 weeks.')).toEqual([['at least 12 weeks', 'P12W', 'duration']]);
    expect(times('The talks dragged on for more than ten months.')).toEqual([['more than ten months', 'P10M', 'duration']]);
    expect(times('He ruled the province for nearly two decades.')).toEqual([['nearly two decades', 'P20Y', 'duration']]);
    expect(times('Tenants must be told within 30 days.')).toEqual([['30 days', 'P30D', 'duration']]);
  });

  it('keeps the preposition when there is no count', () => {
    expect(times('A ruling is expected within days.')).toEqual([['within days', 'PXD', 'duration']]);
    expect(times('The mine has been idle for years.')).toEqual([['for years', 'PXY', 'duration']]);
    expect(times('Prices fell over the past weeks.')).toEqual([['over the past weeks', 'PXW', 'duration']]);
    // A singular unit after "the past" names one week, the one before publication.
    expect(times('Prices fell in the past week.')).toEqual([['past week', '2025-W10', 'week']]);
  });

  it('finds a count and a unit without a preposition', () => {
    expect(times('Profits rose in the six months to December.')).toEqual([
      ['six months', 'P6M', 'duration'],
      ['December', '2024-12', 'month'],
    ]);
    expect(times('The vote came two days after thousands marched.')).toEqual([['two days', 'P2D', 'duration']]);
    // A period up to a date is its length, the date read apart.
    expect(times('Prices rose 4.2 per cent in the year to February.')).toEqual([
      ['year', 'P1Y', 'duration'],
      ['February', '2025-02', 'month'],
    ]);
  });

  it('leaves points, rates and ages to other readings', () => {
    expect(times('The mine closed ten years ago.')).toEqual([['ten years ago', '2015', 'year']]);
    expect(times('Rents may rise 2 percent a year.')).toEqual([]);
    expect(times('The 30 years old driver and a 10-year-old boy were hurt.')).toEqual([]);
    expect(findDurations('One day he will come back.')).toEqual([]);
  });

  it('reads "in N units" by its governing construction', () => {
    // An ordinal or superlative counts over the span; so does a negated, perfect or past clause.
    expect(times('The central bank made the second cut in three months.')).toEqual([['three months', 'P3M', 'duration']]);
    expect(times('Bank makes second cut in three months')).toEqual([['three months', 'P3M', 'duration']]);
    expect(times('Shares posted their biggest fall in a decade.')).toEqual([['a decade', 'P10Y', 'duration']]);
    expect(times('The bridge was rebuilt in two years.')).toEqual([['two years', 'P2Y', 'duration']]);
    // Otherwise it is a point ahead of the publication date.
    expect(times('Elections are due in four years.')).toEqual([['four years', '2029', 'year']]);
    expect(times('He said he would retire in two years’ time.')).toEqual([['two years', '2027', 'year']]);
  });

  it('reads no clock time into a range of bare numbers or the verb "lasts"', () => {
    expect(times('Growth will be 3 to 5 percent.')).toEqual([]);
    expect(times('The ban lasts 10 years.')).toEqual([['10 years', 'P10Y', 'duration']]);
  });
});
