import type Database from 'better-sqlite3';
import type { ClaimType, EntityType, QuoteKind } from '../model/doc.js';
import { isIsoDay } from './date-range.js';

/**
 * Reading the store: claims, entities and quotes filtered the way `claimex query` offers. Every filter is a SQL
 * fragment with named parameters (never string-built from user input); names match case- and accent-insensitively
 * through `claimex_fold`, a function registered on the connection, because SQLite's own lower()/LIKE only fold ASCII.
 */

export type QueryKind = 'claims' | 'entities' | 'quotes';

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

/** Case and accents folded away, so "sudani" finds "al-Sūdānī" and "İRAQ" finds "Iraq". */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const withFold = new WeakSet<Database.Database>();
function registerFold(db: Database.Database): void {
  if (withFold.has(db)) return;
  db.function('claimex_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : null));
  withFold.add(db);
}

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

/** Entity ids whose canonical name or an alias contains the (folded) parameter. */
const matchingEntities = (param: string): string => `(
  SELECT e.id FROM entities e WHERE instr(claimex_fold(e.canonical), ${param}) > 0
  UNION SELECT al.entity_id FROM aliases al WHERE instr(claimex_fold(al.alias), ${param}) > 0)`;

/**
 * Place entity ids for a place name: the matching places, and every place inside a matching country (a country's
 * key is its ISO code, so Baghdad with country_code IQ is inside Iraq, key `iq`).
 */
const matchingPlaces = (param: string): string => `(
  SELECT p.id FROM entities p WHERE p.type = 'PLACE' AND (p.id IN ${matchingEntities(param)}
    OR p.country_code IN (SELECT upper(c.key) FROM entities c
                          WHERE c.type = 'PLACE' AND c.id IN ${matchingEntities(param)} AND upper(c.key) = c.country_code)))`;

interface Built {
  where: string[];
  params: Record<string, string | number>;
}

function checkDates(filters: QueryFilters): { since: string; until: string } | null {
  for (const [flag, value] of [['--since', filters.since], ['--until', filters.until]] as const) {
    if (value !== undefined && !isIsoDay(value)) throw new QueryError(`${flag} wants a date as YYYY-MM-DD, not "${value}"`);
  }
  if (filters.since === undefined && filters.until === undefined) return null;
  const window = { since: filters.since ?? '0000-01-01', until: filters.until ?? '9999-12-31' };
  if (window.since > window.until) throw new QueryError(`--since ${window.since} is after --until ${window.until}`);
  return window;
}

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return -1;
  if (!Number.isInteger(limit) || limit < 0) throw new QueryError(`--limit wants a whole number ≥ 0, not "${limit}"`);
  return limit === 0 ? -1 : limit;
}

function refuse(kind: QueryKind, filters: QueryFilters, names: Array<keyof QueryFilters>): void {
  for (const name of names) {
    if (filters[name] !== undefined) throw new QueryError(`--${name} does not apply to ${kind}`);
  }
}

function articleFilter(built: Built, alias: string, article: string | undefined): void {
  if (article === undefined) return;
  built.params.article = article;
  built.params.articleRow = /^\d+$/.test(article) ? Number(article) : -1;
  built.where.push(`(${alias}.external_id = @article OR ${alias}.id = @articleRow)`);
}

const splitList = (value: string | null): string[] => (value ? value.split('\u001f') : []);

/** Rows of a running statement, reshaped one at a time: the output can be streamed, never all in memory. */
function* mapRows<In, Out>(rows: IterableIterator<In>, reshape: (row: In) => Out): Generator<Out> {
  for (const row of rows) yield reshape(row);
}

/**
 * Claims with speaker, places and article, newest article first, in text order within an article. Filters are
 * checked at once (a QueryError is thrown here); rows come as the caller reads them.
 */
