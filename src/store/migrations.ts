import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { projectPath } from '../paths.js';
import { StoreError } from './errors.js';
import { registerFold } from './fold.js';

/** One schema step, from `db/migrations/NNN_name.sql`. */
export interface Migration {
  version: number;
  name: string;
  file: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3,})_([\w-]+)\.sql$/;

/** The migrations folder of the project: the schema ships as plain SQL any SQLite tool can read. */
export const MIGRATIONS_DIR = projectPath('db', 'migrations');

/** Reads the migrations in version order; two files with one number are a packaging mistake, so they fail loudly. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const entry of readdirSync(dir)) {
    const match = MIGRATION_FILE.exec(entry);
    if (!match) continue;
    const file = join(dir, entry);
    migrations.push({ version: Number(match[1]), name: match[2], file, sql: readFileSync(file, 'utf8') });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(`two migrations share version ${migrations[i].version}: ${migrations[i - 1].file}, ${migrations[i].file}`);
    }
  }
  return migrations;
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)`;

/** The highest applied migration, 0 for a database claimex never wrote (or that has no ledger). */
export function schemaVersion(db: Database.Database): number {
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!ledger) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Refuses a database written by a newer claimex: its tables may mean things this version does not know, and writing
 * into them would corrupt it quietly.
 */
export function checkNotNewer(db: Database.Database, file: string, migrations: Migration[]): number {
  const current = schemaVersion(db);
  if (current === 0) {
    // Tables but no ledger: some other program's database. Adding claimex tables to it would be vandalism.
    const foreign = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").pluck().get();
    if (foreign !== undefined) {
      throw new StoreError(
        file,
        'not-claimex',
        `is an SQLite database but not a claimex one (it has a table "${String(foreign)}" and no schema_migrations); use another --db file`,
      );
    }
  }
  const known = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
  if (current > known) {
    throw new StoreError(
      file,
      'newer-schema',
      `database schema version ${current} is newer than this claimex knows (${known}); upgrade claimex to read it`,
    );
  }
  return current;
}

/**
 * Applies the pending migrations in order, each in its own IMMEDIATE transaction together with its ledger row, so a
 * failing step leaves the database at the previous version. Returns the versions applied.
 */
export function migrate(db: Database.Database, file: string, migrations: Migration[] = loadMigrations()): number[] {
  registerFold(db); // migration 004 fills folded names with it
  checkNotNewer(db, file, migrations);
  // Look before locking: an up-to-date database must open without the write lock, even while another claimex writes.
  const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (ledger) {
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    if (migrations.every((m) => done.has(m.version))) return [];
  }
  db.exec(CREATE_LEDGER);
  const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const applied: number[] = [];
  for (const migration of migrations) {
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated between our check and now.
      if (isApplied.get(migration.version) !== undefined) return false;
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
      return true;
    });
    try {
      if (step.immediate()) applied.push(migration.version);
    } catch (err) {
      if (err instanceof Error && !('code' in err && String(err.code).startsWith('SQLITE_BUSY'))) {
        throw new StoreError(file, 'migration-failed', `migration ${migration.file} failed: ${err.message}`, { cause: err });
      }
      throw err;
    }
  }
  return applied;
}
