import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/open.js';
import { contentHash } from '../../src/store/hash.js';
import { blinkenInBaghdad, sudaniWarns } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-open-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The StoreError a call throws (the test fails if it throws nothing or something else). */
function storeErrorOf(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StoreError) return err;
    throw err;
  }
  throw new Error('expected a StoreError, nothing was thrown');
}

describe('openStore errors name the file and say what is wrong', () => {
  it('a file that is not SQLite', () => {
    const file = join(dir, 'notes.sqlite');
    writeFileSync(file, 'Blinken visited Baghdad. This is a text file, not a database.\n'.repeat(100));
    const err = storeErrorOf(() => openStore(file));
    expect(err.kind).toBe('not-a-database');
    expect(err.file).toBe(file);
    expect(err.message).toContain('file is not a database');
    expect(err.message).toContain(file);
    expect(storeErrorOf(() => openStore(file, { readonly: true })).kind).toBe('not-a-database');
  });

  it('a directory that does not exist', () => {
    const file = join(dir, 'no', 'such', 'claims.sqlite');
    const err = storeErrorOf(() => openStore(file));
    expect(err.kind).toBe('missing-directory');
    expect(err.message).toContain(join(dir, 'no', 'such'));
  });

  it('a database that does not exist yet, opened for reading', () => {
    const file = join(dir, 'claims.sqlite');
    const err = storeErrorOf(() => openStore(file, { readonly: true }));
    expect(err.kind).toBe('missing-file');
    expect(err.message).toContain('claimex ingest');
  });

  it('a database written by a newer claimex', () => {
    const file = join(dir, 'claims.sqlite');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name) VALUES (999, 'from_the_future')").run();
    raw.close();
    for (const readonly of [false, true]) {
      const err = storeErrorOf(() => openStore(file, { readonly }));
      expect(err.kind).toBe('newer-schema');
      expect(err.message).toMatch(/schema version 999 is newer/);
    }
  });

  it('a database another process is writing to: a clear "locked" error after the busy timeout', () => {
    const file = join(dir, 'claims.sqlite');
    openStore(file).close();
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const store = openStore(file, { busyTimeoutMs: 100 });
      const doc = blinkenInBaghdad();
      const started = Date.now();
      const err = storeErrorOf(() => store.save(doc, contentHash(doc.article.raw), '0.1.0'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
      expect(err.kind).toBe('busy');
      expect(err.message).toContain('another claimex');
      expect(err.file).toBe(file);
      store.close();
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
  });

  it('a fresh database whose migrations another process holds the lock on', () => {
    const file = join(dir, 'claims.sqlite');
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const err = storeErrorOf(() => openStore(file, { busyTimeoutMs: 50 }));
      expect(err.kind).toBe('busy');
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
  });
});

describe('readonly stores', () => {
  it('read while another connection holds a write transaction (WAL), and refuse to write', () => {
    const file = join(dir, 'claims.sqlite');
    const writer = openStore(file);
    const a = blinkenInBaghdad();
    writer.save(a, contentHash(a.article.raw), '0.1.0');
    writer.db.prepare('BEGIN IMMEDIATE').run();
    const b = sudaniWarns();
    writer.db.prepare("UPDATE articles SET title = 'uncommitted'").run();
    const reader = openStore(file, { readonly: true, busyTimeoutMs: 50 });
    expect(reader.stats().articles).toBe(1);
    expect(reader.db.prepare('SELECT title FROM articles').pluck().get()).toBe('Blinken visits Baghdad');
    expect(storeErrorOf(() => reader.save(b, contentHash(b.article.raw), '0.1.0')).message).toContain('readonly');
    writer.db.prepare('ROLLBACK').run();
    reader.close();
    writer.close();
  });
});
