import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { contentHash } from '../../src/store/hash.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { blinkenInBaghdad, sudaniWarns } from './fixtures.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-save-many-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['articles', 'entities', 'aliases', 'entity_roles', 'article_entities', 'mentions', 'quantities',
  'time_expressions', 'quotes', 'claims', 'claim_args', 'messages', 'fts_pending'];

/** Every row of every table an article writes into, sorted (some tables have no rowid), without the clock time. */
function dump(store: SqliteStore): Record<string, string[]> {
  const rows = (t: string) => store.db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>;
  return Object.fromEntries(TABLES.map((t) => [t, rows(t).map(({ ingested_at: _, ...row }) => JSON.stringify(row)).sort()]));
}

function open(name: string): SqliteStore {
  return openStore(join(dir, name), { searchIndex: { everyArticles: 1000, everyMs: 3_600_000 } });
}

describe('saveMany', () => {
  it('writes the same rows as saving the articles one by one', () => {
    const docs = [blinkenInBaghdad(), sudaniWarns(), blinkenInBaghdad('seed/blinken-again')];
    const hashes = ['h1', 'h2', 'h3'];
    const one = open('one.sqlite');
    const many = open('many.sqlite');
    const single = docs.map((doc, i) => one.save(doc, hashes[i], '0.1.0'));
    const batched = many.saveMany(docs.map((doc, i) => ({ doc, hash: hashes[i], pipelineVersion: '0.1.0' })));
    expect(batched).toEqual(single);
    expect(dump(many)).toEqual(dump(one));
    one.close();
    many.close();
  });

  it('lets a later item see an earlier one: the same content twice is saved once, a new version replaces', () => {
    const store = open('claims.sqlite');
    const doc = blinkenInBaghdad();
    const hash = contentHash(doc.article.raw);
    const results = store.saveMany([
      { doc, hash, pipelineVersion: '0.1.0' },
      { doc, hash, pipelineVersion: '0.1.0' },
      { doc: { ...doc, claims: doc.claims.slice(0, 1) }, hash, pipelineVersion: '0.2.0' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['inserted', 'unchanged', 'replaced']);
    expect(store.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(store.db.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(1);
    store.close();
  });

  it('saves none of a batch when one article fails', () => {
    const store = open('claims.sqlite');
    const good = blinkenInBaghdad();
    // An entity type the schema refuses (a CHECK constraint) fails the second article's insert.
    const bad = { ...sudaniWarns(), entities: [{ ...sudaniWarns().entities[0], type: 'NOT_A_TYPE' as never }] };
    expect(() => store.saveMany([
      { doc: good, hash: 'good', pipelineVersion: '0.1.0' },
      { doc: bad, hash: 'bad', pipelineVersion: '0.1.0' },
    ])).toThrow(/CHECK constraint failed/);
    expect(store.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    expect(store.saveMany([])).toEqual([]);
    store.close();
  });

  it('counts its articles toward the next search-index flush', () => {
    const store = openStore(join(dir, 'claims.sqlite'), { searchIndex: { everyArticles: 4, everyMs: 3_600_000 } });
    const items = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ doc: blinkenInBaghdad(`batch/${from + i}`), hash: `h${from + i}`, pipelineVersion: '0.1.0' }));
    store.saveMany(items(0, 3));
    expect(store.db.prepare('SELECT count(*) FROM fts_pending').pluck().get()).toBeGreaterThan(0);
    store.saveMany(items(3, 1));
    expect(store.db.prepare('SELECT count(*) FROM fts_pending').pluck().get()).toBe(0);
    store.close();
  });
});
