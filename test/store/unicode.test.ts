import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc, Mention } from '../../src/model/doc.js';
import { contentHash } from '../../src/store/hash.js';
import { openStore } from '../../src/store/open.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { wellFormed } from '../../src/store/writer.js';

let dir: string;
let store: SqliteStore;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-unicode-'));
  store = openStore(join(dir, 'claims.sqlite'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A doc over `text` with one PERSON mention and one claim per span. */
function docWithSpans(id: string, text: string, spans: Array<[number, number]>): Doc {
  const doc = createDoc({ id, source: id, published: '2024-12-13', title: null, raw: text });
  const mentions: Mention[] = spans.map(([start, end]) => ({
    start, end, text: text.slice(start, end), type: 'PERSON', kind: 'name', source: 'test', entity: 0,
  }));
  return {
    ...doc,
    entities: [{ type: 'PERSON', canonical: 'Somebody', key: 'somebody', aliases: [], roles: [], mentions: mentions.map((_, i) => i) }],
    mentions,
    claims: spans.map(([start, end]) => ({
      start, end, speaker: 0, speakerText: null, predicate: 'say', type: 'statement' as const, object: text.slice(start, end),
      polarity: 'positive' as const, modality: null, places: [], quantities: [], times: [],
    })),
  };
}

/** Spans read back and cut from the stored text in JavaScript: the way claimex code reads them. */
function storedSurfaces(articleRowId: number): Array<{ sliced: string; surface: string }> {
  const text = store.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleRowId) as string;
  const rows = store.db
    .prepare('SELECT span_start, span_end, surface FROM mentions WHERE article_id = ? ORDER BY ord')
    .all(articleRowId) as Array<{ span_start: number; span_end: number; surface: string }>;
  return rows.map((r) => ({ sliced: text.slice(r.span_start, r.span_end), surface: r.surface }));
}

describe('offsets survive the database as JavaScript (UTF-16) offsets', () => {
  it('for any text, including emoji and other astral characters before the span', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
        (text, raw) => {
          const spans = raw.map(([a, b]): [number, number] => {
            const x = text.length === 0 ? 0 : a % (text.length + 1);
            const y = text.length === 0 ? 0 : b % (text.length + 1);
            return [Math.min(x, y), Math.max(x, y)];
          });
          const id = `prop/${n++}`;
          const result = store.save(docWithSpans(id, text, spans), contentHash(id + text), '0.1.0');
          const stored = store.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(result.articleRowId);
          expect(stored).toBe(text);
          for (const { sliced, surface } of storedSurfaces(result.articleRowId)) {
            // A span may cut a surrogate pair: the store keeps that lone half as U+FFFD, one unit like the half.
            expect(surface).toBe(wellFormed(sliced));
            expect(surface.length).toBe(sliced.length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a lone surrogate in the article (a broken escape in JSONL) does not shift the spans after it', () => {
    const text = 'Broken \uD83D escape, then Blinken spoke.';
    const start = text.indexOf('Blinken');
    const { articleRowId } = store.save(docWithSpans('lone', text, [[start, start + 7]]), contentHash('lone'), '0.1.0');
    const stored = store.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleRowId) as string;
    expect(stored).toBe('Broken \uFFFD escape, then Blinken spoke.');
    expect(storedSurfaces(articleRowId)).toEqual([{ sliced: 'Blinken', surface: 'Blinken' }]);
  });

  it('an emoji before a name: JavaScript slicing finds the name, SQLite substr is one character off (documented)', () => {
    const text = 'Protesters 🇮🇶 cheered as Blinken arrived.';
    const start = text.indexOf('Blinken');
    const { articleRowId } = store.save(docWithSpans('emoji', text, [[start, start + 7]]), contentHash('emoji'), '0.1.0');
    expect(storedSurfaces(articleRowId)).toEqual([{ sliced: 'Blinken', surface: 'Blinken' }]);
    const viaSql = store.db
      .prepare('SELECT substr(a.text, m.span_start + 1, m.span_end - m.span_start) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.id = ?')
      .pluck()
      .get(articleRowId);
    expect(viaSql).not.toBe('Blinken'); // the flag is 2 code points but 4 UTF-16 units
  });
});
