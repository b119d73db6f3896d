import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/doc.js';
import { PoolBroken, ThreadPool } from '../../src/batch/pool.js';
import { assertBuilt } from './run-cli.js';

// The stand-in workers import the compiled protocol (dist/src/batch/serve.js).
beforeAll(() => assertBuilt());

const STAND_IN = new URL('./fixtures/stand-in-worker.mjs', import.meta.url);
const BROKEN = new URL('./fixtures/broken-worker.mjs', import.meta.url);

function article(raw: string, i: number): Article {
  return { id: `a${i}-${raw}`, source: 'test', published: null, title: null, raw };
}

/** Every article's outcome: the text the stand-in pipeline made of it, or the error. */
async function outcomes(pool: ThreadPool, texts: string[]): Promise<string[]> {
  try {
    const settled = await Promise.allSettled(texts.map((raw, i) => pool.extract(article(raw, i))));
    return settled.map((s) => (s.status === 'fulfilled' ? s.value.text : `error: ${(s.reason as Error).message}`));
  } finally {
    await pool.close();
  }
}

describe('ThreadPool', () => {
  it('hands each answer to its own article, with several articles queued in each worker', async () => {
    const texts = Array.from({ length: 24 }, (_, i) => `story ${i}`);
    const pool = new ThreadPool(2, { depth: 3, script: STAND_IN });
    expect(pool.capacity).toBe(8);
    expect(await outcomes(pool, texts)).toEqual(texts.map((t) => t.toUpperCase()));
  });

  it('a pipeline error fails that article only', async () => {
    const pool = new ThreadPool(1, { depth: 4, script: STAND_IN });
    expect(await outcomes(pool, ['one', 'throw', 'two'])).toEqual(['ONE', 'error: stage quotes failed: boom', 'TWO']);
  });

  it('a worker that dies fails the article it was running; the ones queued behind it go to its replacement', async () => {
    const pool = new ThreadPool(1, { depth: 4, script: STAND_IN });
    expect(await outcomes(pool, ['one', 'two', 'exit', 'three', 'four', 'five'])).toEqual([
      'ONE',
      'TWO',
      'error: worker exited with code 3',
      'THREE',
      'FOUR',
      'FIVE',
    ]);
  });

  it('a worker stuck on one article is replaced after the timeout; only that article fails', async () => {
    const pool = new ThreadPool(1, { depth: 4, timeoutMs: 1000, script: STAND_IN });
    const started = performance.now();
    expect(await outcomes(pool, ['one', 'hang', 'two', 'three'])).toEqual(['ONE', 'error: timed out after 1 s', 'TWO', 'THREE']);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('gives up on the whole pool when a worker cannot even start', async () => {
    const pool = new ThreadPool(2, { script: BROKEN });
    const results = await Promise.allSettled([pool.extract(article('one', 0)), pool.extract(article('two', 1))]);
    await pool.close();
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PoolBroken);
      expect(String((r as PromiseRejectedResult).reason.message)).toMatch(/failed to start: .*cannot load the pipeline/);
    }
  });
});
