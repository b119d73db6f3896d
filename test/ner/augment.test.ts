import { describe, expect, it } from 'vitest';
import { titleCaseHeadlines } from '../../src/ner/augment.js';

function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

describe('Title Case headlines for training', () => {
  it('rewrites a capitals headline, keeping acronyms used in the body and small words lower-case', () => {
    const text = "EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB.\nThe EU said on Thursday it disagreed.";
    expect(titleCaseHeadlines(text, lines(text))).toBe("EU Rejects German Call to Boycott British Lamb.\nThe EU said on Thursday it disagreed.");
  });

  it('handles possessives and hyphens and keeps the length', () => {
    const text = "SOCCER - MILAN'S LENTINI MOVES TO ATALANTA.\nAMERICAN FOOTBALL-RANDALL CUNNINGHAM RETIRES.\nBody text here.";
    const out = titleCaseHeadlines(text, lines(text));
    expect(out).toBe("Soccer - Milan's Lentini Moves to Atalanta.\nAmerican Football-Randall Cunningham Retires.\nBody text here.");
    expect(out.length).toBe(text.length);
  });

  it('leaves a text without capitals lines alone', () => {
    const text = 'Peter Blackburn\nThe European Commission said on Thursday it disagreed.';
    expect(titleCaseHeadlines(text, lines(text))).toBe(text);
  });
});
