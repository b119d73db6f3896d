import { NER_TYPES, type TokenSpan, spansToTags } from './tags.js';
import type { TrainingDoc } from './perceptron.js';
import { winkTokens } from './tokens.js';

/** A gold document in the eval format (CoNLL converted): text, typed entity spans, optional sentence ranges. */
export interface GoldRecord {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
  sentences?: Array<[number, number]>;
}

/**
 * Tokens (wink-nlp, as at inference) and gold BILOU tags of a gold record. An entity covers the tokens it overlaps;
 * one that would cross a sentence boundary, or overlap an earlier one, is left out of the gold tags.
 */
export function toTrainingDoc(rec: GoldRecord): TrainingDoc & { dropped: number } {
  const tokens = winkTokens(rec.text, rec.sentences);
  const n = tokens.start.length;
  const sentenceOf = new Int32Array(n);
  for (let s = 0; s < tokens.sentStart.length; s++) sentenceOf.fill(s, tokens.sentStart[s], tokens.sentEnd[s]);
  const spans: TokenSpan[] = [];
  let dropped = 0;
  let next = 0;
  const sorted = [...rec.entities].sort((x, y) => x.start - y.start);
  for (const e of sorted) {
    const type = (NER_TYPES as readonly string[]).indexOf(e.type);
    if (type < 0) continue;
    let first = 0;
    while (first < n && tokens.end[first] <= e.start) first++;
    let last = first;
    while (last < n && tokens.start[last] < e.end) last++;
    if (last === first || first < next || sentenceOf[first] !== sentenceOf[last - 1]) {
      dropped++;
      continue;
    }
    spans.push({ first, last, type });
    next = last;
  }
  return { tokens, gold: spansToTags(n, spans), dropped };
}
