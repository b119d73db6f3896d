import type { Doc, EntityType, Mention } from '../model/doc.js';
import { type LoadedModel, defaultModel } from './load.js';
import { NER_TYPES } from './tags.js';
import { Scratch, tagDocument } from './tagger.js';
import { type NerTokens, nerTokens } from './tokens.js';

/** CoNLL types the pipeline keeps: MISC (events, nationalities, titles) is trained on but not emitted. */
const EMITTED: Record<(typeof NER_TYPES)[number], EntityType | null> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG', MISC: null };

const scratch = new Scratch();

/** Lower-case words that do begin names ("de Palacio", "van der Pas", "al-Sudani" is one token anyway). */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'du', 'van', 'von', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'ben', 'dos', 'das']);

/**
 * First token of a name after dropping leading lower-case words that are no name particle: a sentence the tokenizer
 * did not split ("forty-four, no. Rasmussen has ...") must not glue its last word onto the next sentence's name.
 */
function firstNameToken(tokens: NerTokens, first: number, last: number): number {
  let k = first;
  while (k < last - 1) {
    const word = tokens.text.slice(tokens.start[k], tokens.end[k]);
    if (word !== word.toLowerCase() || NAME_PARTICLES.has(word) || !/\p{Ll}/u.test(word)) break;
    k++;
  }
  return k;
}

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
    const start = tokens.start[firstNameToken(tokens, span.first, span.last)];
    const end = tokens.end[span.last - 1];
    mentions.push({ start, end, text: doc.text.slice(start, end), type, kind: 'name', source: 'model' });
  }
  return mentions;
}
