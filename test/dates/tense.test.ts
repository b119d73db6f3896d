import { describe, expect, it } from 'vitest';
import { times as timesWithGranularity } from './times.js';

/** [surface, value] of each time expression of a sentence published on Friday 14 March 2025. */
const times = (text: string): Array<[string, string]> => timesWithGranularity(text).map(([surface, value]) => [surface, value]);

describe('the tense a date is read in', () => {
  it('reads a participle after "be" or a condition as no past tense', () => {
    expect(times('The vote will be held on Sunday.')).toEqual([['Sunday', '2025-03-16']]);
    expect(times('The vote was held on Sunday.')).toEqual([['Sunday', '2025-03-09']]);
    expect(times('The party will govern if re-elected on Oct. 5.')).toEqual([['Oct. 5', '2025-10-05']]);
  });

  it('reads a participle of planning as looking ahead', () => {
    expect(times('The summit is scheduled for Oct. 5.')).toEqual([['Oct. 5', '2025-10-05']]);
    expect(times('Talks are planned on Monday.')).toEqual([['Monday', '2025-03-17']]);
  });

  it('still reads a past verb right before the expression as past', () => {
    expect(times('The minister said on Thursday that talks would resume.')).toEqual([['Thursday', '2025-03-13']]);
    expect(times('Talks had been held on Monday.')).toEqual([['Monday', '2025-03-10']]);
  });
});

describe('spans chrono reads too wide', () => {
  it('leaves a count before a weekday out of the expression', () => {
    expect(times('The death toll rose to 23 on Tuesday.')).toEqual([['Tuesday', '2025-03-11']]);
  });
});

describe('today inside a quotation', () => {
  it('is the day the words were said: the last dated event of the week before it', () => {
    const text = 'The ministers agreed on Monday to set up a hotline.\n“Today we chose dialogue,” the minister told reporters.';
    expect(times(text)).toEqual([
      ['Monday', '2025-03-10'],
      ['Today', '2025-03-10'],
    ]);
  });

  it('stays the publication day outside quotations or without such an event', () => {
    expect(times('The ministers agreed on Monday. Today the hotline opens.')).toEqual([
      ['Monday', '2025-03-10'],
      ['Today', '2025-03-14'],
    ]);
    expect(times('“Today we chose dialogue,” the minister said.')).toEqual([['Today', '2025-03-14']]);
  });
});

