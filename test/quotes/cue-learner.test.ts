import { describe, expect, it } from 'vitest';
import { learnCues } from '../../src/quotes/cue-learner.js';
import type { PolnearDoc, PolnearQuote } from '../../src/quotes/polnear-records.js';

/** A record with quotes given by their surfaces (first occurrence in the text), as PolNeAR spans them. */
function record(id: string, text: string, quotes: Array<{ content: string; cue: string; speaker?: string }>): PolnearDoc {
  const span = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { start, end: start + s.length, text: s };
  };
  return {
    id,
    text,
    quotes: quotes.map((q): PolnearQuote => ({ ...span(q.content), kind: 'indirect', cue: span(q.cue), speaker: q.speaker ? span(q.speaker) : null })),
  };
}

const DOCS = [
  record('a', 'Clinton appeared to gain ground in Ohio. The senator said the race was close.', [
    { content: 'Clinton', cue: 'appeared' },
    { content: 'to gain ground in Ohio', cue: 'appeared' },
    { content: 'the race was close', cue: 'said', speaker: 'The senator' },
  ]),
  record('b', 'Turnout appeared to fall. Officials said turnout was low. She appeared on television.', [
    { content: 'Turnout', cue: 'appeared' },
    { content: 'to fall', cue: 'appeared' },
    { content: 'turnout was low', cue: 'said', speaker: 'Officials' },
  ]),
];

describe('cue learner', () => {
  const { lexicon, model } = learnCues(DOCS, 'test records');

  it('counts each cue form once per cue, its uses in the texts and the side of its content', () => {
    expect(lexicon.forms.said).toMatchObject({ lemma: 'say', cue: 2, total: 2, after: 2, speaker: 2, subject: 0 });
    // "appeared" heads two cues (each split in two content spans) and occurs three times.
    expect(lexicon.forms.appeared).toMatchObject({ lemma: 'appear', cue: 2, total: 3, speaker: 0 });
  });

  it('counts cues whose subject, right before them, is content with no source named', () => {
    expect(lexicon.forms.appeared.subject).toBe(2);
  });

  it('trains the cue classifier on the learned forms: a cue use weighs more than the other use of the form', () => {
    expect(model.forms.sort()).toEqual(['appeared', 'said']);
    // "appeared to" was a cue twice, "appeared on" never.
    expect(model.weights['fn:appeared|to'] ?? 0).toBeGreaterThan(model.weights['fn:appeared|prep:on'] ?? 0);
  });
});
