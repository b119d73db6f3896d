import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONLL_DEV, readJsonl } from '../../src/ner/conll-files.js';
import { evaluate } from '../../src/ner/evaluate.js';
import { defaultModel } from '../../src/ner/load.js';

/**
 * The committed model on CoNLL-2003 dev (../shared/eval, research-only data read in place): the floors of the
 * NER issue, micro F1 ≥ 0.90 and every type ≥ 0.85 (exact spans), with a little margin under the measured figures.
 */
describe('the committed NER model on CoNLL-2003 dev', () => {
  it('keeps micro F1 ≥ 0.90 and each type ≥ 0.85', () => {
    expect(existsSync(CONLL_DEV)).toBe(true);
    const model = defaultModel();
    const result = evaluate(readJsonl(CONLL_DEV), model.weights, model.gazetteer);
    const micro = result.all.micro();
    expect(micro.support).toBe(5942);
    expect(micro.f1).toBeGreaterThanOrEqual(0.9);
    for (const [type, prf] of Object.entries(result.all.byType())) {
      expect({ type, f1: prf.f1 >= 0.85 }).toEqual({ type, f1: true });
    }
  }, 120_000);
});
