import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { clauseHead, ownClauseOfSpaced } from '../../src/claims/modality.js';
import { stripMarks } from '../../src/claims/object.js';
import { within } from '../../src/claims/within.js';

/** Every sentence-sized piece of the corpus articles: real contents with quotes, commas, conditions and line breaks. */
function pieces(): string[] {
  const dir = projectPath('corpus', 'articles');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (let i = 0; i < text.length; i += 97) out.push(text.slice(i, i + 180));
  }
  return out;
}

describe('the claims fast paths give what the general code gives', () => {
  const texts = pieces();

  it('stripMarks folds white space and drops quotation marks as the plain replaces do', () => {
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) expect(stripMarks(t)).toBe(t.replace(/``|''|[“”"„«»]/g, '').replace(/\s+/g, ' ').trim());
    expect(stripMarks('“We will  not\u00a0pay,” he said')).toBe('We will not pay, he said');
  });

  it('the own clause of a single-spaced content is its clause head cut before a condition', () => {
    for (const t of texts) {
      const bare = stripMarks(t);
      expect(ownClauseOfSpaced(bare)).toBe(clauseHead(bare).split(/\b(?:if|unless|until|when)\b/i)[0]);
    }
    expect(ownClauseOfSpaced('the bank could lose the funds if no deal is reached')).toBe('the bank could lose the funds ');
    expect(ownClauseOfSpaced('if talks fail, prices will rise')).toBe('');
  });

  it('within finds the same items in a layer in text order and in any order', () => {
    const layer = [
      { start: 0, end: 5 },
      { start: 3, end: 40 },
      { start: 10, end: 12 },
      { start: 12, end: 12 },
      { start: 20, end: 30 },
    ];
    const shuffled = [layer[3], layer[0], layer[4], layer[2], layer[1]];
    for (const span of [{ start: 0, end: 12 }, { start: 3, end: 40 }, { start: 12, end: 30 }, { start: 31, end: 50 }]) {
      const plain = (items: typeof layer): number[] => items.flatMap((it, i) => (it.start >= span.start && it.end <= span.end ? [i] : []));
      expect(within(layer, span)).toEqual(plain(layer));
      expect(within(shuffled, span)).toEqual(plain(shuffled));
    }
    expect(within(layer, { start: 10, end: 30 })).toEqual([2, 3, 4]);
  });
});
