import { loadMigrations } from '../../src/store/migrations.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { contentHash } from '../../src/store/hash.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { blinkenInBaghdad, sudaniWarns } from './fixtures.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-store-'));
  store = openStore(join(dir, 'claims.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row counts of every table an article writes into. */
function counts(s: SqliteStore): Record<string, number> {
  const tables = ['articles', 'entities', 'aliases', 'entity_roles', 'article_entities', 'mentions', 'quantities',
    'time_expressions', 'quotes', 'claims', 'claim_args', 'messages', 'fts_pending'];
  const indexed = (fts: string) => s.db.prepare(`SELECT count(*) FROM ${fts}_docsize`).pluck().get() as number;
  return {
    ...Object.fromEntries(tables.map((t) => [t, s.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number])),
    claims_fts: indexed('claims_fts'),
    quotes_fts: indexed('quotes_fts'),
  };
}

/** FTS5's own check that the index matches the claims and quotes tables; throws when it does not. */
function checkSearchIndex(s: SqliteStore): void {
  s.db.exec("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)");
  s.db.exec("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)");
}

/** Ids of the claims whose object the full-text index matches. */
function search(s: SqliteStore, words: string): number[] {
  return s.db.prepare('SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid').pluck().all(words) as number[];
}

describe('contentHash', () => {
  it('is the sha256 hex of the raw text, and changes with any edit', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('Blinken visited Iraq.')).not.toBe(contentHash('Blinken visited Iraq. '));
  });
});

