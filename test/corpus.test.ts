import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCorpusEntries, BLIND_DIR, compileEntry, corpusEntries, HELDOUT_DIR, serializeGold } from '../src/eval/corpus.js';
import { parseGoldDoc } from '../src/eval/gold.js';

const entries = allCorpusEntries();
const heldout = corpusEntries(HELDOUT_DIR);
const blind = corpusEntries(BLIND_DIR);

describe('the bundled corpus', () => {
  it('has at least 12 articles, each named by its publication date', () => {
    expect(entries.length - heldout.length - blind.length).toBeGreaterThanOrEqual(12);
    for (const e of entries) expect(e.published, e.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has a held-out split of at least 8 articles, none of them also in the tuned split', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(8);
    const tuned = new Set(corpusEntries().map((e) => e.name));
    expect(heldout.filter((e) => tuned.has(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('has a blind split of at least 8 articles, none of them also in another split', () => {
    expect(blind.length).toBeGreaterThanOrEqual(8);
    const others = new Set([...corpusEntries(), ...heldout].map((e) => e.name));
    expect(blind.filter((e) => others.has(e.name)).map((e) => e.name)).toEqual([]);
  });

  describe.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const article = readFileSync(entry.articlePath, 'utf8');
    const gold: unknown = JSON.parse(readFileSync(entry.goldPath, 'utf8'));

    it('has gold that is valid, with every offset matching the text', () => {
      const parsed = parseGoldDoc(gold, entry.goldPath, 1);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    });

    it('has gold whose text is the article file, published on the date of its name', () => {
      expect(gold).toMatchObject({ id: entry.name, text: article, published: entry.published });
    });

    it('annotates every layer', () => {
      const g = gold as Record<string, unknown[]>;
      for (const layer of ['entities', 'coref', 'quantities', 'dates', 'quotes', 'claims']) {
        expect(Array.isArray(g[layer]) && g[layer].length > 0, layer).toBe(true);
      }
    });

    it('has gold compiled from its current annotations (run scripts/build-gold.ts after editing them)', () => {
      expect(readFileSync(entry.goldPath, 'utf8')).toBe(serializeGold(compileEntry(entry)));
    });
  });
});
