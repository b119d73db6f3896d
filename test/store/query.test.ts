import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/store/hash.js';
import { openStore } from '../../src/store/open.js';
import { ftsQuery, query, QUERY_KINDS, queryClaims, queryEntities, queryQuotes, QueryError, type QueryFilters } from '../../src/store/query.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { blinkenInBaghdad, buildDoc, find, sudaniWarns } from './fixtures.js';

let dir: string;
let reader: SqliteStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-query-'));
  const writer = openStore(join(dir, 'claims.sqlite'));
  const docs = [blinkenInBaghdad(), sudaniWarns()];
  // An accented name and an unpublished article, to check folding and the date window.
  const text = 'Ayşe Gürsel demanded that Ankara end the blockade.';
  const accented = buildDoc({
    id: 'extra/gursel',
    published: null,
    text,
    entities: [
      { type: 'PERSON', canonical: 'Ayşe Gürsel', key: 'ayse gursel' },
      { type: 'PLACE', canonical: 'Ankara', key: 'ankara', countryCode: 'TR' },
    ],
    mentions: [{ surface: 'Ayşe Gürsel', entity: 0 }, { surface: 'Ankara', entity: 1 }],
  });
  accented.claims = [{
    ...find(text, 'Ankara end the blockade'), speaker: 0, speakerText: 'Ayşe Gürsel', predicate: 'demand', type: 'demand',
    object: 'Ankara end the blockade', polarity: 'positive', modality: null, places: [1], quantities: [], times: [],
  }];
  docs.push(accented);
  for (const doc of docs) writer.save(doc, contentHash(doc.article.raw), '0.1.0');
  writer.close(); // flushes the search index
  reader = openStore(join(dir, 'claims.sqlite'), { readonly: true });
});
afterAll(() => {
  reader.close();
  rmSync(dir, { recursive: true, force: true });
});

const objects = (filters: QueryFilters) => queryClaims(reader.db, filters).map((c) => c.object);

