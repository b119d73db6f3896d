import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { FeatureWeights, featureName, type Part } from '../../src/quotes/weights.js';
import { cueFeatures, emitCueFeatures } from '../../src/quotes/context.js';
import { wordsOf } from '../../src/quotes/units.js';
import { projectPath } from '../../src/paths.js';
import { modelCueProbability, useCueModel, type CueModelFile } from '../../src/quotes/cue-model.js';

/** The weight as the models were read before: the feature's string looked up in a Map of the file's keys. */
function byString(table: Map<string, number>, template: string, parts: string[]): number {
  return table.get(featureName(template, parts[0], parts[1], parts[2])) ?? 0;
}

function byParts(weights: FeatureWeights, template: string, parts: string[]): number {
  const ids = parts.map((p) => weights.part(p));
  return weights.weight(template, ids[0], ids[1], ids[2]);
}

describe('FeatureWeights', () => {
  it('reads the weight of each feature of a cue word as its string has it', () => {
    const weights = { b: -1.5, 'f:said': 2, 'fp:said|pron': 0.25, 'fpn:said|pron|end': 0.5, 'pw:he': 0.1, 'fnw:said|.': 0.3 };
    const fw = new FeatureWeights(weights);
    expect(byParts(fw, 'b', [])).toBe(-1.5);
    expect(byParts(fw, 'f', ['said'])).toBe(2);
    expect(byParts(fw, 'fp', ['said', 'pron'])).toBe(0.25);
    expect(byParts(fw, 'fpn', ['said', 'pron', 'end'])).toBe(0.5);
    expect(byParts(fw, 'fnw', ['said', '.'])).toBe(0.3);
    // Same parts under another template, or one part short: no weight.
    expect(byParts(fw, 'fn', ['said', 'pron'])).toBe(0);
    expect(byParts(fw, 'fpn', ['said', 'pron'])).toBe(0);
    expect(byParts(fw, 'f', ['says'])).toBe(0);
  });

  it('tells "p:" (an empty part) from "p", and finds parts holding ":" or "|"', () => {
    const weights = { p: 1, 'p:': 2, 'n:prep:on': 3, 'pw:|': 4, 'fpw:said||': 5, 'fpw:said|a|b': 6, 'fpn:a|b|c|d': 7 };
    const fw = new FeatureWeights(weights);
    expect(byParts(fw, 'p', [])).toBe(1);
    expect(byParts(fw, 'p', [''])).toBe(2);
    expect(byParts(fw, 'n', ['prep:on'])).toBe(3);
    expect(byParts(fw, 'pw', ['|'])).toBe(4);
    expect(byParts(fw, 'fpw', ['said', '|'])).toBe(5);
    // The string "fpw:said|a|b" is both ("said", "a|b") and ("said|a", "b"): a string lookup finds it either way.
    expect(byParts(fw, 'fpw', ['said', 'a|b'])).toBe(6);
    expect(byParts(fw, 'fpw', ['said|a', 'b'])).toBe(6);
    expect(byParts(fw, 'fpn', ['a', 'b', 'c|d'])).toBe(7);
    expect(byParts(fw, 'fpn', ['a|b', 'c', 'd'])).toBe(7);
  });

  it('gives every lookup the weight of its string, for any keys and parts', () => {
    const piece = fc.constantFrom('', 'a', 'b', 'said', '|', ':', 'a|b', 'prep:on', '’', 'x|');
    const parts = fc.array(piece, { maxLength: 3 });
    const template = fc.constantFrom('b', 'p', 'fp', 'fpn');
    const feature = fc.tuple(template, parts);
    fc.assert(
      fc.property(fc.array(fc.tuple(feature, fc.double({ noNaN: true })), { maxLength: 40 }), fc.array(feature, { maxLength: 40 }), (entries, lookups) => {
        const record: Record<string, number> = {};
        for (const [[t, p], w] of entries) record[featureName(t, p[0], p[1], p[2])] = w;
        const table = new Map(Object.entries(record));
        const fw = new FeatureWeights(record);
        for (const [t, p] of [...entries.map((e) => e[0]), ...lookups]) expect(byParts(fw, t, p)).toBe(byString(table, t, p));
      }),
      { numRuns: 300 },
    );
  });

  it('scores the cue words of a news paragraph exactly as the string features do', () => {
    const file = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'cue-model.json'), 'utf8')) as CueModelFile;
    const table = new Map(Object.entries(file.weights));
    const fw = new FeatureWeights(file.weights);
    const forms = new Set(file.forms);
    const text = '“We will not back down,” the minister told reporters on Monday, adding that talks | votes would resume. ' +
      'Critics said the plan, which officials announced last week, was “a disaster” and called for an inquiry.';
    const words = wordsOf(text, 0, text.length);
    let scored = 0;
    for (let i = 0; i < words.length; i++) {
      if (!forms.has(words[i].lower)) continue;
      let expected = 0;
      for (const f of cueFeatures(words, i)) expected += table.get(f) ?? 0;
      let score = 0;
      emitCueFeatures<Part>(words, i, { part: (s) => fw.part(s), emit: (t, a, b, c) => (score += fw.weight(t, a, b, c)) });
      expect(score).toBe(expected);
      scored++;
    }
    expect(scored).toBeGreaterThanOrEqual(4);
  });

  it('gives the cue model the same probabilities before and after it builds its compact table', () => {
    const file = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'cue-model.json'), 'utf8')) as CueModelFile;
    const text = 'Rubio said on Sunday that he would not back down, and called for calm; aides | staff denied it. ' +
      '“It is over,” she told reporters, adding that Congress promised to act.';
    const words = wordsOf(text, 0, text.length);
    const read = (): Array<number | null> => words.map((_, i) => modelCueProbability(words, i));
    try {
      useCueModel(file, false);
      const byString = read();
      useCueModel(file, true);
      const byParts = read();
      expect(byParts).toEqual(byString);
      expect(byString.filter((p) => p !== null).length).toBeGreaterThanOrEqual(5);
    } finally {
      useCueModel(null);
    }
  });
});
