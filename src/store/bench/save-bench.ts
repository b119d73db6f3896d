/**
 * Save throughput on real pipeline output, and query latency on the resulting database.
 * Run: `npx tsx src/store/bench/save-bench.ts ARTICLE.txt [copies] [walAutocheckpointPages]` (default 2000 copies). The article goes through
 * the news pipeline once; copies differ by id and hash, so each is a fresh insert with all its layers. Prints JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { news } from '../../../pipelines/news.js';
import { extractArticle } from '../../extract.js';
import type { Doc } from '../../model/doc.js';
import { contentHash } from '../hash.js';
import { openStore } from '../open.js';
import { query, type QueryFilters, type QueryKind } from '../query.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: save-bench.ts ARTICLE.txt [copies]\n');
  process.exit(2);
}
const copies = Number(process.argv[3] ?? 2000);
const raw = readFileSync(file, 'utf8');
const doc = extractArticle({ id: 'bench', source: file, published: '2024-12-13', title: null, raw });
const rowsPerDoc = (d: Doc) =>
  1 + d.entities.length + d.mentions.length + d.quantities.length + d.times.length + d.quotes.length + d.claims.length +
  d.claims.reduce((n, c) => n + c.places.length + c.quantities.length + c.times.length, 0);

const dir = mkdtempSync(join(tmpdir(), 'claimex-save-bench-'));
try {
  const walPages = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
  const store = openStore(join(dir, 'bench.sqlite'), { walAutocheckpointPages: walPages });
  const t0 = performance.now();
  for (let i = 0; i < copies; i++) {
    const copy: Doc = { ...doc, article: { ...doc.article, id: `bench/${i}`, published: `2024-12-${String(1 + (i % 28)).padStart(2, '0')}` } };
    store.save(copy, contentHash(`${i}\n${raw}`), news.version);
  }
  store.flushSearchIndex();
  const saveMs = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < copies; i++) store.save(doc, contentHash(`${i}\n${raw}`), news.version);
  const unchangedMs = performance.now() - t1;
  store.close();

  const reader = openStore(join(dir, 'bench.sqlite'), { readonly: true });
  const timeQuery = (kind: QueryKind, filters: QueryFilters) => {
    const start = performance.now();
    const rows = query(reader.db, kind, { limit: 50, ...filters }).length;
    return { kind, filters, rows, ms: +(performance.now() - start).toFixed(1) };
  };
  const queries = [
    timeQuery('claims', {}),
    timeQuery('claims', { speaker: 'blinken' }),
    timeQuery('claims', { text: 'security' }),
    timeQuery('claims', { place: 'iraq', since: '2024-12-10' }),
    timeQuery('quotes', { text: 'commitment' }),
    timeQuery('entities', {}),
  ];
  reader.close();
  const rows = rowsPerDoc(doc) * copies;
  console.log(JSON.stringify({
    article: file, copies, walAutocheckpointPages: walPages ?? 'default', layers: { mentions: doc.mentions.length, entities: doc.entities.length, quotes: doc.quotes.length, claims: doc.claims.length },
    saveMs: Math.round(saveMs), articlesPerSec: Math.round(copies / (saveMs / 1000)), rowsPerSec: Math.round(rows / (saveMs / 1000)),
    unchangedPerSec: Math.round(copies / (unchangedMs / 1000)), queries,
  }, null, 1));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
