import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';
import { news } from '../../pipelines/news.js';
import { goldLayers, pipelineFor, predictionFromDoc } from '../../src/eval/predict.js';
import type { GoldDoc } from '../../src/eval/gold.js';

describe('predictions in raw offsets', () => {
  it('maps spans of the cleaned text back to the raw text the gold points into', () => {
    const raw = 'Talks ended.\nJOHN DOE/Pool via REUTERS\nBlinken promised that “Washington will stay”.';
    const credit = 'JOHN DOE/Pool via REUTERS\n';
    const creditStart = raw.indexOf(credit);
    const text = raw.slice(0, creditStart) + raw.slice(creditStart + credit.length);
    const base = createDoc({ id: 'x', source: 'x.txt', published: '2024-12-13', title: null, raw });
    const at = (s: string): { start: number; end: number; text: string } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const doc: Doc = {
      ...base,
      text,
      offsets: {
        segments: [
          { textStart: 0, rawStart: 0, length: creditStart },
          { textStart: creditStart, rawStart: creditStart + credit.length, length: text.length - creditStart },
        ],
        rawLength: raw.length,
        textLength: text.length,
      },
      mentions: [{ ...at('Blinken'), type: 'PERSON', kind: 'name', source: 'model', entity: 0 }],
      entities: [{ type: 'PERSON', canonical: 'Anthony Blinken', key: 'anthony blinken', aliases: [], roles: [], mentions: [0] }],
      quotes: [{ ...at('that “Washington will stay”'), kind: 'mixed', speaker: { ...at('Blinken'), entity: 0 }, cue: null }],
    };
    const p = predictionFromDoc(doc);
    expect(raw.slice(p.mentions[0].start, p.mentions[0].end)).toBe('Blinken');
    expect(p.mentions[0]).toMatchObject({ text: 'Blinken', canonical: 'Anthony Blinken' });
    expect(p.quotes[0].text).toBe('that “Washington will stay”');
    expect(p.quotes[0].speaker).toMatchObject({ text: 'Blinken', canonical: 'Anthony Blinken' });
  });
});

describe('the pipeline a gold document needs', () => {
  const gold = (layers: Partial<GoldDoc>): GoldDoc => ({ id: 'x', file: 'x', line: 1, text: '', published: null, ...layers });

  it('stops after resolve for entity-only gold such as CoNLL', () => {
    const stages = pipelineFor(goldLayers(gold({ entities: [] })), news).stages.map((s) => s.name);
    expect(stages[stages.length - 1]).toBe('resolve');
    expect(stages).not.toContain('quotes');
  });

  it('runs every stage for gold with claims', () => {
    expect(pipelineFor(goldLayers(gold({ entities: [], claims: [] })), news).stages).toHaveLength(news.stages.length);
  });
});
