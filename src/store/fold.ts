import type Database from 'better-sqlite3';

/** Case and accents folded away, so "sudani" finds "al-Sūdānī" and "İRAQ" finds "Iraq". */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const withFold = new WeakSet<Database.Database>();

/**
 * Registers `claimex_fold(text)` on a connection (once): SQLite's own lower()/LIKE fold only ASCII. Migrations use
 * it to fill folded-name columns of rows written before those columns existed.
 */
export function registerFold(db: Database.Database): void {
  if (withFold.has(db)) return;
  db.function('claimex_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : null));
  withFold.add(db);
}
