import { createDoc } from '../model/create.js';
import type { Gazetteer } from './gazetteer.js';
import { SpanScorer } from './score.js';
import { NER_TYPES } from './tags.js';
import { Scratch, tagDocument } from './tagger.js';
import { nerTokens } from './tokens.js';
import type { GoldRecord } from './training-data.js';
import type { Weights } from './weights.js';

export interface NerEvaluation {
  all: SpanScorer;
}

/**
 * Tags every record the way inference does (wink tokens and sentences of the raw text, no gold sentence bounds)
 * and scores exact spans over the four CoNLL types.
 */
export function evaluate(records: readonly GoldRecord[], weights: Weights, gazetteer: Gazetteer): NerEvaluation {
  const all = new SpanScorer(NER_TYPES);
  const scratch = new Scratch();
  for (const rec of records) {
    const doc = createDoc({ id: rec.id, source: 'eval', published: null, title: null, raw: rec.text });
    const tokens = nerTokens(doc);
    const spans = tagDocument(weights, gazetteer, tokens, scratch);
    all.add(
      rec.entities,
      spans.map((s) => ({ start: tokens.start[s.first], end: tokens.end[s.last - 1], type: NER_TYPES[s.type] })),
    );
  }
  return { all };
}
