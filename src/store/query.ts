import type Database from 'better-sqlite3';
import type { ClaimType, EntityType, QuoteKind } from '../model/doc.js';
import { isIsoDay } from './date-range.js';
import { fold, registerFold } from './fold.js';
import { iterateQuantities, type QuantityRow, type QuantitySort } from './query-quantities.js';

export { fold };

/**
 * Reading the store: claims, entities and quotes filtered the way `claimex query` offers. Every filter is a SQL
 * fragment with named parameters (never string-built from user input); names match case- and accent-insensitively
 * against folded names stored by the writer (src/store/fold.ts: SQLite's own lower()/LIKE only fold ASCII), resolved
 * to entity ids first, so the big tables are only ever searched through their indexes.
 */

export type QueryKind = 'claims' | 'entities' | 'quotes' | 'quantities';
export const QUERY_KINDS: readonly QueryKind[] = ['claims', 'entities', 'quotes', 'quantities'];

export interface QueryFilters {
  /** Speaker's canonical name or any alias, or the speaker as written when unresolved (substring, any case). */
  speaker?: string;
  /** An entity that speaks or is named in the claim/quote (for entities: the entity's own name). */
  entity?: string;
  /** A place of the claim (a country also finds its cities), or named in the quote. */
  place?: string;
  /** Claim type, quote kind, or entity type. */
  type?: string;
  /** Words searched in claim objects / quote texts (FTS5, stemmed; a trailing * matches a prefix). */
  text?: string;
  /** YYYY-MM-DD: the article's publication date, or one of the claim's time expressions, falls on or after it. */
  since?: string;
  until?: string;
  /** Unit of a quantity in the claim (troops, percent, USD, ...). */
  unit?: string;
  /** An article's external id (as ingested) or row id. */
  article?: string;
  /** Quantities only: bounds on the value, and the order (newest article first, or largest value first). */
  min?: number;
  max?: number;
  sort?: QuantitySort;
  /** At most this many rows; 0 or undefined: all. */
  limit?: number;
}

export interface ClaimRow {
  id: number;
  speaker: string | null;
  type: string;
  predicate: string;
  object: string;
  polarity: string;
  modality: string | null;
  published: string | null;
  article: string;
  places: string[];
  /** The quantities inside the claim, normalized: `about 2500 troops`, `450000000 USD`, `10-15 people`. */
  quantities: string[];
  /** The time expressions inside the claim as ISO values: `2024-12-08`, `2025-01`, `2024-12-07/2024-12-08`, `P5Y`. */
  dates: string[];
}

export interface EntityRow {
  id: number;
  type: string;
  canonical: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
  articles: number;
  mentions: number;
  claims: number;
}

export interface QuoteRow {
  id: number;
  speaker: string | null;
  kind: string;
  cue: string | null;
  text: string;
  published: string | null;
  article: string;
}

/** A filter the user got wrong (unknown type, bad date, a filter that does not apply): exit code 2, no stack. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

export const CLAIM_TYPES: readonly ClaimType[] = [
  'statement', 'commitment', 'promise', 'demand', 'agreement', 'denial', 'warning', 'decision', 'quantity',
];
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect', 'term'];
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'PLACE', 'ORG'];

/**
 * User words as an FTS5 query that cannot be a syntax error: each word becomes a quoted phrase (quotes doubled),
 * all words must match; `word*` stays a prefix search. Punctuation-only words are dropped (they index nothing).
 */