export function iterateClaims(db: Database.Database, filters: QueryFilters = {}): IterableIterator<ClaimRow> {
  registerFold(db);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  if (filters.speaker !== undefined) {
    params.speaker = fold(filters.speaker);
    where.push(`(c.speaker_entity_id IN ${matchingEntities('@speaker')}
      OR (c.speaker_entity_id IS NULL AND instr(claimex_fold(c.speaker_text), @speaker) > 0))`);
  }
  if (filters.entity !== undefined) {
    params.entity = fold(filters.entity);
    where.push(`(c.speaker_entity_id IN ${matchingEntities('@entity')}
      OR EXISTS (SELECT 1 FROM claim_args ca WHERE ca.claim_id = c.id AND ca.entity_id IN ${matchingEntities('@entity')})
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.span_start >= c.span_start
                 AND m.span_end <= c.span_end AND m.entity_id IN ${matchingEntities('@entity')}))`);
  }
  if (filters.place !== undefined) {
    params.place = fold(filters.place);
    where.push(`EXISTS (SELECT 1 FROM claim_args ca WHERE ca.claim_id = c.id AND ca.role = 'place'
      AND ca.entity_id IN ${matchingPlaces('@place')})`);
  }
  if (filters.type !== undefined) {
    const type = filters.type.toLowerCase();
    if (!CLAIM_TYPES.includes(type as ClaimType)) {
      throw new QueryError(`unknown claim type "${filters.type}"; one of: ${CLAIM_TYPES.join(', ')}`);
    }
    params.type = type;
    where.push('c.type = @type');
  }
  if (filters.text !== undefined) {
    params.text = ftsQuery(filters.text);
    where.push('c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @text)');
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
      WHERE ca.claim_id = c.id AND (q.unit = @unit COLLATE NOCASE OR q.unit = @unit || 's' COLLATE NOCASE))`);
  }
  articleFilter(built, 'a', filters.article);
  params.limit = checkLimit(filters.limit);

  // Filter, sort and cut first; only then gather each claim's places (a correlated subquery per row: computed for
  // the page shown, not for every claim in the database).
  const sql = `
    WITH page AS (
      SELECT c.id, coalesce(sp.canonical, c.speaker_text) AS speaker, c.type, c.predicate, c.object, c.polarity,
             c.modality, a.published, a.external_id AS article, a.id AS article_row, c.span_start
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN entities sp ON sp.id = c.speaker_entity_id
      ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
      ORDER BY a.published DESC NULLS LAST, a.id, c.span_start, c.id
      LIMIT @limit)
    SELECT page.id, page.speaker, page.type, page.predicate, page.object, page.polarity, page.modality,
           page.published, page.article,
           (SELECT group_concat(canonical, char(31)) FROM (
              SELECT DISTINCT e.canonical FROM claim_args ca JOIN entities e ON e.id = ca.entity_id
              WHERE ca.claim_id = page.id AND ca.role = 'place' ORDER BY e.canonical)) AS places
    FROM page
    ORDER BY page.published DESC NULLS LAST, page.article_row, page.span_start, page.id`;
  const rows = db.prepare<Record<string, string | number>, Omit<ClaimRow, 'places'> & { places: string | null }>(sql).iterate(params);
  return mapRows(rows, (row) => ({ ...row, places: splitList(row.places) }));
}

export function queryClaims(db: Database.Database, filters: QueryFilters = {}): ClaimRow[] {
  return [...iterateClaims(db, filters)];
}

/** Quotes with their speaker and cue, newest article first. */
export function iterateQuotes(db: Database.Database, filters: QueryFilters = {}): IterableIterator<QuoteRow> {
  registerFold(db);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  if (filters.speaker !== undefined) {
    params.speaker = fold(filters.speaker);
    where.push(`(q.speaker_entity_id IN ${matchingEntities('@speaker')}
      OR (q.speaker_entity_id IS NULL AND instr(claimex_fold(q.speaker_text), @speaker) > 0))`);
  }
  // A mention inside the quote's span: who or what the quote is about.
  const mentionInside = (entities: string) => `EXISTS (SELECT 1 FROM mentions m
      WHERE m.article_id = q.article_id AND m.span_start >= q.span_start AND m.span_end <= q.span_end
      AND m.entity_id IN ${entities})`;
  if (filters.entity !== undefined) {
    params.entity = fold(filters.entity);
    where.push(`(q.speaker_entity_id IN ${matchingEntities('@entity')} OR ${mentionInside(matchingEntities('@entity'))})`);
  }
  if (filters.place !== undefined) {
    params.place = fold(filters.place);
    where.push(mentionInside(matchingPlaces('@place')));
  }
  if (filters.type !== undefined) {
    const kind = filters.type.toLowerCase();
    if (!QUOTE_KINDS.includes(kind as QuoteKind)) {
      throw new QueryError(`unknown quote kind "${filters.type}"; one of: ${QUOTE_KINDS.join(', ')}`);
    }
    params.kind = kind;
    where.push('q.kind = @kind');
  }
  if (filters.text !== undefined) {
    params.text = ftsQuery(filters.text);
    where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text)');
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
      AND (n.unit = @unit COLLATE NOCASE OR n.unit = @unit || 's' COLLATE NOCASE))`);
  }
  articleFilter(built, 'a', filters.article);
  params.limit = checkLimit(filters.limit);
  const sql = `
    SELECT q.id, coalesce(sp.canonical, q.speaker_text) AS speaker, q.kind, q.cue_lemma AS cue, q.text,
           a.published, a.external_id AS article
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities sp ON sp.id = q.speaker_entity_id
    ${where.length > 0 ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY a.published DESC NULLS LAST, a.id, q.span_start, q.id
    LIMIT @limit`;
  return db.prepare<Record<string, string | number>, QuoteRow>(sql).iterate(params);
}

export function queryQuotes(db: Database.Database, filters: QueryFilters = {}): QuoteRow[] {
  return [...iterateQuotes(db, filters)];
}

/** Entities with their aliases and how much the corpus says about them, most-mentioned first. */
export function iterateEntities(db: Database.Database, filters: QueryFilters = {}): IterableIterator<EntityRow> {
  registerFold(db);
  refuse('entities', filters, ['speaker', 'text', 'unit']);
  const built: Built = { where: [], params: {} };
  const { where, params } = built;
  if (filters.entity !== undefined) {
    params.entity = fold(filters.entity);
    where.push(`e.id IN ${matchingEntities('@entity')}`);
  }
  if (filters.place !== undefined) {
    params.place = fold(filters.place);
    where.push(`e.id IN ${matchingPlaces('@place')}`);
  }
  if (filters.type !== undefined) {
    const type = filters.type.toUpperCase();
    if (!ENTITY_TYPES.includes(type as EntityType)) {
      throw new QueryError(`unknown entity type "${filters.type}"; one of: ${ENTITY_TYPES.join(', ')}`);
    }
    params.type = type;
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

export type AnyRow = ClaimRow | EntityRow | QuoteRow;

/** One entry point for the CLI: the rows of `kind` under `filters`, as they are read. */
export function iterate(db: Database.Database, kind: QueryKind, filters: QueryFilters): IterableIterator<AnyRow> {
  switch (kind) {
    case 'claims':
      return iterateClaims(db, filters);
    case 'entities':
      return iterateEntities(db, filters);
    case 'quotes':
      return iterateQuotes(db, filters);
  }
}

/** The rows of `kind` under `filters`, all in an array. */
export function query(db: Database.Database, kind: QueryKind, filters: QueryFilters): AnyRow[] {
  return [...iterate(db, kind, filters)];
}
