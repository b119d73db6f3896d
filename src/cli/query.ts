import { Argument, Option, type Command } from 'commander';
import { DEFAULT_DB } from '../paths.js';
import { OUTPUT_FORMATS, writeRows, type Column, type OutputFormat, type Row } from '../format/index.js';
import { StoreError } from '../store/errors.js';
import { openStore } from '../store/open.js';
import { iterate, QUERY_KINDS, QueryError, type QueryFilters, type QueryKind } from '../store/query.js';
import { QUANTITY_SORTS, type QuantitySort } from '../store/query-quantities.js';
import { exitQuietlyOnClosedStdout } from './stdout.js';

/** Where the command writes: the process streams, or a test's buffers. */
export interface QueryIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for tables; defaults to the terminal's, $COLUMNS, or 120. */
  columns?: number;
}

const processIo: QueryIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The columns each kind prints, in order; flexible ones are cut first to fit the terminal. */
export const QUERY_COLUMNS: Record<QueryKind, Column[]> = {
  claims: [
    { key: 'id' },
    { key: 'speaker', flexible: true, weight: 1.5 },
    { key: 'type' },
    { key: 'predicate' },
    { key: 'object', flexible: true, main: true },
    { key: 'polarity' },
    { key: 'modality' },
    { key: 'published' },
    { key: 'article', flexible: true, weight: 0.6 },
    { key: 'places', flexible: true },
    { key: 'quantities', table: false },
    { key: 'dates', table: false },
  ],
  entities: [
    { key: 'id' },
    { key: 'type' },
    { key: 'canonical', flexible: true },
    { key: 'country' },
    { key: 'lat' },
    { key: 'lon' },
    { key: 'aliases', flexible: true, main: true },
    { key: 'articles' },
    { key: 'mentions' },
    { key: 'claims' },
  ],
  quotes: [
    { key: 'id' },
    { key: 'speaker', flexible: true, weight: 1.5 },
    { key: 'kind' },
    { key: 'cue' },
    { key: 'text', flexible: true, main: true },
    { key: 'published' },
    { key: 'article', flexible: true, weight: 0.6 },
  ],
  quantities: [
    { key: 'id' },
    { key: 'value' },
    { key: 'valueMax', header: 'to' },
    { key: 'unit' },
    { key: 'qualifier' },
    { key: 'kind' },
    { key: 'currency', table: false },
    { key: 'approx', table: false },
    { key: 'text', flexible: true, main: true },
    { key: 'place', flexible: true },
    { key: 'speaker', flexible: true },
    { key: 'published' },
    { key: 'article', flexible: true, weight: 0.6 },
  ],
};

interface QueryOptions {
  speaker?: string;
  entity?: string;
  place?: string;
  type?: string;
  text?: string;
  since?: string;
  until?: string;
  unit?: string;
  article?: string;
  min?: string;
  max?: string;
  sort?: QuantitySort;
  limit?: string;
  format: OutputFormat;
  db: string;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new QueryError(`--limit wants a whole number ≥ 0, not "${value}"`);
  return Number(value);
}

function parseNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // "1,000" and "1_000" as people type them; anything else that is not a plain number is refused, not guessed.
  const number = Number(value.trim().replace(/[,_](?=\d{3}\b)/g, ''));
  if (value.trim() === '' || !Number.isFinite(number)) throw new QueryError(`${flag} wants a number, not "${value}"`);
  return number;
}

function terminalWidth(io: QueryIo): number {
  if (io.columns) return io.columns;
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 20 ? fromEnv : 120;
}

/**
 * Runs one query and prints it. Returns the exit code: 0, or 2 for anything the user can fix (no database, a bad
 * filter, a locked or foreign file), said in one line on stderr.
 */
export function runQuery(kind: QueryKind, opts: QueryOptions, io: QueryIo = processIo): number {
  try {
    const filters: QueryFilters = {
      speaker: opts.speaker,
      entity: opts.entity,
      place: opts.place,
      type: opts.type,
      text: opts.text,
      since: opts.since,
      until: opts.until,
      unit: opts.unit,
      article: opts.article,
      min: parseNumber('--min', opts.min),
      max: parseNumber('--max', opts.max),
      sort: opts.sort,
      // A table is for reading: a screenful by default. JSON and CSV are for programs: everything.
      limit: parseLimit(opts.limit) ?? (opts.format === 'table' ? 50 : undefined),
    };
    const store = openStore(opts.db, { readonly: true });
    try {
      const rows = iterate(store.db, kind, filters) as Iterable<unknown> as Iterable<Row>;
      const count = writeRows(rows, QUERY_COLUMNS[kind], opts.format, io.stdout, { width: terminalWidth(io) });
      if (count === 0 && opts.format === 'table') io.stderr(`claimex query: no ${kind} match\n`);
    } finally {
      store.close();
    }
    return 0;
  } catch (err) {
    if (err instanceof StoreError || err instanceof QueryError) {
      io.stderr(`claimex query: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** `claimex query claims|entities|quotes|quantities [filters]`: parsing and printing only, the work is in src/store/query.ts. */
export function registerQuery(program: Command, io: QueryIo = processIo): void {
  program
    .command('query')
    .description('list claims, entities, quotes or quantities from the database, filtered')
    .addArgument(new Argument('<what>', 'what to list').choices(QUERY_KINDS))
    .option('--speaker <name>', "speaker's name or alias (substring, any case)")
    .option('--entity <name>', 'an entity speaking or named in it (for entities: its name)')
    .option('--place <name>', 'a place of the claim (a country also finds its cities)')
    .option('--type <type>', 'claim type (statement, commitment, promise, demand, ...), quote kind, entity type, or quantity kind (count, money, percent, measure)')
    .option('--text <words>', 'words in the claim object or quote text (full-text, stemmed; word* for a prefix)')
    .option('--since <date>', 'YYYY-MM-DD: published, or dated by the claim, on or after')
    .option('--until <date>', 'YYYY-MM-DD: published, or dated by the claim, on or before')
    .option('--unit <unit>', 'unit of a quantity in it (troops, percent, USD, ...)')
    .option('--article <id>', 'one article, by its ingest id or row id')
    .option('--min <number>', 'quantities: value at least this')
    .option('--max <number>', 'quantities: value at most this')
    .addOption(new Option('--sort <order>', 'quantities: newest article first, or largest value first').choices(QUANTITY_SORTS))
    .option('--limit <n>', 'at most n rows, 0 for all (default: 50 for tables, all for json/csv)')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('--db <file>', 'database file', DEFAULT_DB)
    .action((what: QueryKind, opts: QueryOptions) => {
      if (io === processIo) exitQuietlyOnClosedStdout();
      process.exitCode = runQuery(what, opts, io) || process.exitCode;
    });
}
