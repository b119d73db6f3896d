import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractResponse, WorkerInit, WorkerReady } from '../../src/batch/messages.js';
import { bundleIsFresh } from '../../src/batch/worker-bundle.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { generatedArticle } from './articles.js';
import { assertBuilt } from './run-cli.js';

/*
 * The bundled worker (npm run build: tsc, then scripts/build-worker.ts) must answer exactly as the compiled modules
 * do, and the pool must never start a bundle older than the files it was built from.
 */

const dir = mkdtempSync(join(tmpdir(), 'claimex-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundleIsFresh', () => {
  const bundle = join(dir, 'worker.bundle.cjs');
  const inputs = join(dir, 'inputs.json');
  const at = (file: string, seconds: number): void => utimesSync(file, seconds, seconds);
  writeFileSync(join(dir, 'a.js'), 'a');
  writeFileSync(join(dir, 'b.js'), 'b');
  writeFileSync(inputs, JSON.stringify(['a.js', 'b.js']));

  it('is false without a bundle', () => {
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
  });

  it('is true when the bundle is as new as its newest input, false when an input is newer or gone', () => {
    writeFileSync(bundle, '');
    at(join(dir, 'a.js'), 1_000);
    at(join(dir, 'b.js'), 2_000);
    at(bundle, 2_000);
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(true);
    at(join(dir, 'b.js'), 2_001); // tsc ran again, the bundling step did not
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
    at(join(dir, 'b.js'), 1_500);
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(true);
    writeFileSync(inputs, JSON.stringify(['a.js', 'gone.js']));
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
  });
});

/** The docs a dist worker entry sends back for `texts`, as JSON. */
async function answers(entry: string, texts: string[]): Promise<string[]> {
  const init: WorkerInit = { current: new SharedArrayBuffer(4) };
  const worker = new Worker(join(PROJECT_ROOT, 'dist', 'src', 'batch', entry), { workerData: init });
  const out: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (): void =>
        worker.postMessage({ seq: out.length, article: { id: `a${out.length}`, source: 'test', published: '2024-03-01', title: null, raw: texts[out.length] } });
      worker.on('message', (msg: WorkerReady | ExtractResponse) => {
        if ('ready' in msg) return send();
        out.push(JSON.stringify(msg));
        if (out.length < texts.length) send();
        else resolve();
      });
      worker.on('error', reject);
    });
  } finally {
    await worker.terminate();
  }
  return out;
}

describe('bundled worker', () => {
  it('answers articles exactly as worker.js does', async () => {
    assertBuilt();
    const texts = Array.from({ length: 4 }, (_, i) => generatedArticle(i));
    const [bundled, plain] = await Promise.all([answers('bundled-worker.js', texts), answers('worker.js', texts)]);
    expect(bundled).toHaveLength(texts.length);
    for (const a of bundled) expect(JSON.parse(a).ok).toBe(true);
    expect(bundled).toEqual(plain);
    // real content: the generated articles name people and are quoted
    expect(bundled.join('')).toContain('"quotes":[{');
  });
});
