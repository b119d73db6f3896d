import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readThrough } from '../pipeline.js';
import { findQuotes } from '../../src/quotes/attribute.js';
import { useCueLexicon } from '../../src/quotes/lexicon.js';
import { useCueModel } from '../../src/quotes/cue-model.js';
import { leastProbability } from '../../src/quotes/filter.js';

function found(raw: string): Array<{ text: string; speaker: string | null; cue: string | null; weak: boolean }> {
  return findQuotes(readThrough('resolve', raw))
    .filter((c) => c.quote.kind !== 'term')
    .map((c) => ({ text: c.quote.text, speaker: c.quote.speaker?.text ?? null, cue: c.quote.cue?.lemma ?? null, weak: c.weak }));
}

describe('weak cues', () => {
  // A learned lexicon where "backed" heads a cue one time in five, and a cue classifier that gives it P(cue) = 0.2
  // everywhere: a weak cue. "said" keeps its core-verb estimate (the classifier does not know it).
  beforeAll(() => {
    useCueLexicon({ source: 'test', documents: 1, forms: { backed: { lemma: 'back', cue: 20, total: 100, after: 20, speaker: 20, particles: {} }, backs: { lemma: 'back', cue: 20, total: 100, after: 20, speaker: 20, particles: {} } } });
    useCueModel({ source: 'test', forms: ['backed', 'backs'], weights: { b: Math.log(0.2 / 0.8) } });
  });
  afterAll(() => {
    useCueLexicon(null);
    useCueModel(null);
  });

  it('a weak cue alone in its sentence still reads its content, marked weak for the filter', () => {
    expect(found('The mayor backed the plan to build new homes.')).toEqual([
      { text: 'the plan to build new homes', speaker: 'The mayor', cue: 'back', weak: true },
    ]);
  });

  it('a weak cue inside the content of a sure one adds nothing and changes nothing', () => {
    expect(found('Officials said the mayor backed the plan to build new homes.')).toEqual([
      { text: 'the mayor backed the plan to build new homes', speaker: 'Officials', cue: 'say', weak: false },
    ]);
  });

  it('a weak cue reads nothing in a headline', () => {
    expect(found('Mayor backs housing plan\n\nThe city will build 500 homes.')).toEqual([]);
  });

  it('the filter keeps a weak cue\'s quote above its own threshold', () => {
    expect(leastProbability({ weak: true, core: false }, 0.4, 0.5)).toBe(0.5);
    expect(leastProbability({ weak: false, core: false }, 0.4, 0.5)).toBe(0.4);
    expect(leastProbability({ weak: false, core: true }, 0.4, 0.5)).toBeLessThan(0.4);
  });
});
