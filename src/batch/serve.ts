/**
 * The worker side of the pool's protocol, apart from the pipeline it runs, so that tests can serve a stand-in
 * pipeline (one that crashes or hangs on purpose) through the very same code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Doc } from '../model/doc.js';
import { emptyTokens } from '../model/create.js';
import type { ExtractRequest, ExtractResponse, WorkerInit, WorkerReady } from './messages.js';

export function serve(run: (article: Article) => Doc): void {
  const port = parentPort;
  if (!port) throw new Error('claimex: a pool worker must be started as a worker thread');
  const current = new Int32Array((workerData as WorkerInit).current);
  port.on('message', (request: ExtractRequest) => {
    Atomics.store(current, 0, request.seq);
    let response: ExtractResponse;
    try {
      const doc = run(request.article);
      // The store writes neither the token table nor the sentences, and they are most of what a structured clone
      // costs (0.54 -> 0.16 ms per news article to send and receive): the main thread gets them empty.
      response = { seq: request.seq, ok: true, doc: { ...doc, tokens: emptyTokens(), sentences: [] } };
    } catch (err) {
      response = { seq: request.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(response);
    // Between articles the worker runs none: a crash now (a stray async error) is no article's fault.
    Atomics.store(current, 0, 0);
  });
  const ready: WorkerReady = { ready: true };
  port.postMessage(ready);
}
