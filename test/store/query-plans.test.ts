import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/store/hash.js';
import { openStore } from '../../src/store/open.js';
import { query, setDriveThresholds, type QueryFilters, type QueryKind } from '../../src/store/query.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { blinkenInBaghdad, buildDoc, sudaniWarns } from './fixtures.js';

/**
 * A query runs one of three ways, chosen by how many candidates its most selective filter has: walking the
 * articles newest first, fetching the candidates by id, or ranking them from a covering index. On a large database
 * they are chosen by speed; here every way is forced in turn, and all must give the same rows in the same order.
 */

let dir: string;
let reader: SqliteStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-plans-'));
  const writer = openStore(join(dir, 'claims.sqlite'));
  // The seed stories on several days (two on the same day, one undated), so order and date windows matter.
  const days = ['2024-12-13', '2025-01-20', '2024-12-13', '2023-05-02', null, '2025-03-01'];
  days.forEach((day, i) => {
    for (const doc of [blinkenInBaghdad(`blinken-${i}`, day), sudaniWarns(`sudani-${i}`, day)]) {
      writer.save(doc, contentHash(`${i}\n${doc.article.raw}`), '0.1.0');
    }
  });
  // An unresolved speaker: matched by the words naming it.
  const text = 'A ministry spokesman said that 40 trucks would reach Mosul by Monday.';
  const unresolved = buildDoc({
    id: 'extra/spokesman',
    published: '2025-02-02',
    text,
    entities: [{ type: 'PLACE', canonical: 'Mosul', key: 'mosul', countryCode: 'IQ' }],
    mentions: [{ surface: 'Mosul', entity: 0 }],
  });
  const object = '40 trucks would reach Mosul by Monday';
  const start = text.indexOf(object);
  unresolved.claims = [{
    start, end: start + object.length, text: object, speaker: null, speakerText: 'A ministry spokesman', predicate: 'say',
    type: 'statement', object, polarity: 'positive', modality: 'would', places: [0], quantities: [], times: [],
  }];
  writer.save(unresolved, contentHash(text), '0.1.0');
  writer.close();
  reader = openStore(join(dir, 'claims.sqlite'), { readonly: true });
});
afterEach(() => setDriveThresholds());
afterAll(() => {
  reader.close();
  rmSync(dir, { recursive: true, force: true });
});

const WAYS = {
  walk: { rows: 0, keys: 0 },
  fetch: { rows: 1e9, keys: 0 },
  keys: { rows: 1e9, keys: 1e9 },
};

function everyWay(kind: QueryKind, filters: QueryFilters): Record<keyof typeof WAYS, unknown[]> {
  const out = {} as Record<keyof typeof WAYS, unknown[]>;
  for (const [name, thresholds] of Object.entries(WAYS) as Array<[keyof typeof WAYS, (typeof WAYS)['walk']]>) {
    setDriveThresholds(thresholds);
    out[name] = query(reader.db, kind, filters);
  }
  return out;
}

const CASES: Array<[QueryKind, QueryFilters]> = [
  ['claims', { speaker: 'blinken' }],
  ['claims', { speaker: 'BLINKEN', limit: 3 }],
  ['claims', { speaker: 'spokesman' }],
  ['claims', { speaker: 'sudani', type: 'warning' }],
  ['claims', { speaker: 'blinken', since: '2024-12-01', until: '2024-12-31' }],
  ['claims', { text: 'troops' }],
  ['claims', { text: 'sovereignty', limit: 2 }],
  ['claims', { place: 'iraq' }],
  ['claims', { place: 'iraq', since: '2025-01-01' }],
  ['claims', { entity: 'washington' }],
  ['claims', { article: 'sudani-3' }],
  ['claims', { unit: 'troop' }],
  ['claims', { speaker: 'blinken', text: 'iraq' }],
  ['claims', { entity: 'iraq', type: 'commitment' }],
  ['claims', { entity: 'sudani', type: 'warning' }],
  ['quotes', { speaker: 'blinken' }],
  ['quotes', { speaker: 'blinken', type: 'mixed' }],
  ['quotes', { speaker: 'blinken', type: 'mixed', limit: 2 }],
  ['quotes', { type: 'term' }],
  ['quotes', { text: 'sovereignty' }],
  ['quotes', { place: 'iraq', limit: 4 }],
  ['quotes', { entity: 'blinken', since: '2025-01-01' }],
];

describe('every way of running a query gives the same rows', () => {
  it.each(CASES)('%s %j', (kind, filters) => {
    const { walk, fetch, keys } = everyWay(kind, filters);
    expect(walk.length).toBeGreaterThan(0);
    expect(fetch).toEqual(walk);
    expect(keys).toEqual(walk);
  });

  it('a limit cuts the same ordered list in every way', () => {
    const all = everyWay('claims', { speaker: 'blinken' }).walk;
    const firstThree = everyWay('claims', { speaker: 'blinken', limit: 3 });
    expect(firstThree.keys).toEqual(all.slice(0, 3));
    expect(firstThree.fetch).toEqual(all.slice(0, 3));
  });

  it('finds the unresolved speaker by the words naming it, whatever the way', () => {
    const { walk, keys } = everyWay('claims', { speaker: 'ministry spokes' });
    expect(walk).toHaveLength(1);
    expect(keys).toEqual(walk);
    expect(walk[0]).toMatchObject({ speaker: 'A ministry spokesman', places: ['Mosul'] });
  });
});
