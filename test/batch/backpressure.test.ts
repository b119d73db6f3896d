import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Article, Doc } from '../../src/model/doc.js';
import { createDoc } from '../../src/model/create.js';
import { ingest } from '../../src/batch/ingest.js';
import type { ExtractPool } from '../../src/batch/pool.js';
import { readJsonl } from '../../src/load/jsonl.js';
import { generatedArticle } from './articles.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-backpressure-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON Lines produced on demand, never held whole: `count` records of `size` generated articles (~360 B each). */
function feed(count: number, size = 1): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < count; i++) {
        let text = '';
        for (let k = 0; k < size; k++) text += generatedArticle(i + k);
        yield Buffer.from(JSON.stringify({ id: `n${i}`, text }) + '\n');
      }
    })(),
  );
}

/** A real garbage collection before each sample, so the heap measured is what is kept, not what awaits collection. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function retainedHeapMB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** A pool that answers asynchronously and later, like threads do, and records how many articles it held at once. */
class SlowPool implements ExtractPool {
  readonly capacity = 3;
  inFlight = 0;
  maxInFlight = 0;
  extract(article: Article): Promise<Doc> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve) =>
      setTimeout(() => {
        this.inFlight--;
        resolve(createDoc(article));
      }, 1),
    );
  }
  async close(): Promise<void> {}
}

describe('bounded memory', () => {
  it('never holds more articles in flight than the pool can take', async () => {
    const pool = new SlowPool();
    const summary = await ingest({ paths: ['-'], db: join(dir, 'bp.sqlite'), workers: 0, pool, stdin: feed(60) });
    expect(summary).toMatchObject({ ingested: 60, failed: 0 });
    expect(pool.maxInFlight).toBe(3);
  });

  it('streams 40,000 JSONL records (about 58 MB) through the loader without keeping them', async () => {
    const before = retainedHeapMB();
    let peak = before;
    let records = 0;
    for await (const item of readJsonl(feed(40_000, 4), { name: 'stdin' })) {
      if ('raw' in item) records++;
      if (records % 5000 === 0) peak = Math.max(peak, retainedHeapMB());
    }
    expect(records).toBe(40_000);
    // Keeping the records would take 55+ MB; streaming keeps a chunk and a line.
    expect(peak - before).toBeLessThan(10);
  });
});
