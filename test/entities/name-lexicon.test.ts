import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveNameLexicon, formatNameLexicon, NAME_LEXICON_FILE } from '../../src/entities/derive-name-lexicon.js';
import { nameTagsOf, OTHER_TAG } from '../../src/entities/name-lexicon.js';
import { isFirstName } from '../../src/entities/compromise-tags.js';
import { genderOf } from '../../src/entities/gender.js';

describe('the name lexicon derived from compromise', () => {
  it('is exactly what the derive script writes from the installed compromise', async () => {
    const expected = formatNameLexicon(await deriveNameLexicon());
    expect(readFileSync(NAME_LEXICON_FILE, 'utf8')).toBe(expected);
  });

  it('gives name tags of lower-case words and nothing for ordinary words', () => {
    expect(nameTagsOf('margaret')).toContain('FemaleName');
    expect(nameTagsOf('london')).toEqual(expect.arrayContaining(['City']));
    expect(nameTagsOf('table')).toEqual([]);
    expect(nameTagsOf('constructor')).toEqual([]);
  });

  it('marks words that compromise also tags otherwise (abbreviations), and takes only pure first names for first names', () => {
    expect(nameTagsOf('adm')).toEqual(['Honorific', OTHER_TAG]);
    expect(isFirstName('Margaret')).toBe(true);
    expect(isFirstName('Georgia')).toBe(false);
    expect(isFirstName('Paris')).toBe(false);
  });

  it('still tells the gender of a first name', () => {
    expect(genderOf('Margaret Hodge', [], undefined)).toBe('f');
    expect(genderOf('John Smith', [], undefined)).toBe('m');
  });
});
