import { describe, expect, it } from 'vitest';
import { honorificGender, titleGender } from '../../src/entities/titles.js';

describe('honorifics and gendered titles', () => {
  it('reads the gender an honorific says, in any case, with or without its dot', () => {
    expect(honorificGender('Mr.')).toBe('m');
    expect(honorificGender('MRS')).toBe('f');
    expect(honorificGender('Dr')).toBeNull();
    expect(honorificGender('Professor')).toBeNull();
    expect(honorificGender('Mohammed')).toBeUndefined();
  });

  it('finds no honorific in words that name properties of plain objects', () => {
    // "Constructor" once matched Object.prototype.constructor in an object-literal table
    expect(honorificGender('Constructor')).toBeUndefined();
    expect(honorificGender('toString')).toBeUndefined();
    expect(titleGender('constructor')).toBeUndefined();
  });

  it('reads the gender of a gendered title', () => {
    expect(titleGender('Spokeswoman')).toBe('f');
    expect(titleGender('crown prince')).toBe('m');
    expect(titleGender('minister')).toBeUndefined();
  });
});
