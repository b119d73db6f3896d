import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBinaryBytes,
  checkBinaryText,
  checkBlank,
  checkEnglish,
  checkSize,
  checkText,
  decodeUtf8,
  firstInvalidUtf8,
  languageProfile,
} from '../../src/load/detect.js';
import { normalizePublished, publishedFromFileName } from '../../src/load/published.js';

const ENGLISH =
  'The foreign minister said on Tuesday that the government would send more aid to the region after the floods. ' +
  'Officials from the ministry told reporters that about 2,000 people had been moved to shelters, and that the army ' +
  'was helping with the work while roads to the north were still closed.';
const FRENCH =
  'Le ministre des Affaires étrangères a déclaré mardi que le gouvernement enverrait davantage d’aide dans la région ' +
  'après les inondations. Selon les responsables du ministère, environ deux mille personnes ont été déplacées vers des ' +
  'abris, et l’armée participe aux travaux alors que les routes du nord restent fermées.';
const GERMAN =
  'Der Außenminister sagte am Dienstag, die Regierung werde nach den Überschwemmungen mehr Hilfe in die Region ' +
  'schicken. Nach Angaben des Ministeriums wurden rund zweitausend Menschen in Notunterkünfte gebracht, und die Armee ' +
  'hilft bei den Arbeiten, während die Straßen im Norden weiterhin gesperrt sind.';
const RUSSIAN =
  'Министр иностранных дел заявил во вторник, что правительство направит в регион дополнительную помощь после ' +
  'наводнений. По словам представителей министерства, около двух тысяч человек были перемещены в убежища.';

describe('size', () => {
  it('accepts an article under the limit and names both sizes when over it', () => {
    expect(checkSize(5_000, 10_000)).toBeNull();
    expect(checkSize(20 * 1024 * 1024, 10 * 1024 * 1024)).toBe('too large (20.0 MB, limit 10.0 MB; see --max-bytes)');
  });
});

describe('blank input', () => {
  it('tells an empty text from a whitespace-only one', () => {
    expect(checkBlank('')).toBe('empty');
    expect(checkBlank(' \n\t\u00a0\r\n')).toBe('whitespace only');
    expect(checkBlank('Blinken arrived in Baghdad.')).toBeNull();
  });
});

describe('binary input', () => {
  it('finds NUL bytes in the bytes of a file', () => {
    expect(checkBinaryBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toBe('binary content (NUL bytes)');
    expect(checkBinaryBytes(Buffer.from(ENGLISH))).toBeNull();
  });

  it('rejects text full of control characters but allows tabs, form feeds and line breaks', () => {
    // What a binary file decoded as text looks like: letters mixed with ESC, BEL, backspace and friends.
    const junk = 'GIF89a\u0001\u0002\u001b[\u0007\u0008xq\u0003\u0004'.repeat(40);
    expect(checkBinaryText(junk)).toMatch(/^binary content \(\d+% control characters\)$/);
    expect(checkBinaryText('Line one.\tTabbed.\r\nLine two.\fPage two.')).toBeNull();
  });
});

describe('UTF-8', () => {
  it('decodes valid UTF-8, curly quotes and all', () => {
    expect(decodeUtf8(Buffer.from('Blinken reaffirmed the “commitment” of the US.'))).toEqual({
      ok: true,
      text: 'Blinken reaffirmed the “commitment” of the US.',
    });
  });

  it('rejects Latin-1 and says where the first bad byte is', () => {
    const latin1 = Buffer.from('Caf\u00e9 owners said', 'latin1');
    expect(decodeUtf8(latin1)).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xe9 at offset 3)' });
  });

  it('finds truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('ok “fine” 😀'))).toBe(-1);
  });
});

describe('language', () => {
  it('accepts English news prose', () => {
    expect(checkEnglish(ENGLISH)).toBeNull();
  });

  it('rejects French and German prose for their lack of English function words', () => {
    expect(checkEnglish(FRENCH)).toMatch(/^not English \(only \d+\.\d% English function words in \d+ words\)$/);
    expect(checkEnglish(GERMAN)).toMatch(/^not English/);
  });

  it('rejects text in a non-Latin script', () => {
    expect(checkEnglish(RUSSIAN)).toMatch(/^not English \(\d+% of letters are non-Latin\)$/);
  });

  it('counts letters, scripts and words as the word pattern reads them: one apostrophe joins two runs of letters', () => {
    // Rock'n | roll | isn't | dead | said | O’Brien | in | Москва; astral and combining marks are no letters.
    expect(languageProfile("Rock'n'roll isn't dead, said O’Brien in Москва 😀 e\u0301")).toEqual({
      letters: 36,
      nonLatinLetters: 6,
      words: 9,
      functionWords: 1,
    });
    expect(languageProfile("'tis the end' of it")).toEqual({ letters: 13, nonLatinLetters: 0, words: 5, functionWords: 3 });
  });

  it('counts exactly what the letter, script and word patterns match, on any text', () => {
    const pieces = ['a', 'B', 'é', 'ж', '中', '😀', '𝐀', "'", '’', ' ', '.', '\u0301', '\ud800', "isn't", 'the'];
    const texts = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(texts, (text) => {
        const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
        const { functionWords: _, ...counts } = languageProfile(text);
        expect(counts).toEqual({
          letters: letters.length,
          nonLatinLetters: letters.filter((l) => !/\p{Script=Latin}/u.test(l)).length,
          words: [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].length,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a short English note the benefit of the doubt, and keeps foreign names in English text', () => {
    expect(checkEnglish('Sudani met Blinken.')).toBeNull();
    expect(checkEnglish(ENGLISH + ' Prime Minister Mohammed Shia al-Sudani (محمد شياع السوداني) welcomed him.')).toBeNull();
  });

  it('judges HTML by its visible text, not its markup', () => {
    const html = `<html><head><style>body{color:red}</style></head><body><div class="a"><p>${ENGLISH}</p></div></body></html>`;
    expect(checkText(html, { html: true })).toBeNull();
    expect(checkText(`<html><body><p>${FRENCH}</p></body></html>`, { html: true })).toMatch(/^not English/);
    expect(checkText('<html><body><div></div></body></html>', { html: true })).toBe('no text outside the markup');
  });
});

describe('publication dates', () => {
  it('takes a real date from the start of a file name', () => {
    expect(publishedFromFileName('2024-12-13-blinken-baghdad.txt')).toBe('2024-12-13');
    expect(publishedFromFileName('2024-02-30-not-a-day.txt')).toBeNull();
    expect(publishedFromFileName('blinken-2024-12-13.txt')).toBeNull();
  });

  it('accepts a date or a timestamp in a record, and nothing else', () => {
    expect(normalizePublished('2024-12-13')).toBe('2024-12-13');
    expect(normalizePublished('2024-12-13T23:30:00-05:00')).toBe('2024-12-13');
    expect(normalizePublished('13.12.2024')).toBeNull();
  });
});
