import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generatedArticle } from '../batch/articles.js';
import { assertBuilt, claimex, claimexAsync } from '../batch/run-cli.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'claimex-cli-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).pluck().get() as number;
  } finally {
    conn.close();
  }
}

describe('claimex ingest', () => {
  it('ingests a folder with worker threads, prints totals, and says "unchanged" the second time', () => {
    const corpus = join(dir, 'small');
    mkdirSync(corpus);
    for (let i = 0; i < 8; i++) writeFileSync(join(corpus, `2024-03-0${i + 1}-s${i}.txt`), generatedArticle(i));
    const db = join(dir, 'small-db', 'claims.sqlite');

    const first = claimex(['ingest', corpus, '--db', db, '--workers', '2']);
    // Only progress lines (the batch is slow enough to print some), no failures.
    expect(first.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('ingest: '))).toEqual([]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^8 articles in [\d.]+ s \([\d.]+ articles\/s, [\d.]+ [KM]B\/s, 2 workers, pipeline /);
    expect(first.stdout).toContain('ingested 8, replaced 0, unchanged 0, failed 0');
    expect(first.stdout).toMatch(/^ {2}articles {2}8$/m);

    const second = claimex(['ingest', corpus, '--db', db, '--workers', '2', '--json']);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ articles: 8, ingested: 0, unchanged: 8, failed: 0, totals: { articles: 8 } });
  });

  it('exits 1 and lists each failure as file:line: reason, after storing the good records', () => {
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(
      feed,
      [
        JSON.stringify({ id: 'a', text: generatedArticle(100) }),
        'not json at all',
        JSON.stringify({ id: 'c', title: 'no text here' }),
        JSON.stringify({ id: 'd', text: generatedArticle(101) }),
      ].join('\n') + '\n',
    );
    const db = join(dir, 'feed.sqlite');
    const result = claimex(['ingest', feed, '--db', db, '--workers', '0', '--quiet']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^${feed.replace(/[.]/g, '\\.')}:2: malformed JSON \\(`)),
      `${feed}:3: missing "text"`,
    ]);
    expect(result.stdout).toContain('ingested 2, replaced 0, unchanged 0, failed 2');
    expect(count(db, 'SELECT count(*) FROM articles')).toBe(2);
  });

  it('reads JSON Lines from stdin with -', () => {
    const db = join(dir, 'stdin.sqlite');
    const input = [1, 2, 3].map((i) => JSON.stringify({ id: `s${i}`, text: generatedArticle(200 + i) })).join('\n');
    const result = claimex(['ingest', '-', '--db', db, '--json', '--published', '2024-05-01'], input);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ingested: 3, failed: 0 });
    expect(count(db, "SELECT count(*) FROM articles WHERE published = '2024-05-01'")).toBe(3);
  });

  it('exits 2 on a usage error', () => {
    expect(claimex(['ingest', join(dir, 'small'), '--workers', 'many']).status).toBe(2);
    expect(claimex(['ingest', join(dir, 'small'), '--published', '13.12.2024']).status).toBe(2);
    expect(claimex(['ingest']).status).toBe(2);
  });

  it('exits 2 with a clear message when the database is not a database', () => {
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'this is a text file, not SQLite '.repeat(100));
    const result = claimex(['ingest', join(dir, 'small'), '--db', bogus, '--quiet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not a database/);
  });

  it('exits 2 saying the database is locked when another writer holds it past the busy timeout', () => {
    const db = join(dir, 'locked.sqlite');
    const article = join(dir, 'locked.txt');
    const seed = join(dir, 'seed.txt');
    writeFileSync(article, generatedArticle(300));
    writeFileSync(seed, generatedArticle(301));
    expect(claimex(['ingest', seed, '--db', db, '--workers', '0', '--quiet']).status).toBe(0);
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = claimex(['ingest', article, '--db', db, '--workers', '0', '--quiet', '--busy-timeout', '200']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^claimex ingest: .*locked\.sqlite: database is locked/m);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('survives kill -9 mid-run: the re-run completes, nothing partial, nothing twice', async () => {
    const corpus = join(dir, 'big');
    mkdirSync(corpus);
    const total = 200;
    for (let i = 0; i < total; i++) writeFileSync(join(corpus, `a${String(i).padStart(4, '0')}.txt`), generatedArticle(1000 + i));
    const db = join(dir, 'big-db', 'claims.sqlite');

    const child = claimexAsync(['ingest', corpus, '--db', db, '--workers', '2', '--quiet']);
    const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
    // Kill as soon as some articles are committed: polling the WAL database as a reader, as a user's query would.
    let committed = 0;
    for (let tries = 0; tries < 6000 && committed < 10; tries++) {
      await new Promise((r) => setTimeout(r, 10));
      try {
        committed = count(db, 'SELECT count(*) FROM articles');
      } catch {
        committed = 0; // not created or not migrated yet
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const afterKill = count(db, 'SELECT count(*) FROM articles');
    expect(afterKill).toBeGreaterThanOrEqual(10);
    expect(afterKill).toBeLessThan(total);

    const rerun = claimex(['ingest', corpus, '--db', db, '--workers', '2', '--json']);
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.unchanged).toBe(afterKill);
    expect(summary.ingested).toBe(total - afterKill);

    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
      expect(conn.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(conn.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(total);
      expect(conn.prepare('SELECT count(DISTINCT content_hash) FROM articles').pluck().get()).toBe(total);
      for (const table of ['mentions', 'quotes', 'claims', 'quantities', 'time_expressions']) {
        const orphans = conn.prepare(`SELECT count(*) FROM ${table} t LEFT JOIN articles a ON a.id = t.article_id WHERE a.id IS NULL`).pluck().get();
        expect({ table, orphans }).toEqual({ table, orphans: 0 });
      }
    } finally {
      conn.close();
    }
  });
});
