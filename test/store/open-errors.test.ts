import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/open.js';
import { loadMigrations, migrate, MIGRATIONS_DIR } from '../../src/store/migrations.js';
import { DocWriter } from '../../src/store/writer.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
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

const LATEST = loadMigrations().at(-1)?.version;

describe('schema versions', () => {
  it('refuses to add claimex tables to another program\'s SQLite database', () => {
    const file = join(dir, 'app.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    const err = storeErrorOf(() => openStore(file));
    expect(err.kind).toBe('not-claimex');
    expect(err.message).toContain('"users"');
    const tables = new Database(file).prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['users']);
  });

  it('upgrades a version-2 database with data: old rows stay searchable, new rows are queued then indexed', () => {
    const file = join(dir, 'claims.sqlite');
    const v2 = join(dir, 'migrations-v2');
    mkdirSync(v2);
    for (const name of ['001_initial.sql', '002_fts.sql']) copyFileSync(join(MIGRATIONS_DIR, name), join(v2, name));
    // A database as claimex wrote it at schema version 2 (row-at-a-time FTS triggers, no queue).
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma('foreign_keys = ON');
    expect(migrate(old, file, loadMigrations(v2))).toEqual([1, 2]);
    const a = blinkenInBaghdad();
    old.transaction(() => new DocWriter(old).write(a, contentHash(a.article.raw), '0.1.0'))();
    old.close();

    const store = openStore(file);
    expect(store.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST);
    // Migration 004 folded the names written before it: every alias has its case- and accent-free form.
    expect(store.db.prepare('SELECT count(*) FROM aliases WHERE folded IS NULL').pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT folded FROM aliases WHERE alias = 'Baghdad'").pluck().get()).toBe('baghdad');
    const b = sudaniWarns();
    store.save(b, contentHash(b.article.raw), '0.1.0');
    store.flushSearchIndex();
    store.db.exec("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)");
    store.db.exec("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)");
    const found = (words: string) =>
      store.db.prepare('SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?').pluck().get(words);
    expect(found('sovereignty')).toBe(1); // indexed by the v2 trigger
    expect(found('soil')).toBe(1); // queued and flushed under v3
    // Replacing the v2 article removes its indexed rows exactly.
    store.save(a, contentHash(a.article.raw), '0.2.0');
    store.flushSearchIndex();
    store.db.exec("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)");
    expect(found('sovereignty')).toBe(1);
    store.close();
  });

  it('a reader of an older database upgrades it once, then reads', () => {
    const file = join(dir, 'claims.sqlite');
    const v2 = join(dir, 'migrations-v2');
    mkdirSync(v2);
    for (const name of ['001_initial.sql', '002_fts.sql']) copyFileSync(join(MIGRATIONS_DIR, name), join(v2, name));
    const old = new Database(file);
    migrate(old, file, loadMigrations(v2));
    old.close();
    const reader = openStore(file, { readonly: true });
    expect(reader.readonly).toBe(true);
    expect(reader.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST);
    reader.close();
  });
});

describe('files the user cannot write', () => {
  it('a write refused by SQLite (a read-only file) is a StoreError naming the file', () => {
    const file = join(dir, 'claims.sqlite');
    openStore(file).close();
    // What a read-only file gives a writer; made with a readonly connection since tests may run as root.
    const store = new SqliteStore(new Database(file, { readonly: true }), file, false);
    const doc = blinkenInBaghdad();
    const err = storeErrorOf(() => store.save(doc, contentHash(doc.article.raw), '0.1.0'));
    expect(err.kind).toBe('io');
    expect(err.message).toBe(`${file}: cannot write: the file or its folder is read-only for this user`);
    store.db.close();
  });
});
