import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';
import { recognizeNames } from '../../src/ner/recognize.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';

function doc(raw: string): Doc {
  return createDoc({ id: 'test', source: 'test', published: null, title: null, raw });
}

/** What the pipeline hands the entities stage: cleaned and segmented text. */
function pipelineDoc(raw: string): Doc {
  return segment(clean(doc(raw)));
}

function names(d: Doc): Array<[string, string]> {
  return recognizeNames(d).map((m) => [m.text, m.type]);
}

describe('recognizeNames (the trained model)', () => {
  it('finds a person and a place', () => {
    expect(names(pipelineDoc('Anthony Blinken arrived in Baghdad.'))).toEqual([
      ['Anthony Blinken', 'PERSON'],
      ['Baghdad', 'PLACE'],
    ]);
  });

  it('finds an organization', () => {
    expect(names(pipelineDoc('the European Union said'))).toEqual([['European Union', 'ORG']]);
  });

  it('tags several names of different kinds in one sentence', () => {
    expect(names(pipelineDoc('The European Union said on Monday that Angela Merkel would visit Paris.'))).toEqual([
      ['European Union', 'ORG'],
      ['Angela Merkel', 'PERSON'],
      ['Paris', 'PLACE'],
    ]);
  });

  it('marks every mention as a model-found name with an exact span', () => {
    const d = pipelineDoc('Iraqi Prime Minister Mohammed al-Sudani met Blinken in Baghdad, where NATO keeps troops.\nWASHINGTON 1996-08-22');
    const mentions = recognizeNames(d);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) {
      expect(d.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.kind).toBe('name');
      expect(m.source).toBe('model');
      expect(['PERSON', 'PLACE', 'ORG']).toContain(m.type);
    }
    expect(mentions.map((m) => m.text)).toContain('Mohammed al-Sudani');
  });

  it('works on a document that skipped segmentation, with the same names', () => {
    const raw = 'Germany\'s representative to the European Union Werner Zwingmann said on Wednesday that Britain should wait.';
    expect(names(doc(raw))).toEqual(names(pipelineDoc(raw)));
    expect(names(doc(raw))).toContainEqual(['Werner Zwingmann', 'PERSON']);
  });

  it('does not glue the last word of an unsplit sentence onto a name', () => {
    const found = names(pipelineDoc('Forty-three said yes; forty-four, no. Rasmussen has a similar question.'));
    expect(found.map(([text]) => text)).toContain('Rasmussen');
    for (const [text] of found) expect(text).not.toMatch(/^no\b/);
  });

  it('keeps a lower-case name particle at the start of a name', () => {
    const found = names(pipelineDoc('Spanish Farm Minister Loyola de Palacio had earlier accused Fischler. Later, de Palacio left.'));
    expect(found).toContainEqual(['Loyola de Palacio', 'PERSON']);
  });

  it('reads a Title Case headline as a headline, not as a string of names', () => {
    const d = pipelineDoc('Wealthy Voters Abandon Republican Party Over Trade\nWealthy voters are leaving the party, and trade is why, Donald Trump said.');
    const mentions = recognizeNames(d);
    expect(mentions.map((m) => m.text)).toContain('Donald Trump');
    const inHeadline = mentions.filter((m) => m.end <= d.text.indexOf('\n')).map((m) => m.text);
    // "Republican Party" is a name; "Wealthy Voters", "Abandon", "Trade" are not
    for (const text of inHeadline) expect(text).toBe('Republican Party');
  });

  it('finds nothing in an empty or blank document', () => {
    expect(recognizeNames(doc(''))).toEqual([]);
    expect(recognizeNames(pipelineDoc(''))).toEqual([]);
    expect(recognizeNames(doc(' \n\t\n'))).toEqual([]);
  });

  it('does not tag plain lower-case prose', () => {
    expect(recognizeNames(pipelineDoc('the troops will stay there for a while, officials said.'))).toEqual([]);
  });

  it('survives odd input without throwing and keeps spans exact', () => {
    const odd = ['"Unbalanced quote by Smith', 'x'.repeat(20000), '🙂 Émile Zola à Paris ??? «Le Monde»', 'A\u0000B\uFFFD\uD800C', '((((((', 'NEW YORK\n\n\nREUTERS'];
    for (const raw of odd) {
      for (const d of [doc(raw), pipelineDoc(raw)]) {
        for (const m of recognizeNames(d)) expect(d.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});
