import { describe, expect, it } from 'vitest';
import { times } from './times.js';

describe('parts of periods', () => {
  it('reads early, mid and late as thirds of a year or a month', () => {
    expect(times('The smelter reopens in early 2026.')).toEqual([['early 2026', '2026-01/2026-04', 'range']]);
    expect(times('The summit is planned for mid-2026.')).toEqual([['mid-2026', '2026-05/2026-08', 'range']]);
    expect(times('Sales slumped late last year.')).toEqual([['late last year', '2024-09/2024-12', 'range']]);
    expect(times('Prices peaked in mid-December.')).toEqual([['mid-December', '2024-12-11/2024-12-20', 'range']]);
    expect(times('The agency will act in late March 2025.')).toEqual([['late March 2025', '2025-03-21/2025-03-31', 'range']]);
  });

  it('reads the start and the end of a month or a year', () => {
    expect(times('The vote is set for the end of the month.')).toEqual([['end of the month', '2025-03-25/2025-03-31', 'range']]);
    expect(times('The deal should close by the end of the year.')).toEqual([['end of the year', '2025-12', 'month']]);
    expect(times('Talks resumed at the beginning of 2024.')).toEqual([['beginning of 2024', '2024-01', 'month']]);
  });

  it('reads halves, quarters and the first months of a year', () => {
    expect(times('Output fell in the first half of 2025.')).toEqual([['first half of 2025', '2025-01/2025-06', 'range']]);
    expect(times('Profits rose in Q3 2024 and H1 2025.')).toEqual([
      ['Q3 2024', '2024-07/2024-09', 'range'],
      ['H1 2025', '2025-01/2025-06', 'range'],
    ]);
    // A quarter that has not begun yet, in a report, is last year's.
    expect(times('Profits rose in the third quarter.')).toEqual([['third quarter', '2024-07/2024-09', 'range']]);
    expect(times('Output rose in the first nine months of 2024.')).toEqual([['first nine months of 2024', '2024-01/2024-09', 'range']]);
  });

  it('reads earlier and later this year around the publication month', () => {
    expect(times('Earlier this year, the firm cut jobs. More cuts will come later this year.')).toEqual([
      ['Earlier this year', '2025-01/2025-03', 'range'],
      ['later this year', '2025-03/2025-12', 'range'],
    ]);
  });

  it('leaves words that only look like parts alone', () => {
    expect(times('The firms could end 2026 with losses.')).toEqual([['2026', '2026', 'year']]);
    expect(times('The late 1990s were calm.').map((t) => t[0])).not.toContain('late 1990');
  });
});
