import type { Doc, EntityType, Mention } from '../model/doc.js';
import { type LoadedModel, defaultModel } from './load.js';
import { NER_TYPES } from './tags.js';
import { Scratch, tagDocument } from './tagger.js';
import { nerTokens } from './tokens.js';

/** CoNLL types the pipeline keeps: MISC (events, nationalities, titles) is trained on but not emitted. */
const EMITTED: Record<(typeof NER_TYPES)[number], EntityType | null> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG', MISC: null };

const scratch = new Scratch();

/**
 * Names found by the trained sequence model (an averaged structured perceptron over BILOU tags with Viterbi
 * decoding, see `perceptron.ts`): PERSON / PLACE / ORG, kind `name`, source `model`, over `doc.tokens`.
 */
export function recognizeNames(doc: Doc): Mention[] {
  return recognizeNamesWith(doc, defaultModel());
}

/** The same with a given model (tests, model comparisons). */
export function recognizeNamesWith(doc: Doc, model: LoadedModel): Mention[] {
  if (doc.text.length === 0) return [];
  const tokens = nerTokens(doc);
  const mentions: Mention[] = [];
  for (const span of tagDocument(model.weights, model.gazetteer, tokens, scratch)) {
    const type = EMITTED[NER_TYPES[span.type]];
    if (!type) continue;
    const start = tokens.start[span.first];
    const end = tokens.end[span.last - 1];
    mentions.push({ start, end, text: doc.text.slice(start, end), type, kind: 'name', source: 'model' });
  }
  return mentions;
}
