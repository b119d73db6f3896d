/**
 * Measures three ways of keeping the FTS5 index in step with claims and quotes while saving one article per
 * transaction (what ingest does):
 *   triggers  — migration 002: each insert also writes claims_fts/quotes_fts, so every commit makes an FTS segment;
 *   rebuild   — no index maintenance during the load, then one `INSERT INTO x_fts(x_fts) VALUES('rebuild')` pass;
 *   queued    — migration 003 (shipped): inserts queue ids in fts_pending, the store indexes the queue every 200
 *               articles / 2 s and at close.
 * Run: `npx tsx src/store/bench/fts-bench.ts [articles] [claimsPerArticle]` (defaults 2000, 12). Prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../model/create.js';
import type { Claim, Doc, Quote } from '../../model/doc.js';
import { contentHash } from '../hash.js';
import { openStore } from '../open.js';

const WORDS = ('security sovereignty troops withdrawal ceasefire sanctions elections reform budget border refugees ' +
  'talks agreement commitment pressure region government minister support aid investment energy oil gas').split(' ');

/** A synthetic article: sentences of varied words, one claim and one quote per sentence. */
function syntheticDoc(i: number, claimsPerArticle: number): Doc {
  const sentences: string[] = [];
  for (let s = 0; s < claimsPerArticle; s++) {
    const words = Array.from({ length: 14 }, (_, w) => WORDS[(i * 7 + s * 3 + w * 5) % WORDS.length]);
    sentences.push(`The minister said “${words.join(' ')}” in article ${i}.`);
  }
  const text = sentences.join(' ');
  const doc = createDoc({ id: `bench/${i}`, source: 'bench', published: '2024-12-13', title: null, raw: text });
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const open = text.indexOf('“', at);
    const close = text.indexOf('”', open) + 1;
    quotes.push({ start: open, end: close, text: text.slice(open, close), kind: 'direct', speaker: null, cue: null });
    claims.push({
      start: open, end: close, speaker: null, speakerText: 'The minister', predicate: 'say', type: 'statement',
      object: text.slice(open + 1, close - 1), polarity: 'positive', modality: null, quote: quotes.length - 1,
      places: [], quantities: [], times: [],
    });
    at += sentence.length + 1;
  }
  return { ...doc, quotes, claims };
}

/** Migration 002's row-at-a-time insert triggers, to measure them against the shipped queue. */
const ROW_TRIGGERS = `
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, object) VALUES (new.id, new.object);
END;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;`;

type Mode = 'triggers' | 'rebuild' | 'queued';

function run(mode: Mode, docs: Doc[]): { mode: string; saveMs: number; indexMs: number; totalMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'claimex-bench-'));
  const store = openStore(join(dir, 'bench.sqlite'));
  try {
    if (mode !== 'queued') {
      for (const t of ['claims', 'quotes']) store.db.exec(`DROP TRIGGER ${t}_fts_insert`);
      if (mode === 'triggers') store.db.exec(ROW_TRIGGERS);
    }
    const t0 = performance.now();
    for (const doc of docs) store.save(doc, contentHash(doc.article.raw), 'bench');
    const t1 = performance.now();
    if (mode === 'rebuild') {
      store.db.exec("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild'); INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')");
    }
    if (mode === 'queued') store.flushSearchIndex();
    const t2 = performance.now();
    const hits = store.db.prepare("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'sovereignty'").pluck().get();
    if (!hits) throw new Error('the index finds nothing: the benchmark is broken');
    return { mode, saveMs: Math.round(t1 - t0), indexMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0) };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const articles = Number(process.argv[2] ?? 2000);
const claimsPerArticle = Number(process.argv[3] ?? 12);
const docs = Array.from({ length: articles }, (_, i) => syntheticDoc(i, claimsPerArticle));
run('triggers', docs.slice(0, 50)); // warm-up: JIT and page cache
const modes: Mode[] = ['triggers', 'rebuild', 'queued'];
const results = [...modes, ...modes].map((mode) => run(mode, docs));
const rowsPerArticle = 1 + claimsPerArticle * 2;
console.log(JSON.stringify({
  articles, claimsPerArticle,
  results: results.map((r) => ({ ...r, articlesPerSec: Math.round(articles / (r.totalMs / 1000)), rowsPerSec: Math.round((articles * rowsPerArticle) / (r.totalMs / 1000)) })),
}, null, 1));
