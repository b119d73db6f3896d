import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../src/paths.js';
import { allCorpusEntries, corpusEntries } from '../src/eval/corpus.js';
import { assertBuilt, claimex } from './batch/run-cli.js';

/**
 * The three jobs end to end, as a user runs them: ingest the bundled corpus into a fresh database, query it,
 * and evaluate the pipeline against the corpus gold.
 */
let dir: string;
let db: string;
const corpus = join(PROJECT_ROOT, 'corpus');
// Ingesting corpus/ walks every split (corpus/heldout/articles and corpus/blind/articles too); corpus/gold is the tuned one.
const articleCount = allCorpusEntries().length;
const tunedCount = corpusEntries().length;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'claimex-e2e-'));
  db = join(dir, 'claims.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimex end to end on the bundled corpus', () => {
  it('ingests every corpus article in one pass and nothing twice on a second pass', () => {
    const first = claimex(['ingest', corpus, '--db', db, '--json']);
    expect(first.status, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ ingested: articleCount, failed: 0 });

    const second = claimex(['ingest', corpus, '--db', db, '--json']);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ ingested: 0, unchanged: articleCount, failed: 0 });

    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
      expect(conn.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(articleCount);
      // Offsets are sacred in the database too: every stored mention is the exact text it claims to be.
      const mentions = conn
        .prepare('SELECT a.text AS text, m.span_start AS start, m.span_end AS "end", m.surface AS surface FROM mentions m JOIN articles a ON a.id = m.article_id')
        .all() as Array<{ text: string; start: number; end: number; surface: string }>;
      expect(mentions.length).toBeGreaterThan(articleCount * 5);
      for (const m of mentions) expect(m.text.slice(m.start, m.end)).toBe(m.surface);
    } finally {
      conn.close();
    }
  });

  it('answers queries by type, speaker and free text from what was ingested', () => {
    const claims = claimex(['query', 'claims', '--db', db, '--format', 'json']);
    expect(claims.status, claims.stderr).toBe(0);
    const rows = JSON.parse(claims.stdout) as Array<{ type: string; speaker: string | null; object: string }>;
    expect(rows.length).toBeGreaterThan(articleCount);
    expect(new Set(rows.map((r) => r.type)).size).toBeGreaterThanOrEqual(5);

    const demands = JSON.parse(claimex(['query', 'claims', '--db', db, '--type', 'demand', '--format', 'json']).stdout) as typeof rows;
    expect(demands.length).toBeGreaterThan(0);
    expect(demands.every((r) => r.type === 'demand')).toBe(true);

    // A speaker that the corpus quotes: the first claim's speaker must be found again by its own surname.
    const named = rows.find((r) => r.speaker && /\s/.test(r.speaker));
    expect(named).toBeDefined();
    const surname = named!.speaker!.split(/\s+/).at(-1)!;
    const bySpeaker = JSON.parse(claimex(['query', 'claims', '--db', db, '--speaker', surname, '--format', 'json']).stdout) as typeof rows;
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((r) => r.speaker?.includes(surname))).toBe(true);

    const word = named!.object.split(/\W+/).find((w) => w.length > 6)!;
    const byText = JSON.parse(claimex(['query', 'claims', '--db', db, '--text', word, '--format', 'json']).stdout) as typeof rows;
    expect(byText.some((r) => r.object.toLowerCase().includes(word.toLowerCase()))).toBe(true);

    const csv = claimex(['query', 'entities', '--db', db, '--format', 'csv']);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/canonical/);
  });

  it('evaluates the corpus gold at or above the floors kept in the repo', () => {
    const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval-floors.json'), 'utf8')) as { corpus: Record<string, number> };
    const run = claimex(['eval', join(corpus, 'gold'), '--json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { documents: number; layers: Record<string, Record<string, unknown>> };
    expect(report.documents).toBe(tunedCount);
    for (const layer of ['entities', 'coref', 'quantities', 'dates', 'quotes', 'claims']) expect(report.layers).toHaveProperty(layer);
    for (const [path, floor] of Object.entries(floors.corpus)) {
      const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], report.layers);
      expect(value, path).toBeGreaterThanOrEqual(floor);
    }
  });
});
