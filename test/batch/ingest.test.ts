import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import type { Article, Doc } from '../../src/model/doc.js';
import { extractArticle } from '../../src/extract.js';
import { ingest, IngestAbort, type IngestOptions } from '../../src/batch/ingest.js';
import { InProcessPool } from '../../src/batch/pool.js';
import { openStore } from '../../src/store/open.js';
import { contentHash } from '../../src/store/hash.js';
import { news } from '../../pipelines/news.js';
import { generatedArticle } from './articles.js';

let dir: string;
let dbCount = 0;

function freshDb(): string {
  return join(dir, `db${++dbCount}`, 'claims.sqlite');
}

function run(paths: string[], db: string, extra: Partial<IngestOptions> = {}) {
  return ingest({ paths, db, workers: 0, ...extra });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-ingest-'));
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'corpus', `2024-03-${String(i + 1).padStart(2, '0')}-story-${i}.txt`), generatedArticle(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('stores every article of a folder, creating the database folder, and says so', async () => {
    const db = freshDb();
    const summary = await run([join(dir, 'corpus')], db);
    expect(summary).toMatchObject({ done: 6, ingested: 6, replaced: 0, unchanged: 0, failed: 0, failures: [] });
    expect(summary.stats.articles).toBe(6);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT external_id, published FROM articles ORDER BY external_id').all();
    conn.close();
    expect(rows[0]).toEqual({ external_id: '2024-03-01-story-0.txt', published: '2024-03-01' });
  });

  it('a second run skips everything as unchanged without running the pipeline', async () => {
    const db = freshDb();
    await run([join(dir, 'corpus')], db);
    const pipelineRuns: string[] = [];
    const counting = new InProcessPool((a: Article) => {
      pipelineRuns.push(a.id);
      return extractArticle(a);
    });
    const again = await run([join(dir, 'corpus')], db, { pool: counting });
    expect(again).toMatchObject({ done: 6, ingested: 0, unchanged: 6, failed: 0 });
    expect(pipelineRuns).toEqual([]);
    expect(again.stats.articles).toBe(6);
  });

  it('goes on past a malformed JSONL line and reports it with its line', async () => {
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(
      feed,
      [
        JSON.stringify({ id: 'first', text: generatedArticle(10), published: '2024-03-10' }),
        '{"id": "broken", "text": "unterminated',
        JSON.stringify({ id: 'third', text: generatedArticle(11) }),
      ].join('\n'),
    );
    const summary = await run([feed], freshDb());
    expect(summary).toMatchObject({ ingested: 2, failed: 1 });
    expect(summary.failures).toEqual([{ where: `${feed}:2`, reason: expect.stringMatching(/^malformed JSON/) }]);
  });

  it('reads JSON Lines from stdin for `-`', async () => {
    const lines = [0, 1, 2].map((i) => JSON.stringify({ id: `wire-${i}`, text: generatedArticle(20 + i) })).join('\n');
    const summary = await run(['-'], freshDb(), { stdin: Readable.from([Buffer.from(lines)]) });
    expect(summary).toMatchObject({ ingested: 3, failed: 0 });
  });

  it('extracts the same content only once, even when it arrives twice in one run', async () => {
    const a = join(dir, 'dup-a.txt');
    const b = join(dir, 'dup-b.txt');
    writeFileSync(a, generatedArticle(30));
    writeFileSync(b, generatedArticle(30));
    const summary = await run([a, b], freshDb());
    expect(summary).toMatchObject({ ingested: 1, unchanged: 1 });
    expect(summary.stats.articles).toBe(1);
  });

  it('fails only the article whose pipeline throws, naming its file', async () => {
    const flaky = new InProcessPool((a: Article) => {
      if (a.id.includes('story-2')) throw new Error('stage quotes failed on story-2: boom');
      return extractArticle(a);
    });
    const summary = await run([join(dir, 'corpus')], freshDb(), { pool: flaky });
    expect(summary).toMatchObject({ ingested: 5, failed: 1 });
    expect(summary.failures).toEqual([{ where: join(dir, 'corpus', '2024-03-03-story-2.txt'), reason: 'stage quotes failed on story-2: boom' }]);
  });

  it('saves the rest of a batch when the store rejects one article, and names that one', async () => {
    const db = freshDb();
    const pool = new InProcessPool((article) => {
      const doc = extractArticle(article);
      // A document the store cannot write (an entity name that is no text): its batch fails and is saved one
      // article at a time.
      const broken = doc.entities.map((e) => ({ ...e, canonical: { not: 'text' } }));
      return article.source.endsWith('story-3.txt') ? ({ ...doc, entities: broken } as unknown as Doc) : doc;
    });
    const summary = await run([join(dir, 'corpus')], db, { pool });
    expect(summary).toMatchObject({ ingested: 5, failed: 1, done: 6 });
    expect(summary.failures[0].where).toMatch(/story-3\.txt$/);
    expect(summary.failures[0].reason).toMatch(/^cannot save/);
    expect(summary.stats.articles).toBe(5);
  });

  it('names a JSONL article the pipeline fails on by its file and line', async () => {
    const feed = join(dir, 'fails.jsonl');
    writeFileSync(feed, [JSON.stringify({ id: 'ok', text: generatedArticle(50) }), JSON.stringify({ id: 'bad', text: generatedArticle(51) })].join('\n'));
    const flaky = new InProcessPool((a: Article) => {
      if (a.id === 'bad') throw new Error('stage claims failed on bad: boom');
      return extractArticle(a);
    });
    const summary = await run([feed], freshDb(), { pool: flaky });
    expect(summary.failures).toEqual([{ where: `${feed}:2`, reason: 'stage claims failed on bad: boom' }]);
  });

  it('keeps articles of an older pipeline version unless --reprocess, which replaces them', async () => {
    const db = freshDb();
    const path = join(dir, 'old.txt');
    writeFileSync(path, generatedArticle(40));
    mkdirSync(join(db, '..'), { recursive: true });
    const store = openStore(db);
    const oldDoc: Doc = extractArticle({ id: path, source: path, published: null, title: null, raw: generatedArticle(40) });
    store.save(oldDoc, contentHash(generatedArticle(40)), '0.0.0-old');
    store.close();

    const kept = await run([path], db);
    expect(kept).toMatchObject({ unchanged: 1, stale: 1, replaced: 0 });
    const replaced = await run([path], db, { reprocess: true });
    expect(replaced).toMatchObject({ unchanged: 0, replaced: 1 });
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT pipeline_version FROM articles').pluck().all()).toEqual([news.version]);
    conn.close();
  });

  it('stops reading on an interrupt, saves what is in flight, and the next run continues', async () => {
    const db = freshDb();
    const stop = new AbortController();
    // Ctrl-C after the second article is processed (finished articles are saved in batches, so the progress
    // count may lag behind the pipeline).
    let processed = 0;
    const pool = new InProcessPool((article) => {
      const doc = extractArticle(article);
      if (++processed >= 2) stop.abort();
      return doc;
    });
    const first = await run([join(dir, 'corpus')], db, { signal: stop.signal, pool });
    expect(first.interrupted).toBe(true);
    expect(first.stats.articles).toBe(first.ingested);
    expect(first.ingested).toBeGreaterThanOrEqual(2);
    expect(first.ingested).toBeLessThan(6);
    const second = await run([join(dir, 'corpus')], db);
    expect(second).toMatchObject({ interrupted: false, unchanged: first.ingested, ingested: 6 - first.ingested });
  });

  it('stops with a clear message when another writer holds the database', async () => {
    const db = freshDb();
    await run([join(dir, 'corpus', '2024-03-01-story-0.txt')], db);
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      const attempt = run([join(dir, 'corpus')], db, { busyTimeoutMs: 100 });
      await expect(attempt).rejects.toBeInstanceOf(IngestAbort);
      await expect(attempt).rejects.toThrow(/database is locked/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
