/** Why a database could not be opened or written; the CLI maps every kind to exit code 2. */
export type StoreErrorKind =
  | 'not-a-database'
  | 'not-claimex'
  | 'busy'
  | 'newer-schema'
  | 'older-schema'
  | 'missing-directory'
  | 'missing-file'
  | 'migration-failed'
  | 'io';

/** A store failure that names the database file, so a batch log or a terminal says which file is at fault. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly file: string,
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
  }
}

/** The SQLite result code of a better-sqlite3 error (`SQLITE_BUSY`, `SQLITE_NOTADB`, ...), if it is one. */
export function sqliteCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/**
 * Turns the SQLite errors a user can cause (a file that is not SQLite, a database another process holds) into
 * StoreErrors with a sentence saying what to do; anything else is returned unchanged.
 */
export function explainSqliteError(file: string, err: unknown): unknown {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreError(file, 'not-a-database', 'file is not a database (not SQLite, or corrupt)', { cause: err });
  }
  if (code?.startsWith('SQLITE_BUSY') || code?.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      file,
      'busy',
      'database is locked: another claimex (or another program) is writing to it; wait for it to finish or raise the busy timeout',
      { cause: err },
    );
  }
  if (code === 'SQLITE_FULL') {
    return new StoreError(file, 'io', 'the disk is full: the last article was not saved', { cause: err });
  }
  if (code?.startsWith('SQLITE_READONLY')) {
    return new StoreError(file, 'io', 'cannot write: the file or its folder is read-only for this user', { cause: err });
  }
  if (code?.startsWith('SQLITE_CANTOPEN') || code?.startsWith('SQLITE_IOERR')) {
    return new StoreError(file, 'io', `cannot read or write the database file (${code})`, { cause: err });
  }
  return err;
}