export function ftsQuery(words: string): string {
  const terms = words
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => {
      const prefix = word.endsWith('*');
      const bare = prefix ? word.replace(/\*+$/u, '') : word;
      return `"${bare.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
    });
  if (terms.length === 0) throw new QueryError(`--text "${words}" has no word to search for`);
  return terms.join(' ');
}

/**
 * Entity ids with a name containing the folded needle. The writer stores every canonical name as an alias, with its
 * folded form (migration 004), so one native scan of the small aliases table answers it: no function call per row.
 */
export function entityIdsNamed(db: Database.Database, needle: string): number[] {
  return db.prepare<[string], number>('SELECT DISTINCT entity_id FROM aliases WHERE instr(folded, ?) > 0').pluck().all(needle);
}

/**
 * Place entity ids for a place name: the matching places, and every place inside a matching country (a country's
 * key is its ISO code, so Baghdad with country code IQ is inside Iraq, key `iq`).
 */
export function placeIdsNamed(db: Database.Database, needle: string): number[] {
  const named = JSON.stringify(entityIdsNamed(db, needle));
  return db
    .prepare<[string, string], number>(`SELECT p.id FROM entities p WHERE p.type = 'PLACE' AND (p.id IN (SELECT value FROM json_each(?))
      OR p.country_code IN (SELECT upper(c.key) FROM entities c
                            WHERE c.type = 'PLACE' AND c.id IN (SELECT value FROM json_each(?)) AND upper(c.key) = c.country_code))`)
    .pluck()
    .all(named, named);
}

/**
 * The distinct texts naming unresolved speakers in `table` that contain the folded needle. Few distinct texts, many
 * rows: each step is one seek in the partial index claims/quotes_unresolved_keys (migration 005). INDEXED BY:
 * without it the planner prefers claims_speaker_keys (speaker_entity_id IS NULL), a scan of every unresolved row.
 */
function unresolvedSpeakersNamed(db: Database.Database, table: 'claims' | 'quotes', needle: string): string[] {
  const first = db.prepare<[], string | null>(`SELECT min(speaker_text) FROM ${table} INDEXED BY ${table}_unresolved_keys WHERE speaker_entity_id IS NULL`).pluck();
  const next = db.prepare<[string], string>(
    `SELECT speaker_text FROM ${table} INDEXED BY ${table}_unresolved_keys
     WHERE speaker_entity_id IS NULL AND speaker_text > ? ORDER BY speaker_text LIMIT 1`,
  ).pluck();
  const found: string[] = [];
  for (let text = first.get() ?? undefined; text !== undefined; text = next.get(text)) {
    if (fold(text).includes(needle)) found.push(text);
  }
  return found;
}

/** The text filter as a row-by-row check (walks replace it with a lookup per article: see fromClause). */
const CLAIMS_TEXT = 'EXISTS (SELECT 1 FROM claims_fts WHERE claims_fts MATCH @text AND rowid = c.id)';
const QUOTES_TEXT = 'EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH @text AND rowid = q.id)';

/** Articles that refer to one of the entities in the list parameter: implied by any filter on the entities of a row. */
const refersTo = (param: string): string =>
  `a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN ${inList(param)})`;

/** A list bound as one JSON parameter, read back with json_each: one statement text whatever the list's length. */
export const inList = (param: string): string => `(SELECT value FROM json_each(${param}))`;

/**
 * A filter that can list the rows it keeps (their ids) from an index: a candidate to drive the query. `rows` is a
 * SELECT of row ids.
 */
interface Driver {
  rows: string;
  /**
   * The same rows as (id, article_id, span_start, type|kind) read from a covering index, when there is one: enough
   * to rank the candidates and filter them by type without reading a single claim/quote row.
   */
  keys?: string;
  /** Rows to count for choosing the driver, when counting `rows` would read table rows (an upper bound is fine). */
  estimate?: string;
}

/**
 * More candidates than this and the query walks articles newest first (the output order, from the index
 * articles_newest) and stops at the page; fewer, and it fetches the candidates and sorts them. Walking costs about
 * (page / share of rows matching) rows, but more when the matches are all in older articles; fetching costs a row
 * read per candidate, or, with keys from a covering index, an index entry and an article lookup. Measured on
 * 100,000 articles (1.16 M claims, src/store/bench/query-bench.ts): a speaker with 27,000 claims takes 65-70 ms
 * walking, 30 ms ranked from its keys; fetching whole rows costs about as much as walking from a few thousand on.
 */
const DEFAULT_DRIVE = { rows: 4000, keys: 40_000 };
let drive = DEFAULT_DRIVE;

/**
 * Sets the candidate counts below which a filter drives the query (`rows`: fetched by id; `keys`: ranked from a
 * covering index); no argument restores the defaults. For tests, which check that every way gives the same rows:
 * `{rows: 0, keys: 0}` always walks, large values always fetch.
 */
export function setDriveThresholds(next: { rows: number; keys: number } = DEFAULT_DRIVE): void {
  drive = next;
}

/**
 * The driver with the fewest candidates when it has fewer than its threshold, else none (walk). The keys threshold
 * holds only when the keys are enough, i.e. every other filter is one of `keyOnly`.
 */
function pickDriver(
  db: Database.Database,
  drivers: Map<string, Driver>,
  params: Record<string, string | number>,
  where: readonly string[],
  keyOnly: ReadonlySet<string>,
): Driver | undefined {
  let best: { driver: Driver; count: number } | undefined;
  for (const [clause, driver] of drivers) {
    const keysEnough = driver.keys !== undefined && where.every((w) => w === clause || keyOnly.has(w));
    const below = keysEnough ? drive.keys : drive.rows;
    const count = db.prepare<Record<string, string | number>, number>(`SELECT count(*) FROM (${driver.estimate ?? driver.rows} LIMIT ${Math.max(1, Math.min(below, 1e9))})`).pluck().get(params) ?? 0;
    if (count < below && (!best || count < best.count)) best = { driver, count };
  }
  return best?.driver;
}

export interface Built {
  where: string[];
  params: Record<string, string | number>;
}

export function checkDates(filters: QueryFilters): { since: string; until: string } | null {
  for (const [flag, value] of [['--since', filters.since], ['--until', filters.until]] as const) {
    if (value !== undefined && !isIsoDay(value)) throw new QueryError(`${flag} wants a date as YYYY-MM-DD, not "${value}"`);
  }
  if (filters.since === undefined && filters.until === undefined) return null;
  const window = { since: filters.since ?? '0000-01-01', until: filters.until ?? '9999-12-31' };
  if (window.since > window.until) throw new QueryError(`--since ${window.since} is after --until ${window.until}`);
  return window;
}

export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return -1;
  if (!Number.isInteger(limit) || limit < 0) throw new QueryError(`--limit wants a whole number ≥ 0, not "${limit}"`);
  return limit === 0 ? -1 : limit;
}

/** Filters that only quantities have. */
const QUANTITY_ONLY: Array<keyof QueryFilters> = ['min', 'max', 'sort'];

/**
 * `--type` checked against a kind's values, in any case: the value as stored (claim types and quantity kinds are lower
 * case, entity types upper case).
 */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value.toLowerCase() || a === value.toUpperCase());
  if (found === undefined) throw new QueryError(`unknown ${what} "${value}"; one of: ${allowed.join(', ')}`);
  return found;
}

/** `--unit`, on the quantities aliased `n`: any case, and "troop" finds "troops". */
export const unitMatches = (n: string): string => `(${n}.unit = @unit COLLATE NOCASE OR ${n}.unit = @unit || 's' COLLATE NOCASE)`;

export function refuse(kind: QueryKind, filters: QueryFilters, names: Array<keyof QueryFilters>): void {
  for (const name of names) {
    if (filters[name] !== undefined) throw new QueryError(`--${name} does not apply to ${kind}`);
  }
}

export function articleFilter(built: Built, alias: string, article: string | undefined): void {
  if (article === undefined) return;
  built.params.article = article;
  built.params.articleRow = /^\d+$/.test(article) ? Number(article) : -1;
  built.where.push(`(${alias}.external_id = @article OR ${alias}.id = @articleRow)`);
}

/**
 * `--speaker` for claims or quotes: the name resolved to entity ids first (small tables), plus the unresolved
 * speakers written that way; the filter can drive the query from the speaker indexes.
 */
function speakerFilter(
  db: Database.Database,
  table: 'claims' | 'quotes',
  speaker: string,
  built: Built,
  drivers: Map<string, Driver>,
  walkOnly: string[],
): void {
  const alias = table === 'claims' ? 'c' : 'q';
  const sortKey = table === 'claims' ? 'type' : 'kind';
  const needle = fold(speaker);
  built.params.speakerIds = JSON.stringify(entityIdsNamed(db, needle));
  const texts = unresolvedSpeakersNamed(db, table, needle);
  built.params.speakerTexts = JSON.stringify(texts);
  // A resolved speaker is an entity of the article; an unresolved one is not, so only then can walks skip.
  if (texts.length === 0) walkOnly.push(refersTo('@speakerIds'));
  const clause = `(${alias}.speaker_entity_id IN ${inList('@speakerIds')}
      OR (${alias}.speaker_entity_id IS NULL AND ${alias}.speaker_text IN ${inList('@speakerTexts')}))`;
  built.where.push(clause);
  drivers.set(clause, {
    rows: `SELECT id FROM ${table} INDEXED BY ${table}_speaker_keys WHERE speaker_entity_id IN ${inList('@speakerIds')}
        UNION ALL SELECT id FROM ${table} INDEXED BY ${table}_unresolved_keys WHERE speaker_entity_id IS NULL AND speaker_text IN ${inList('@speakerTexts')}`,
    keys: `SELECT id, article_id, span_start, ${sortKey} FROM ${table} INDEXED BY ${table}_speaker_keys
          WHERE speaker_entity_id IN ${inList('@speakerIds')}
        UNION ALL SELECT id, article_id, span_start, ${sortKey} FROM ${table} INDEXED BY ${table}_unresolved_keys
          WHERE speaker_entity_id IS NULL AND speaker_text IN ${inList('@speakerTexts')}`,
  });
}

const splitList = (value: string | null): string[] => (value ? value.split('\u001f') : []);

/** Rows of a running statement, reshaped one at a time: the output can be streamed, never all in memory. */
export function* mapRows<In, Out>(rows: IterableIterator<In>, reshape: (row: In) => Out): Generator<Out> {
  for (const row of rows) yield reshape(row);
}

/**
 * Claims with speaker, places and article, newest article first, in text order within an article. Filters are
 * checked at once (a QueryError is thrown here); rows come as the caller reads them.
 */
export function iterateClaims(db: Database.Database, filters: QueryFilters = {}): IterableIterator<ClaimRow> {
  registerFold(db);
  refuse('claims', filters, QUANTITY_ONLY);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  // Filters that can list their claims from an index, keyed by the WHERE clause they replace when they drive.
  const drivers = new Map<string, Driver>();
  const walkOnly: string[] = [];
  if (filters.speaker !== undefined) speakerFilter(db, 'claims', filters.speaker, built, drivers, walkOnly);
  if (filters.entity !== undefined) {
    params.entityIds = JSON.stringify(entityIdsNamed(db, fold(filters.entity)));
    walkOnly.push(refersTo('@entityIds'));
    const ids = inList('@entityIds');
    const clause = `(c.speaker_entity_id IN ${ids}
      OR EXISTS (SELECT 1 FROM claim_args ca WHERE ca.claim_id = c.id AND ca.entity_id IN ${ids})
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.span_start >= c.span_start
                 AND m.span_end <= c.span_end AND m.entity_id IN ${ids}))`;
    where.push(clause);
    drivers.set(clause, {
      rows: `SELECT id FROM claims WHERE speaker_entity_id IN ${ids}
        UNION SELECT claim_id FROM claim_args WHERE entity_id IN ${ids}
        UNION SELECT cm.id FROM mentions m JOIN claims cm ON cm.article_id = m.article_id
          AND m.span_start >= cm.span_start AND m.span_end <= cm.span_end WHERE m.entity_id IN ${ids}`,
      // An upper bound from the indexes alone (UNION would first gather every row to drop the duplicates).
      estimate: `SELECT 1 FROM claims INDEXED BY claims_speaker_keys WHERE speaker_entity_id IN ${ids}
        UNION ALL SELECT 1 FROM claim_args WHERE entity_id IN ${ids}
        UNION ALL SELECT 1 FROM mentions WHERE entity_id IN ${ids}`,
    });
  }
  if (filters.place !== undefined) {
    params.placeIds = JSON.stringify(placeIdsNamed(db, fold(filters.place)));
    walkOnly.push(refersTo('@placeIds'));
    const clause = `EXISTS (SELECT 1 FROM claim_args ca WHERE ca.claim_id = c.id AND ca.role = 'place'
      AND ca.entity_id IN ${inList('@placeIds')})`;
    where.push(clause);
    drivers.set(clause, {
      rows: `SELECT claim_id FROM claim_args WHERE entity_id IN ${inList('@placeIds')} AND role = 'place'`,
      // Counted from the index alone: checking the role would read a claim_args row per candidate.
      estimate: `SELECT 1 FROM claim_args WHERE entity_id IN ${inList('@placeIds')}`,
    });
  }
  if (filters.type !== undefined) {
    params.type = oneOf(filters.type, CLAIM_TYPES, 'claim type');
    where.push('c.type = @type');
  }
  if (filters.text !== undefined) {
    params.text = ftsQuery(filters.text);
    // While walking: one index probe per claim passed, instead of first listing every match of a common word.
    const clause = CLAIMS_TEXT;
    where.push(clause);
    drivers.set(clause, { rows: 'SELECT rowid FROM claims_fts WHERE claims_fts MATCH @text' });
  }
  const window = checkDates(filters);
  if (window) {
    Object.assign(params, window);
    where.push(`((a.published IS NOT NULL AND substr(a.published, 1, 10) BETWEEN @since AND @until)
      OR EXISTS (SELECT 1 FROM claim_args ca JOIN time_expressions t ON t.id = ca.time_id
                 WHERE ca.claim_id = c.id AND t.date_to >= @since AND t.date_from <= @until))`);
  }
  if (filters.unit !== undefined) {
    params.unit = filters.unit;
    where.push(`EXISTS (SELECT 1 FROM claim_args ca JOIN quantities q ON q.id = ca.quantity_id
      WHERE ca.claim_id = c.id AND ${unitMatches('q')})`);
  }
  articleFilter(built, 'a', filters.article);
  if (filters.article !== undefined) {
    drivers.set(where[where.length - 1], {
      rows: 'SELECT id FROM claims WHERE article_id IN (SELECT id FROM articles WHERE external_id = @article OR id = @articleRow)',
    });
  }
  params.limit = checkLimit(filters.limit);

  const keyOnly = new Set(['c.type = @type']);
  const from = fromClause('claims', drivers, pickDriver(db, drivers, params, where, keyOnly), where, keyOnly, walkOnly,
    filters.text !== undefined ? CLAIMS_TEXT : undefined);
  // Then gather each claim's places (a correlated subquery per row: computed for the page shown only).
  const sql = `
    WITH page AS (
      SELECT c.id, coalesce(sp.canonical, c.speaker_text) AS speaker, c.type, c.predicate, c.object, c.polarity,
             c.modality, a.published, a.external_id AS article, a.id AS article_row, c.span_start
      ${from}
      LEFT JOIN entities sp ON sp.id = c.speaker_entity_id
      ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
      ORDER BY a.published DESC, a.id, c.span_start, c.id
      LIMIT @limit)
    SELECT page.id, page.speaker, page.type, page.predicate, page.object, page.polarity, page.modality,
           page.published, page.article,
           (SELECT group_concat(canonical, char(31)) FROM (
              SELECT DISTINCT e.canonical FROM claim_args ca JOIN entities e ON e.id = ca.entity_id
              WHERE ca.claim_id = page.id AND ca.role = 'place' ORDER BY e.canonical)) AS places,
           (SELECT group_concat(normalized, char(31)) FROM (
              -- %.15g: 2500, not the REAL's 2500.0
              SELECT concat_ws(' ', n.qualifier,
                       printf('%.15g', n.value) || iif(n.value_max IS NULL, '', '-' || printf('%.15g', n.value_max)), n.unit) AS normalized
              FROM claim_args ca JOIN quantities n ON n.id = ca.quantity_id
              WHERE ca.claim_id = page.id AND ca.role = 'quantity' ORDER BY n.span_start)) AS quantities,
           (SELECT group_concat(value, char(31)) FROM (
              SELECT t.value FROM claim_args ca JOIN time_expressions t ON t.id = ca.time_id
              WHERE ca.claim_id = page.id AND ca.role = 'time' ORDER BY t.span_start)) AS dates
    FROM page
    ORDER BY page.published DESC, page.article_row, page.span_start, page.id`;
  if (process.env.CLAIMEX_EXPLAIN) explain(db, sql, params);
  type Stored = Omit<ClaimRow, 'places' | 'quantities' | 'dates'> & { places: string | null; quantities: string | null; dates: string | null };
  const rows = db.prepare<Record<string, string | number>, Stored>(sql).iterate(params);
  return mapRows(rows, (row) => ({ ...row, places: splitList(row.places), quantities: splitList(row.quantities), dates: splitList(row.dates) }));
}

/**
 * The FROM clause of a claims/quotes query (alias `c` or `q`), taking over the WHERE clauses it applies itself:
 * - no driver: walk the articles newest first (articles_newest), each one's rows in text order (`<table>_article`),
 *   and stop after the page: no sort at all. `walkOnly` are filters on the article implied by the others (an entity
 *   named in a claim is one the article refers to): they skip whole articles without reading their rows;
 * - a driver whose keys come from a covering index, and no other filter than the type/kind (`keyOnly`): rank the
 *   candidates on the index alone, then read the rows of the page only;
 * - another driver: fetch its candidates by id, filter, sort.
 */
function fromClause(
  table: 'claims' | 'quotes',
  drivers: Map<string, Driver>,
  driver: Driver | undefined,
  where: string[],
  keyOnly: ReadonlySet<string>,
  walkOnly: readonly string[],
  textClause?: string,
): string {
  const alias = table === 'claims' ? 'c' : 'q';
  if (!driver && textClause !== undefined) {
    // Words to find while walking: one full-text lookup per article, over the id range of its rows (saved
    // together, so consecutive), instead of one per row; `article_id = a.id` keeps it exact whatever the ids.
    where.push(...walkOnly);
    where.splice(where.indexOf(textClause), 1);
    const rowsOf = (bound: 'min' | 'max') => `(SELECT ${bound}(id) FROM ${table} WHERE article_id = a.id)`;
    return `FROM articles a INDEXED BY articles_newest
      CROSS JOIN ${table}_fts f ON f.${table}_fts MATCH @text AND f.rowid BETWEEN ${rowsOf('min')} AND ${rowsOf('max')}
      CROSS JOIN ${table} ${alias} ON ${alias}.id = f.rowid AND ${alias}.article_id = a.id`;
  }
  if (!driver) {
    where.push(...walkOnly);
    return `FROM articles a INDEXED BY articles_newest CROSS JOIN ${table} ${alias} INDEXED BY ${table}_article ON ${alias}.article_id = a.id`;
  }
  const clause = [...drivers].find(([, d]) => d === driver)?.[0] ?? '';
  const others = where.filter((w) => w !== clause);
  if (driver.keys !== undefined && others.every((w) => keyOnly.has(w))) {
    where.length = 0;
    // articles_dates: the publication date from a small index, not from the article rows (pages of raw text).
    return `FROM (SELECT ${alias}.id FROM (${driver.keys}) ${alias} CROSS JOIN articles a INDEXED BY articles_dates ON a.id = ${alias}.article_id
        ${others.length > 0 ? `WHERE ${others.join(' AND ')}` : ''}
        ORDER BY a.published DESC, a.id, ${alias}.span_start, ${alias}.id LIMIT @limit) ranked
      CROSS JOIN ${table} ${alias} ON ${alias}.id = ranked.id CROSS JOIN articles a ON a.id = ${alias}.article_id`;
  }
  where.splice(where.indexOf(clause), 1, `${alias}.id IN (${driver.rows})`);
  return `FROM ${table} ${alias} CROSS JOIN articles a ON a.id = ${alias}.article_id`;
}

/** CLAIMEX_EXPLAIN=1: the query plan on stderr, to check that a query uses the indexes meant for it. */
function explain(db: Database.Database, sql: string, params: Record<string, string | number>): void {
  const plan = db.prepare<Record<string, string | number>, { id: number; parent: number; detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(params);
  const depth = new Map<number, number>([[0, -1]]);
  for (const step of plan) {
    depth.set(step.id, (depth.get(step.parent) ?? 0) + 1);
    process.stderr.write(`${'  '.repeat(depth.get(step.id) ?? 0)}${step.detail}\n`);
  }
}

export function queryClaims(db: Database.Database, filters: QueryFilters = {}): ClaimRow[] {
  return [...iterateClaims(db, filters)];
}

/** Quotes with their speaker and cue, newest article first. */
export function iterateQuotes(db: Database.Database, filters: QueryFilters = {}): IterableIterator<QuoteRow> {
  registerFold(db);
  refuse('quotes', filters, QUANTITY_ONLY);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  const drivers = new Map<string, Driver>();
  const walkOnly: string[] = [];
  if (filters.speaker !== undefined) speakerFilter(db, 'quotes', filters.speaker, built, drivers, walkOnly);
  // A mention inside the quote's span: who or what the quote is about.
  const mentionInside = (entities: string) => `EXISTS (SELECT 1 FROM mentions m
      WHERE m.article_id = q.article_id AND m.span_start >= q.span_start AND m.span_end <= q.span_end
      AND m.entity_id IN ${entities})`;
  if (filters.entity !== undefined) {
    params.entityIds = JSON.stringify(entityIdsNamed(db, fold(filters.entity)));
    walkOnly.push(refersTo('@entityIds'));
    where.push(`(q.speaker_entity_id IN ${inList('@entityIds')} OR ${mentionInside(inList('@entityIds'))})`);
  }
  if (filters.place !== undefined) {
    params.placeIds = JSON.stringify(placeIdsNamed(db, fold(filters.place)));
    walkOnly.push(refersTo('@placeIds'));
    where.push(mentionInside(inList('@placeIds')));
  }
  if (filters.type !== undefined) {
    params.kind = oneOf(filters.type, QUOTE_KINDS, 'quote kind');
    where.push('q.kind = @kind');
  }
  if (filters.text !== undefined) {
    params.text = ftsQuery(filters.text);
    const clause = QUOTES_TEXT;
    where.push(clause);
    drivers.set(clause, { rows: 'SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text' });
  }
  const window = checkDates(filters);
  if (window) {
    Object.assign(params, window);
    where.push(`((a.published IS NOT NULL AND substr(a.published, 1, 10) BETWEEN @since AND @until)
      OR EXISTS (SELECT 1 FROM time_expressions t WHERE t.article_id = q.article_id
                 AND t.span_start >= q.span_start AND t.span_end <= q.span_end
                 AND t.date_to >= @since AND t.date_from <= @until))`);
  }
  if (filters.unit !== undefined) {
    params.unit = filters.unit;
    where.push(`EXISTS (SELECT 1 FROM quantities n WHERE n.article_id = q.article_id
      AND n.span_start >= q.span_start AND n.span_end <= q.span_end
      AND ${unitMatches('n')})`);
  }
  articleFilter(built, 'a', filters.article);
  if (filters.article !== undefined) {
    drivers.set(where[where.length - 1], {
      rows: 'SELECT id FROM quotes WHERE article_id IN (SELECT id FROM articles WHERE external_id = @article OR id = @articleRow)',
    });
  }
  params.limit = checkLimit(filters.limit);
  const keyOnly = new Set(['q.kind = @kind']);
  const from = fromClause('quotes', drivers, pickDriver(db, drivers, params, where, keyOnly), where, keyOnly, walkOnly,
    filters.text !== undefined ? QUOTES_TEXT : undefined);
  const sql = `
    SELECT q.id, coalesce(sp.canonical, q.speaker_text) AS speaker, q.kind, q.cue_lemma AS cue, q.text,
           a.published, a.external_id AS article
    ${from}
    LEFT JOIN entities sp ON sp.id = q.speaker_entity_id
    ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY a.published DESC, a.id, q.span_start, q.id
    LIMIT @limit`;
  if (process.env.CLAIMEX_EXPLAIN) explain(db, sql, params);
  return db.prepare<Record<string, string | number>, QuoteRow>(sql).iterate(params);
}

export function queryQuotes(db: Database.Database, filters: QueryFilters = {}): QuoteRow[] {
  return [...iterateQuotes(db, filters)];
}

/** Entities with their aliases and how much the corpus says about them, most-mentioned first. */
export function iterateEntities(db: Database.Database, filters: QueryFilters = {}): IterableIterator<EntityRow> {
  registerFold(db);
  refuse('entities', filters, ['speaker', 'text', 'unit', ...QUANTITY_ONLY]);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  if (filters.entity !== undefined) {
    params.entityIds = JSON.stringify(entityIdsNamed(db, fold(filters.entity)));
    where.push(`e.id IN ${inList('@entityIds')}`);
  }
  if (filters.place !== undefined) {
    params.placeIds = JSON.stringify(placeIdsNamed(db, fold(filters.place)));
    where.push(`e.id IN ${inList('@placeIds')}`);
  }
  if (filters.type !== undefined) {
    params.type = oneOf(filters.type, ENTITY_TYPES, 'entity type');
    where.push('e.type = @type');
  }
  const window = checkDates(filters);
  const articleScope: string[] = [];
  if (window) {
    Object.assign(params, window);
    articleScope.push('a.published IS NOT NULL AND substr(a.published, 1, 10) BETWEEN @since AND @until');
  }
  if (filters.article !== undefined) {
    params.article = filters.article;
    params.articleRow = /^\d+$/.test(filters.article) ? Number(filters.article) : -1;
    articleScope.push('(a.external_id = @article OR a.id = @articleRow)');
  }
  if (articleScope.length > 0) {
    where.push(`EXISTS (SELECT 1 FROM article_entities ae JOIN articles a ON a.id = ae.article_id
      WHERE ae.entity_id = e.id AND ${articleScope.join(' AND ')})`);
  }
  params.limit = checkLimit(filters.limit);
  const sql = `
    SELECT e.id, e.type, e.canonical, e.country_code AS country, e.lat, e.lon,
           (SELECT group_concat(alias, char(31)) FROM (
              SELECT alias FROM aliases WHERE entity_id = e.id AND alias <> e.canonical ORDER BY alias)) AS aliases,
           (SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id) AS articles,
           (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions,
           (SELECT count(*) FROM claims WHERE speaker_entity_id = e.id) AS claims
    FROM entities e
    ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY mentions DESC, articles DESC, e.canonical, e.id
    LIMIT @limit`;
  const rows = db.prepare<Record<string, string | number>, Omit<EntityRow, 'aliases'> & { aliases: string | null }>(sql).iterate(params);
  return mapRows(rows, (row) => ({ ...row, aliases: splitList(row.aliases) }));
}

export function queryEntities(db: Database.Database, filters: QueryFilters = {}): EntityRow[] {
  return [...iterateEntities(db, filters)];
}

export type AnyRow = ClaimRow | EntityRow | QuoteRow | QuantityRow;

/** One entry point for the CLI: the rows of `kind` under `filters`, as they are read. */
export function iterate(db: Database.Database, kind: QueryKind, filters: QueryFilters): IterableIterator<AnyRow> {
  switch (kind) {
    case 'claims':
      return iterateClaims(db, filters);
    case 'entities':
      return iterateEntities(db, filters);
    case 'quotes':
      return iterateQuotes(db, filters);
    case 'quantities':
      return iterateQuantities(db, filters);
  }
}

/** The rows of `kind` under `filters`, all in an array. */
export function query(db: Database.Database, kind: QueryKind, filters: QueryFilters): AnyRow[] {
  return [...iterate(db, kind, filters)];
}
