import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { createDoc } from '../../src/model/create.js';
import { fromRaw, spanToRaw } from '../../src/text/offset-map.js';
import type { Doc } from '../../src/model/doc.js';

/*
 * clean and segment over the public development gold (research use only: read here, never copied). The bar: clean
 * removes no real line and splits (almost) no real word of edited news text, every gold span maps through the
 * offset map and back exactly, and no sentence of ours crosses a CoNLL sentence boundary.
 */

interface GoldDoc {
  id: string;
  text: string;
  entities?: Array<{ start: number; end: number; text: string }>;
  quotes?: Array<{ start: number; end: number; text: string }>;
  sentences?: Array<[number, number]>;
}

const evalFile = (name: string): string => path.resolve(PROJECT_ROOT, '../shared/eval', name);
const CONLL = evalFile('ner/conll2003-dev.jsonl');
const POLNEAR = evalFile('quotes/polnear-dev.jsonl');

function load(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

function process(gold: GoldDoc): Doc {
  return segment(clean(createDoc({ id: gold.id, source: 'shared-eval', published: null, title: null, raw: gold.text })));
}

/** What clean may change inside a span: apostrophes, spaces and invisible characters. */
const normalized = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[\u200b\u00ad\ufeff]/g, '').replace(/\s+/g, ' ');

/** Gold spans whose raw -> text -> raw round trip is not exact. */
function brokenRoundTrips(doc: Doc, spans: Array<{ start: number; end: number; text: string }>): string[] {
  const broken: string[] = [];
  for (const g of spans) {
    const start = fromRaw(doc.offsets, g.start);
    const end = fromRaw(doc.offsets, g.end);
    const back = start >= 0 && end >= 0 ? spanToRaw(doc.offsets, { start, end }) : null;
    if (!back || back.start !== g.start || back.end !== g.end || normalized(doc.text.slice(start, end)) !== normalized(g.text)) {
      broken.push(`${doc.article.id}: ${JSON.stringify(g.text)}`);
    }
  }
  return broken;
}

const splitsOf = (doc: Doc): string[] => doc.messages.filter((m) => m.text.startsWith('split glued word')).map((m) => `${doc.article.id}: ${m.text}`);

describe('clean and segment on CoNLL-2003 dev (shared-eval)', () => {
  let golds: GoldDoc[] = [];
  let docs: Doc[] = [];
  beforeAll(() => {
    golds = load(CONLL);
    docs = golds.map(process);
    expect(docs).toHaveLength(216);
  });

  it('removes no line: no dateline or headline is taken for a credit', () => {
    expect(docs.flatMap((d) => d.credits.map((c) => `${d.article.id}: ${c.text}`))).toEqual([]);
  });

  it('splits at most one word in 216 documents', () => {
    expect(docs.flatMap(splitsOf).length).toBeLessThanOrEqual(1);
  });

  it('maps every gold entity span through the offset map and back exactly', () => {
    expect(golds.flatMap((g, i) => brokenRoundTrips(docs[i], g.entities ?? []))).toEqual([]);
  });

  it('never puts a sentence across a CoNLL sentence boundary', () => {
    const crossing: string[] = [];
    golds.forEach((g, i) => {
      for (const s of docs[i].sentences) {
        const raw = spanToRaw(docs[i].offsets, s);
        if ((g.sentences ?? []).some(([start]) => raw.start < start && raw.end > start)) crossing.push(`${g.id}: ${docs[i].text.slice(s.start, s.end)}`);
      }
    });
    expect(crossing).toEqual([]);
  });
});

describe('clean and segment on PolNeAR dev (shared-eval)', () => {
  let golds: GoldDoc[] = [];
  let docs: Doc[] = [];
  beforeAll(() => {
    golds = load(POLNEAR);
    docs = golds.map(process);
    expect(docs).toHaveLength(84);
  });

  it('sets aside only credit-shaped lines, and few of them', () => {
    const credits = docs.flatMap((d) => d.credits.map((c) => c.text));
    expect(credits.length).toBeLessThanOrEqual(12);
    for (const c of credits) expect(c.split(/\s+/).length).toBeLessThanOrEqual(6);
  });

  it('splits at most one word in 84 articles', () => {
    expect(docs.flatMap(splitsOf).length).toBeLessThanOrEqual(1);
  });

  it('maps every gold quote span through the offset map and back exactly', () => {
    expect(golds.flatMap((g, i) => brokenRoundTrips(docs[i], g.quotes ?? []))).toEqual([]);
  });

  it('raises no language or encoding warning on English news', () => {
    expect(docs.flatMap((d) => d.messages.filter((m) => m.severity !== 'info').map((m) => `${d.article.id}: ${m.text}`))).toEqual([]);
  });
});
