import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, explainSqliteError } from './errors.js';
import { checkNotNewer, loadMigrations, migrate, schemaVersion } from './migrations.js';
import { DEFAULT_SEARCH_INDEX_POLICY, SqliteStore, type SearchIndexPolicy } from './sqlite-store.js';

export interface OpenStoreOptions {
  /** Open for reading only (queries): no migration, no write; works while another process writes (WAL). */
  readonly?: boolean;
  /** How long to wait for another writer's lock before failing with a "locked" StoreError. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Folder of `NNN_name.sql` files; defaults to the project's `db/migrations`. */
  migrationsDir?: string;
  /**
   * WAL pages after which a writer copies the log back into the database (SQLite's default is 1000). Each checkpoint
   * syncs to disk, so a bigger value makes bulk ingest faster, for a bigger -wal file meanwhile. Default 10000 (~40 MB).
   */
  walAutocheckpointPages?: number;
  /** How often a writer fills the full-text index (default: every 200 articles or 2 s of saving, and at close). */
  searchIndex?: SearchIndexPolicy;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
export const DEFAULT_WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** Checks the things SQLite would report confusingly (or not at all) before it gets the file. */
function checkPath(file: string, readonly: boolean): void {
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new StoreError(file, 'missing-directory', `cannot open the database: directory ${dir} does not exist`);
  }
  if (readonly && !existsSync(file)) {
    throw new StoreError(file, 'missing-file', 'no database here; create it with `claimex ingest PATH --db FILE`');
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new StoreError(file, 'io', 'is a directory, not a database file');
  }
}

/** Applies pending migrations for a reader that found an older schema; says what to do when it cannot. */
function upgrade(path: string, opts: OpenStoreOptions, version: number, latest: number): void {
  try {
    openStore(path, { ...opts, readonly: false }).close();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreError(
      path,
      'older-schema',
      `database schema version ${version} is older than this claimex (${latest}) and could not be upgraded: ${reason}`,
      { cause: err },
    );
  }
}

/**
 * Opens (and for writing, creates and migrates) a claimex database: WAL so queries run while ingest writes, a busy
 * timeout so two writers queue instead of failing at once, foreign keys on (the schema relies on cascades),
 * synchronous=NORMAL (safe with WAL: a power cut may lose the last transactions, never corrupt the file).
 * Every failure a user can cause is a StoreError naming the file.
 */
export function openStore(file: string, opts: OpenStoreOptions = {}): SqliteStore {
  const path = file === ':memory:' ? file : resolve(file);
  const readonly = opts.readonly ?? false;
  const busyTimeout = opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (path !== ':memory:') checkPath(path, readonly);

  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: busyTimeout });
  } catch (err) {
    throw new StoreError(path, 'io', `cannot open the database: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeout))}`);
    const migrations = loadMigrations(opts.migrationsDir);
    if (readonly) {
      // The first read of the file: one that is not SQLite fails here with SQLITE_NOTADB.
      const version = checkNotNewer(db, path, migrations);
      const latest = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
      if (version < latest) {
        // Written by an older claimex: upgrade it once through a writable connection, then read as asked.
        db.close();
        upgrade(path, opts, version, latest);
        return openStore(path, opts);
      }
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(opts.walAutocheckpointPages ?? DEFAULT_WAL_AUTOCHECKPOINT_PAGES))}`);
    }
    db.pragma('foreign_keys = ON');
    if (!readonly) migrate(db, path, migrations);
    const store = new SqliteStore(db, path, readonly, opts.searchIndex ?? DEFAULT_SEARCH_INDEX_POLICY);
    // Rows a crashed writer saved but never indexed: index them now rather than at this run's first flush.
    if (!readonly && db.prepare('SELECT 1 FROM fts_pending LIMIT 1').get() !== undefined) store.flushSearchIndex();
    return store;
  } catch (err) {
    db.close();
    throw explainSqliteError(path, err);
  }
}

export { StoreError, schemaVersion };