describe('openStore', () => {
  it('applies every migration once, in WAL mode with foreign keys on', () => {
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(loadMigrations().map((m) => m.version));
    expect(versions.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    store.close();
    store = openStore(join(dir, 'claims.sqlite'), { busyTimeoutMs: 250 });
    expect(store.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(loadMigrations().length);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(250);
  });

  it('keeps no index that only writes cost (migration 006) and every index a foreign key or query needs', () => {
    const indexes = new Set(store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]);
    for (const gone of ['claims_type', 'quotes_kind', 'time_expressions_dates', 'articles_published']) expect(indexes.has(gone)).toBe(false);
    // Deletes cascade through these (an article's rows, an entity's references); the query drivers read the rest.
    for (const kept of ['messages_article', 'claim_args_time', 'claim_args_quantity', 'claim_args_entity', 'mentions_entity', 'articles_newest', 'articles_dates', 'claims_speaker_keys', 'quotes_speaker_keys']) {
      expect(indexes.has(kept)).toBe(true);
    }
  });

  it('indexes the child column of every foreign key (migration 007), so deleting an article never scans a table', () => {
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const unindexed: string[] = [];
    for (const table of tables) {
      const keys = store.db.prepare<[], { from: string }>(`SELECT "from" FROM pragma_foreign_key_list('${table}')`).all();
      if (keys.length === 0) continue;
      const leading = new Set(
        (store.db.prepare(`SELECT name FROM pragma_index_list('${table}')`).pluck().all() as string[]).map(
          (index) => store.db.prepare(`SELECT name FROM pragma_index_info('${index}') WHERE seqno = 0`).pluck().get() as string,
        ),
      );
      for (const key of keys) if (!leading.has(key.from)) unindexed.push(`${table}.${key.from}`);
    }
    expect(unindexed).toEqual([]);
    // The partial indexes still serve the lookup ON DELETE SET NULL makes.
    const plan = store.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM claims WHERE quote_id = ?').all(1) as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join(' ')).toContain('claims_quote');
  });
});

describe('save', () => {
  it('writes an article with every layer, its spans pointing into the stored text', () => {
    const doc = blinkenInBaghdad();
    const result = store.save(doc, contentHash(doc.article.raw), '0.1.0');
    expect(result.status).toBe('inserted');
    expect(counts(store)).toMatchObject({
      articles: 1, entities: 5, mentions: 10, quantities: 1, time_expressions: 1, quotes: 1, claims: 3, messages: 1,
      fts_pending: 4, claims_fts: 0, quotes_fts: 0,
    });
    expect(store.flushSearchIndex()).toBe(4);
    expect(counts(store)).toMatchObject({ fts_pending: 0, claims_fts: 3, quotes_fts: 1 });
    checkSearchIndex(store);
    // porter stemming: "secure" finds "security".
    expect(search(store, 'secure')).toEqual([store.db.prepare("SELECT id FROM claims WHERE type = 'commitment'").pluck().get()]);
    // places [Iraq, Iraq] is one argument; the promise has two places and a quantity; the arrival a place and a time.
    expect(counts(store).claim_args).toBe(1 + 3 + 2);
    const surfaces = store.db
      .prepare(`SELECT m.surface, substr(a.text, m.span_start + 1, m.span_end - m.span_start) AS sliced
                FROM mentions m JOIN articles a ON a.id = m.article_id`)
      .all() as Array<{ surface: string; sliced: string }>;
    for (const row of surfaces) expect(row.sliced).toBe(row.surface);
    const quantity = store.db.prepare('SELECT value, unit, approx, qualifier FROM quantities').get();
    expect(quantity).toEqual({ value: 2500, unit: 'troops', approx: 1, qualifier: 'about' });
    const time = store.db.prepare('SELECT value, date_from, date_to, relative FROM time_expressions').get();
    expect(time).toEqual({ value: '2024-12-13', date_from: '2024-12-13', date_to: '2024-12-13', relative: 1 });
  });

  it('reads naturally through v_claims and v_quotes', () => {
    const doc = blinkenInBaghdad();
    store.save(doc, contentHash(doc.article.raw), '0.1.0');
    const promise = store.db.prepare("SELECT * FROM v_claims WHERE type = 'promise'").get() as Record<string, unknown>;
    expect(promise).toMatchObject({
      speaker: 'Anthony Blinken', predicate: 'promise', modality: 'will', published: '2024-12-13',
      article: 'seed/blinken-baghdad', places: 'Iraq; United States', quantities: 'about 2,500 troops',
    });
    const quote = store.db.prepare('SELECT speaker, kind, cue FROM v_quotes').get();
    expect(quote).toEqual({ speaker: 'Anthony Blinken', kind: 'mixed', cue: 'reaffirm' });
  });

  it('leaves an unchanged article alone: same hash and version', () => {
    const doc = blinkenInBaghdad();
    const first = store.save(doc, contentHash(doc.article.raw), '0.1.0');
    const before = counts(store);
    const again = store.save(doc, contentHash(doc.article.raw), '0.1.0');
    expect(again).toEqual({ status: 'unchanged', articleRowId: first.articleRowId });
    expect(counts(store)).toEqual(before);
    expect(store.lookupByHash(contentHash(doc.article.raw))).toEqual({
      articleRowId: first.articleRowId, externalId: 'seed/blinken-baghdad', pipelineVersion: '0.1.0',
    });
    expect(store.lookupByHash(contentHash('something else'))).toBeUndefined();
  });

  it('replaces an article processed by another pipeline version, leaving no orphan rows', () => {
    const doc = blinkenInBaghdad();
    store.save(doc, contentHash(doc.article.raw), '0.1.0');
    store.flushSearchIndex();
    const before = counts(store);
    // The new version finds one claim fewer.
    const reprocessed = { ...doc, claims: doc.claims.slice(0, 2) };
    const result = store.save(reprocessed, contentHash(doc.article.raw), '0.2.0');
    expect(result.status).toBe('replaced');
    // The old rows left the index at once; the new ones wait in the queue until the next flush.
    expect(counts(store)).toEqual({ ...before, claims: 2, claims_fts: 0, quotes_fts: 0, fts_pending: 3, claim_args: before.claim_args - 2 });
    store.flushSearchIndex();
    expect(counts(store)).toEqual({ ...before, claims: 2, claims_fts: 2, claim_args: before.claim_args - 2 });
    checkSearchIndex(store);
    expect(store.lookupByHash(contentHash(doc.article.raw))?.pipelineVersion).toBe('0.2.0');
    const orphans = store.db
      .prepare(`SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT count(*) FROM claim_args WHERE claim_id NOT IN (SELECT id FROM claims))`)
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('replaces an edited article that keeps its id, and finds it by the new text', () => {
    const doc = blinkenInBaghdad();
    store.save(doc, contentHash(doc.article.raw), '0.1.0');
    const edited = blinkenInBaghdad();
    edited.article = { ...edited.article, raw: edited.article.raw + ' (Updated.)' };
    const result = store.save(edited, contentHash(edited.article.raw), '0.1.0');
    expect(result.status).toBe('replaced');
    expect(counts(store).articles).toBe(1);
    expect(store.lookupByHash(contentHash(doc.article.raw))).toBeUndefined();
    expect(store.lookupByHash(contentHash(edited.article.raw))?.articleRowId).toBe(result.articleRowId);
    // Replaced before its first flush: the old rows were never indexed, and the index stays consistent.
    store.flushSearchIndex();
    checkSearchIndex(store);
    expect(search(store, 'sovereignty')).toHaveLength(1);
  });

  it('merges one entity across articles, keeping the fullest name and every alias', () => {
    const a = blinkenInBaghdad();
    const b = sudaniWarns();
    store.save(a, contentHash(a.article.raw), '0.1.0');
    store.save(b, contentHash(b.article.raw), '0.1.0');
    const people = store.db.prepare("SELECT canonical FROM entities WHERE type = 'PERSON' ORDER BY canonical").pluck().all();
    expect(people).toEqual(['Anthony Blinken', 'Mohammed al-Sudani']);
    const blinkenAliases = store.db
      .prepare("SELECT alias FROM aliases JOIN entities e ON e.id = entity_id WHERE e.key = 'anthony blinken' ORDER BY alias")
      .pluck()
      .all();
    expect(blinkenAliases).toEqual(['Anthony Blinken', 'Blinken', 'Tony Blinken']);
    const iraqMentions = store.db
      .prepare("SELECT count(DISTINCT m.article_id) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'iq'")
      .pluck()
      .get();
    expect(iraqMentions).toBe(2);
  });

  it('deletes an article and the entities only it referred to', () => {
    const a = blinkenInBaghdad();
    const b = sudaniWarns();
    store.save(a, contentHash(a.article.raw), '0.1.0');
    store.save(b, contentHash(b.article.raw), '0.1.0');
    expect(store.deleteArticle('seed/sudani-warns')).toBe(true);
    expect(store.deleteArticle('seed/sudani-warns')).toBe(false);
    const keys = store.db.prepare('SELECT key FROM entities ORDER BY key').pluck().all();
    // Sudani and Syria went with their only article; Blinken and Iraq stay for the other one.
    expect(keys).toEqual(['anthony blinken', 'baghdad', 'iq', 'islamic state', 'us']);
    expect(store.db.prepare("SELECT count(*) FROM aliases WHERE alias = 'Tony Blinken'").pluck().get()).toBe(1);
    store.flushSearchIndex();
    expect(counts(store)).toMatchObject({ articles: 1, claims: 3, claims_fts: 3, quotes_fts: 1 });
    checkSearchIndex(store);
  });

  it('counts what it holds for the ingest summary', () => {
    const a = blinkenInBaghdad();
    const b = sudaniWarns();
    store.save(a, contentHash(a.article.raw), '0.1.0');
    store.save(b, contentHash(b.article.raw), '0.1.0');
    expect(store.stats()).toEqual({
      articles: 2,
      entities: { total: 7, by: { ORG: 1, PERSON: 2, PLACE: 4 } },
      claims: { total: 5, by: { commitment: 1, promise: 1, quantity: 1, statement: 1, warning: 1 } },
      quotes: { total: 2, by: { mixed: 1, term: 1 } },
      mentions: 16,
      quantities: 2,
      times: 1,
    });
  });

  it('indexes at the next open what a killed writer saved but never indexed', () => {
    const file = join(dir, 'claims.sqlite');
    store.close();
    const killed = openStore(file, { searchIndex: { everyArticles: 1000, everyMs: 3_600_000 } });
    const doc = blinkenInBaghdad();
    killed.save(doc, contentHash(doc.article.raw), '0.1.0');
    killed.db.close(); // as if the process died: no flush
    store = openStore(file);
    expect(counts(store)).toMatchObject({ fts_pending: 0, claims_fts: 3, quotes_fts: 1 });
    checkSearchIndex(store);
  });

  it('indexes after every 200 written articles', () => {
    store.close();
    store = openStore(join(dir, 'claims.sqlite'), { searchIndex: { everyArticles: 200, everyMs: 3_600_000 } });
    for (let i = 0; i < 200; i++) {
      const doc = blinkenInBaghdad(`batch/${i}`);
      store.save(doc, contentHash(`batch ${i}`), '0.1.0');
      if (i === 198) expect(counts(store)).toMatchObject({ claims_fts: 0, fts_pending: 4 * 199 });
    }
    expect(counts(store)).toMatchObject({ fts_pending: 0, claims_fts: 600 });
  });

  it('keeps going on odd input: empty layers, dangling indices, NaN values', () => {
    const doc = blinkenInBaghdad('odd');
    const odd = {
      ...doc,
      quantities: [{ ...doc.quantities[0], value: Number.NaN, place: 99 }],
      claims: [{ ...doc.claims[0], speaker: 42, quote: 7, places: [-1, 1.5], times: [3] }],
    };
    expect(store.save(odd, contentHash('odd'), '0.1.0').status).toBe('inserted');
    expect(store.db.prepare('SELECT value, place_mention_id FROM quantities').get()).toEqual({ value: null, place_mention_id: null });
    expect(store.db.prepare('SELECT speaker_entity_id, quote_id FROM claims').get()).toEqual({ speaker_entity_id: null, quote_id: null });
    const empty = { ...blinkenInBaghdad('empty'), entities: [], mentions: [], quantities: [], times: [], quotes: [], claims: [] };
    expect(store.save(empty, contentHash('empty'), '0.1.0').status).toBe('inserted');
  });
});
