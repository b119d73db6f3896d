import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../src/extract.js';
import { brokenSpans } from './spans.js';
import type { Article } from '../src/model/doc.js';

const article = (raw: string): Article => ({ id: 'prop', source: 'property', published: '2024-12-13', title: null, raw });

// Pieces of real news text, so that arbitrary mixes still reach every stage (names, numbers, dates, quote marks).
const newsPieces = [
  'Anthony Blinken', ' said', ' “', '”', '"', "'", ' about 2,500 troops', ' in Iraq', ' and 900 in Syria', ' last Sunday',
  ' 13.12.2024', ' promised that', ' C-17', ' €150 billion', '\n', '\n\n', ' ', '.', ',', ' Iraqat', ' Syriawill',
  'ANDREW CABALLERO-REYNOLDS/Pool via REUTERS', ' the US Secretary of State', ' he', ' 3.5 percent', ' <p>', '</p>',
  ' 😀', '\u00a0', '\u200b', '\r\n', ' next month', ' “Axis of Resistance”', ' refused to', ' October 7',
];

describe('the whole pipeline on arbitrary text (robustness)', () => {
  it('never throws and keeps every span inside the text with its exact surface, on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        const doc = extractArticle(article(raw));
        expect(brokenSpans(doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and keeps spans exact on shuffled pieces of noisy news text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...newsPieces), { maxLength: 60 }), (pieces) => {
        const doc = extractArticle(article(pieces.join('')));
        expect(brokenSpans(doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('copes with empty, whitespace-only, one huge token and deeply unbalanced quotes', () => {
    for (const raw of ['', '   \n\t  ', 'x'.repeat(200_000), '“'.repeat(500) + 'said he' + '”'.repeat(3), '"'.repeat(1001)]) {
      const doc = extractArticle(article(raw));
      expect(brokenSpans(doc)).toEqual([]);
    }
  });
});
