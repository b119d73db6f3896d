import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWords, properNameLexicon, SortedJsonWords } from '../../src/lexicon/words.js';

const require = createRequire(import.meta.url);

describe('word lists searched in their sorted JSON text', () => {
  it('finds exactly the entries of a sorted list, also at its ends and between entries', () => {
    const list = new SortedJsonWords(JSON.stringify(['Abuja', 'Ankara', 'Baghdad', 'Kyiv', 'Zagreb']));
    for (const word of ['Abuja', 'Ankara', 'Baghdad', 'Kyiv', 'Zagreb']) expect(list.has(word)).toBe(true);
    for (const word of ['', 'Aba', 'Abujat', 'Bagh', 'Kyivat', 'Zz', 'abuja', 'Paris']) expect(list.has(word)).toBe(false);
    expect(new SortedJsonWords('[]').has('Kyiv')).toBe(false);
  });

  it('answers for the English dictionary as a Set of its words would', () => {
    const words = require('an-array-of-english-words') as string[];
    const english = englishWords();
    const sample = words.filter((_, i) => i % 97 === 0);
    expect(sample.every((word) => english.has(word))).toBe(true);
    // Glued words and names are not dictionary words.
    for (const word of ['iraqat', 'sovereigntyin', 'Baghdad', 'baghdadd', 'zzzzzz']) expect(english.has(word)).toBe(words.includes(word));
    expect(english.has('sovereignty')).toBe(true);
  });

  it('knows names, places and common words of the glue lexicon, places and names counting as known', () => {
    const { places, names, known, common } = properNameLexicon();
    expect(places.has('Baghdad')).toBe(true);
    expect(known.has('Baghdad')).toBe(true);
    expect(common.has('killed')).toBe(true);
    expect(places.has('killed')).toBe(false);
    expect(names.has('Baghdad') || places.has('Baghdad')).toBe(true);
  });
});
