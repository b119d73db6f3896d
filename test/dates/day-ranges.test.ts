import { describe, expect, it } from 'vitest';
import { times } from './times.js';
import { createDoc } from '../../src/model/create.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { quantities } from '../../src/stages/quantities.js';

describe('ranges of days with one month name', () => {
  it('reads them whichever way they are written, a lead word kept', () => {
    expect(times('The festival will run from 14 to 18 July.')).toEqual([['from 14 to 18 July', '2025-07-14/2025-07-18', 'range']]);
    expect(times('The festival will run July 14-18.')).toEqual([['July 14-18', '2025-07-14/2025-07-18', 'range']]);
    expect(times('The festival ran from July 14 to July 18, 2024.')).toEqual([['from July 14 to July 18, 2024', '2024-07-14/2024-07-18', 'range']]);
    expect(times('The summit will be held between 14 and 15 July 2025.')).toEqual([['between 14 and 15 July 2025', '2025-07-14/2025-07-15', 'range']]);
    expect(times('Talks will run from 30 June to 2 July.')).toEqual([['from 30 June to 2 July', '2025-06-30/2025-07-02', 'range']]);
  });

  it('reads no range that runs backwards or mixes its words', () => {
    expect(times('He was born on 18 July.').map((t) => t[0])).toEqual(['18 July']);
    expect(times('Prices rose from 5 and 8 July onwards.').every((t) => !t[1].includes('/'))).toBe(true);
  });

  it('keeps the days of a range out of the quantities', () => {
    const doc = quantities(segment(clean(createDoc({ id: 't', source: 'test', published: '2025-03-14', title: null, raw: 'The fair runs from 14 to 18 July and drew 14 to 18 thousand people.' }))));
    expect(doc.quantities.map((q) => q.text)).toEqual(['14 to 18 thousand people']);
  });
});

describe('other spans and values', () => {
  it('leaves the preposition out before a day number and keeps the time of a weekday', () => {
    expect(times('The vote, held on 9 March, was annulled.')).toEqual([['9 March', '2025-03-09', 'day']]);
    expect(times('We met at 10:30 a.m. on Monday.')).toEqual([['10:30 a.m. on Monday', '2025-03-10T10:30', 'time']]);
  });

  it('reads decades and the middle and end of the year', () => {
    expect(times('The fund was set up in the 1990s.')).toEqual([['1990s', '1990/1999', 'range']]);
    expect(times('Officials expect a decision by mid-year and a deal by year-end.')).toEqual([
      ['mid-year', '2025-05/2025-08', 'range'],
      ['year-end', '2025-12', 'month'],
    ]);
  });
});
