import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';
import { nerTokens, winkTokens } from '../../src/ner/tokens.js';
import { segment } from '../../src/stages/segment.js';

function doc(raw: string): Doc {
  return createDoc({ id: 'test', source: 'test', published: null, title: null, raw });
}

function words(t: { text: string; start: Int32Array; end: Int32Array }): string[] {
  return [...t.start].map((s, i) => t.text.slice(s, t.end[i]));
}

function sentences(t: { text: string; start: Int32Array; end: Int32Array; sentStart: Int32Array; sentEnd: Int32Array }): string[] {
  return [...t.sentStart].map((a, s) => t.text.slice(t.start[a], t.end[t.sentEnd[s] - 1]));
}

describe('the tokens the model reads', () => {
  it('splits a possessive off its word, always the same way', () => {
    const text = "Practice at Lord's\nMay 15 v Durham at Lord's";
    const first = winkTokens(text);
    const again = winkTokens(text);
    expect(words(first)).toEqual(['Practice', 'at', 'Lord', "'s", 'May', '15', 'v', 'Durham', 'at', 'Lord', "'s"]);
    expect(words(again)).toEqual(words(first));
  });

  it('ends a sentence at a line break (headlines and datelines have no period)', () => {
    const t = winkTokens('EU REJECTS GERMAN CALL\nBRUSSELS 1996-08-22\nThe Commission said so. It agreed.');
    expect(sentences(t)).toEqual(['EU REJECTS GERMAN CALL', 'BRUSSELS 1996-08-22', 'The Commission said so.', 'It agreed.']);
  });

  it('uses the given sentence ranges when there are some', () => {
    const text = 'One two. Three four.';
    const t = winkTokens(text, [[0, text.length]]);
    expect(sentences(t)).toEqual([text]);
  });

  it('reads the tokens and sentences of the segment stage when the document has them', () => {
    const d = segment(doc("Germany's envoy met Blinken.\nHe left on Monday."));
    const t = nerTokens(d);
    expect(t.text).toBe(d.text);
    expect(words(t)).toContain('Germany');
    expect(words(t)).toContain("'s");
    for (let i = 0; i < t.start.length; i++) expect(t.end[i]).toBeGreaterThan(t.start[i]);
    expect(t.sentEnd[t.sentEnd.length - 1]).toBe(t.start.length);
  });

  it('builds its own tokens for a document that was not segmented', () => {
    const t = nerTokens(doc('Anthony Blinken arrived in Baghdad.'));
    expect(words(t)).toEqual(['Anthony', 'Blinken', 'arrived', 'in', 'Baghdad', '.']);
    expect(sentences(t)).toEqual(['Anthony Blinken arrived in Baghdad.']);
  });

  it('has no tokens for an empty document', () => {
    expect(nerTokens(doc('')).start.length).toBe(0);
    expect(nerTokens(doc('   \n ')).sentStart.length).toBe(0);
  });
});