describe('queryClaims', () => {
  it('lists every claim, newest article first, in text order', () => {
    expect(objects({})).toEqual([
      'Iraq would not accept foreign troops on its soil',
      '900 soldiers in Syria were “enough”',
      'Anthony Blinken arrived in Baghdad on Friday',
      'to work with Iraq on security and to always work for Iraqi sovereignty',
      'Washington, which maintains about 2,500 troops in Iraq, will work to prevent any re-emergence of the Islamic State',
      'Ankara end the blockade',
    ]);
  });

  it('gives each claim its speaker, places and article', () => {
    const [promise] = queryClaims(reader.db, { type: 'promise' });
    expect(promise).toMatchObject({
      speaker: 'Anthony Blinken', type: 'promise', predicate: 'promise', polarity: 'positive', modality: 'will',
      published: '2024-12-13', article: 'seed/blinken-baghdad', places: ['Iraq', 'United States'],
    });
  });

  it('--speaker matches the canonical name or an alias, any case, as a substring', () => {
    expect(objects({ speaker: 'blinken' })).toHaveLength(2);
    expect(objects({ speaker: 'BLINK' })).toHaveLength(2);
    expect(objects({ speaker: 'Tony Blinken' })).toHaveLength(2); // an alias learnt from the other article
    expect(objects({ speaker: 'al-Sudani' })).toEqual([
      'Iraq would not accept foreign troops on its soil',
      '900 soldiers in Syria were “enough”',
    ]);
    expect(objects({ speaker: 'gursel' })).toEqual(['Ankara end the blockade']); // accents folded
    expect(objects({ speaker: 'Putin' })).toEqual([]);
  });

  it('--entity finds claims by the entity or about it', () => {
    expect(objects({ entity: 'Islamic State' })).toEqual([
      'Washington, which maintains about 2,500 troops in Iraq, will work to prevent any re-emergence of the Islamic State',
    ]);
    expect(objects({ entity: 'Sudani' })).toHaveLength(2);
  });

  it('--place matches the claim places, a country also its cities', () => {
    expect(objects({ place: 'Syria' })).toEqual(['900 soldiers in Syria were “enough”']);
    // Baghdad is in Iraq (country code IQ): the arrival in Baghdad is a claim placed in Iraq.
    expect(objects({ place: 'iraq' })).toHaveLength(4);
    expect(objects({ place: 'Baghdad' })).toEqual(['Anthony Blinken arrived in Baghdad on Friday']);
  });

  it('--type takes a claim type and refuses an unknown one', () => {
    expect(objects({ type: 'warning' })).toEqual(['Iraq would not accept foreign troops on its soil']);
    expect(queryClaims(reader.db, { type: 'warning' })[0]).toMatchObject({ polarity: 'negative', modality: 'would' });
    expect(() => objects({ type: 'rumour' })).toThrow(QueryError);
    expect(() => objects({ type: 'rumour' })).toThrow(/statement, commitment, promise/);
  });

  it('--text searches claim objects, stemmed, with any punctuation a user may type', () => {
    expect(objects({ text: 'sovereignty' })).toEqual(['to work with Iraq on security and to always work for Iraqi sovereignty']);
    expect(objects({ text: 'troop' })).toHaveLength(2);
    expect(objects({ text: 'troops Washington' })).toHaveLength(1);
    expect(objects({ text: 'sovereign*' })).toHaveLength(1);
    expect(objects({ text: '"Iraq' })).toHaveLength(3);
    expect(objects({ text: 'NEAR(iraq' })).toEqual([]);
    expect(() => objects({ text: '" - *' })).toThrow(/no word/);
  });

  it('--since/--until take the published date or a time in the claim', () => {
    expect(objects({ since: '2025-01-01' })).toHaveLength(2);
    expect(objects({ until: '2024-12-31' })).toHaveLength(3);
    expect(objects({ since: '2024-12-14', until: '2024-12-31' })).toEqual([]);
    expect(() => objects({ since: '13.12.2024' })).toThrow(/YYYY-MM-DD/);
    expect(() => objects({ since: '2024-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => objects({ since: '2025-01-01', until: '2024-01-01' })).toThrow(/after/);
  });

  it('--since/--until also match a claim by its own date when the article has none', () => {
    const text = 'The ministry said the talks would resume in March 2025.';
    const undated = buildDoc({ id: 'extra/undated', published: null, text, entities: [], mentions: [] });
    undated.times = [{ ...find(text, 'March 2025'), value: '2025-03', granularity: 'month', relative: false }];
    undated.claims = [{
      ...find(text, 'the talks would resume in March 2025'), speaker: null, speakerText: 'The ministry', predicate: 'say',
      type: 'statement', object: 'the talks would resume in March 2025', polarity: 'positive', modality: 'would',
      places: [], quantities: [], times: [0],
    }];
    const own = openStore(join(dir, 'dated.sqlite'));
    own.save(undated, contentHash(text), '0.1.0');
    const found = (filters: QueryFilters) => queryClaims(own.db, filters).map((c) => c.object);
    expect(found({ since: '2025-03-31' })).toEqual(['the talks would resume in March 2025']);
    expect(found({ since: '2025-04-01' })).toEqual([]);
    expect(found({ until: '2025-03-01' })).toEqual(['the talks would resume in March 2025']);
    expect(found({ until: '2025-02-28' })).toEqual([]);
    own.close();
  });

  it('--unit matches a quantity of the claim, singular or plural', () => {
    expect(objects({ unit: 'troops' })).toHaveLength(1);
    expect(objects({ unit: 'Soldier' })).toEqual(['900 soldiers in Syria were “enough”']);
    expect(objects({ unit: 'USD' })).toEqual([]);
  });

  it('--article takes the ingest id or the row id; --limit cuts', () => {
    expect(objects({ article: 'seed/sudani-warns' })).toHaveLength(2);
    const rowId = reader.db.prepare("SELECT id FROM articles WHERE external_id = 'seed/sudani-warns'").pluck().get() as number;
    expect(objects({ article: String(rowId) })).toHaveLength(2);
    expect(objects({ limit: 2 })).toHaveLength(2);
    expect(objects({ limit: 0 })).toHaveLength(6);
    expect(() => objects({ limit: -1 })).toThrow(QueryError);
  });

  it('combines filters with AND', () => {
    expect(objects({ speaker: 'Blinken', type: 'commitment', place: 'Iraq', text: 'security', until: '2024-12-13' })).toHaveLength(1);
    expect(objects({ speaker: 'Blinken', type: 'warning' })).toEqual([]);
  });
});

describe('queryEntities', () => {
  it('merges entities across articles and counts their mentions, articles and claims', () => {
    const [blinken] = queryEntities(reader.db, { entity: 'blinken' });
    expect(blinken).toMatchObject({
      type: 'PERSON', canonical: 'Anthony Blinken', aliases: ['Blinken', 'Tony Blinken'], articles: 2, mentions: 4, claims: 2,
    });
    const iraq = queryEntities(reader.db, { entity: 'Iraq', type: 'place' });
    expect(iraq.map((e) => [e.canonical, e.country, e.lat])).toEqual([['Iraq', 'IQ', 33]]);
  });

  it('filters by place, type, article and date, and refuses filters that do not apply', () => {
    expect(queryEntities(reader.db, { place: 'Iraq' }).map((e) => e.canonical)).toEqual(['Iraq', 'Baghdad']);
    expect(queryEntities(reader.db, { type: 'ORG' }).map((e) => e.canonical)).toEqual(['Islamic State']);
    expect(queryEntities(reader.db, { article: 'extra/gursel' }).map((e) => e.canonical).sort()).toEqual(['Ankara', 'Ayşe Gürsel']);
    expect(queryEntities(reader.db, { since: '2025-01-01', type: 'PERSON' }).map((e) => e.canonical).sort()).toEqual([
      'Anthony Blinken', 'Mohammed al-Sudani',
    ]);
    expect(() => queryEntities(reader.db, { type: 'THING' })).toThrow(/PERSON, PLACE, ORG/);
    expect(() => queryEntities(reader.db, { unit: 'troops' })).toThrow(/--unit does not apply to entities/);
  });
});

describe('queryQuotes', () => {
  it('lists quotes with speaker and cue, filtered by speaker, kind, text and place', () => {
    const all = queryQuotes(reader.db, {});
    expect(all.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['term', null, null], ['mixed', 'Anthony Blinken', 'reaffirm']]);
    expect(queryQuotes(reader.db, { speaker: 'Blinken' })).toHaveLength(1);
    expect(queryQuotes(reader.db, { type: 'mixed' })[0].text).toBe('“to work with Iraq on security and to always work for Iraqi sovereignty”');
    expect(queryQuotes(reader.db, { text: 'enough' }).map((q) => q.kind)).toEqual(['term']);
    expect(queryQuotes(reader.db, { place: 'Iraq' })).toHaveLength(1);
    expect(queryQuotes(reader.db, { entity: 'Iraq' })).toHaveLength(1);
    expect(() => queryQuotes(reader.db, { type: 'promise' })).toThrow(/direct, mixed, indirect, term/);
  });

  it('filters quotes by date, article and the unit of a quantity inside them', () => {
    expect(queryQuotes(reader.db, { since: '2025-01-01' }).map((q) => q.text)).toEqual(['“enough”']);
    expect(queryQuotes(reader.db, { until: '2024-12-31' }).map((q) => q.kind)).toEqual(['mixed']);
    expect(queryQuotes(reader.db, { article: 'seed/sudani-warns' }).map((q) => q.kind)).toEqual(['term']);
    // "900 soldiers" is outside the quoted “enough”: no quote holds a count of soldiers.
    expect(queryQuotes(reader.db, { unit: 'soldiers' })).toEqual([]);
    expect(queryQuotes(reader.db, { entity: 'gürsel' })).toEqual([]);
  });

  it('finds a quote by a quantity and a date inside it', () => {
    const text = 'The mayor said: “We lost 40 percent of the harvest in August 2024.”';
    const doc = buildDoc({ id: 'extra/harvest', published: '2025-02-01', text, entities: [], mentions: [] });
    doc.quantities = [{ ...find(text, '40 percent'), kind: 'percent', value: 40, unit: 'percent', qualifier: null, approx: false }];
    doc.times = [{ ...find(text, 'August 2024'), value: '2024-08', granularity: 'month', relative: false }];
    doc.quotes = [{ ...find(text, '“We lost 40 percent of the harvest in August 2024.”'), kind: 'direct', speaker: { ...find(text, 'The mayor') }, cue: { ...find(text, 'said'), lemma: 'say' } }];
    const own = openStore(join(dir, 'harvest.sqlite'));
    own.save(doc, contentHash(text), '0.1.0');
    expect(queryQuotes(own.db, { unit: 'percent' }).map((q) => q.speaker)).toEqual(['The mayor']);
    expect(queryQuotes(own.db, { unit: 'troops' })).toEqual([]);
    expect(queryQuotes(own.db, { since: '2024-08-01', until: '2024-08-31' })).toHaveLength(1); // by the date quoted
    expect(queryQuotes(own.db, { since: '2024-09-01', until: '2024-12-31' })).toEqual([]);
    expect(queryQuotes(own.db, { speaker: 'mayor' })).toHaveLength(1); // unresolved: the speaker as written
    own.close();
  });
});

describe('ftsQuery', () => {
  it('quotes every word so user input is never FTS5 syntax', () => {
    expect(ftsQuery('Iraqi sovereignty')).toBe('"Iraqi" "sovereignty"');
    expect(ftsQuery('say "no" OR')).toBe('"say" """no""" "OR"');
    expect(ftsQuery('sovereign*')).toBe('"sovereign"*');
  });
});

describe('any user input', () => {
  it('gives rows or a QueryError, never an SQL error', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 20 });
    const filters = fc.record(
      {
        speaker: anyText, entity: anyText, place: anyText, text: anyText, unit: anyText, article: anyText,
        type: fc.oneof(anyText, fc.constantFrom('promise', 'PERSON', 'mixed', 'money')),
        since: fc.oneof(anyText, fc.constantFrom('2024-12-01', '2025-13-01')),
        min: fc.oneof(fc.double(), fc.integer()),
        max: fc.oneof(fc.double(), fc.integer()),
        sort: fc.constantFrom('value', 'published', 'size') as fc.Arbitrary<'value' | 'published'>,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...QUERY_KINDS), filters, (kind, f) => {
        try {
          const rows = query(reader.db, kind, { ...f, limit: 5 });
          expect(rows.length).toBeLessThanOrEqual(5);
        } catch (err) {
          expect(err).toBeInstanceOf(QueryError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
