import { describe, expect, it } from 'vitest';
import { parseGoldDoc } from '../../src/eval/gold.js';
import { parseGoldText } from '../../src/eval/load.js';

const text = 'Blinken told reporters in Baghdad that Washington "will not leave".';

describe('reading gold documents', () => {
  it('maps CoNLL types to ours and keeps MISC aside', () => {
    const r = parseGoldDoc(
      {
        id: 'c1',
        text: 'German officials met Merkel in Bonn.',
        entities: [
          { start: 0, end: 6, type: 'MISC', text: 'German' },
          { start: 21, end: 27, type: 'PER', text: 'Merkel' },
          { start: 31, end: 35, type: 'LOC', text: 'Bonn' },
        ],
      },
      'conll.jsonl',
      3,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.entities?.map((e) => e.type)).toEqual(['PERSON', 'PLACE']);
    expect(r.doc.ignoredEntities).toEqual([{ start: 0, end: 6, text: 'German' }]);
    expect(r.doc.quotes).toBeUndefined();
  });

  it('reads a PolNeAR quote with a span speaker and its publication date', () => {
    const r = parseGoldDoc(
      {
        id: 'p1',
        text,
        meta: { publication_date: '2016-09-12' },
        quotes: [
          { start: 34, end: 66, text: 'that Washington "will not leave"', kind: 'mixed', speaker: { start: 0, end: 7, text: 'Blinken' }, cue: { start: 8, end: 12, text: 'told' }, relation: 'E1' },
          { start: 50, end: 66, text: '"will not leave"', kind: 'direct', speaker: null },
        ],
      },
      'polnear.jsonl',
      1,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.published).toBe('2016-09-12');
    expect(r.doc.quotes?.[0]).toMatchObject({ kind: 'mixed', speaker: { span: { start: 0, end: 7, text: 'Blinken' } } });
    expect(r.doc.quotes?.[1].speaker).toBeNull();
  });

  it('accepts a speaker given as a canonical name', () => {
    const r = parseGoldDoc({ id: 'x', text, quotes: [{ start: 50, end: 66, text: '"will not leave"', speaker: 'Anthony Blinken', kind: 'direct' }] }, 'x.json', 1);
    expect(r.ok && r.doc.quotes?.[0].speaker).toEqual({ canonical: 'Anthony Blinken' });
  });

  it('rejects a span whose text does not match the offsets', () => {
    const r = parseGoldDoc({ id: 'x', text, entities: [{ start: 0, end: 7, type: 'PER', text: 'Blinkin' }] }, 'x.json', 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toContain('text.slice(0, 7) is "Blinken"');
  });

  it('scores a span whose gold gives no value as a span only', () => {
    const r = parseGoldDoc({ id: 'x', text, dates: [{ start: 26, end: 33, text: 'Baghdad', value: null }] }, 'x.json', 1);
    expect(r.ok && r.doc.dates).toEqual([{ start: 26, end: 33, text: 'Baghdad', value: null }]);
  });

  it('rejects offsets outside the text', () => {
    const r = parseGoldDoc({ id: 'x', text, dates: [{ start: 60, end: 90, text: 'x', value: '2024' }] }, 'x.json', 1);
    expect(r.ok).toBe(false);
  });
});

describe('reading gold files', () => {
  it('skips a malformed JSONL line, names file:line, and goes on', () => {
    const good = JSON.stringify({ id: 'a', text: 'Rome', entities: [{ start: 0, end: 4, type: 'LOC', text: 'Rome' }] });
    const offsets = JSON.stringify({ id: 'b', text: 'Rome', entities: [{ start: 0, end: 9, type: 'LOC', text: 'Rome' }] });
    const set = parseGoldText([good, '{"id": "c", "text": ', offsets, '', good].join('\n'), 'dev.jsonl');
    expect(set.docs.map((d) => d.line)).toEqual([1, 5]);
    expect(set.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['dev.jsonl:2', 'dev.jsonl:3']);
    expect(set.problems[0].message).toMatch(/bad JSON/);
  });

  it('reads a .json file holding one pretty-printed document', () => {
    const set = parseGoldText(JSON.stringify({ id: 'a', text: 'Rome', entities: [] }, null, 2), 'a.json');
    expect(set.problems).toEqual([]);
    expect(set.docs).toHaveLength(1);
    expect(set.docs[0].entities).toEqual([]);
  });
});
