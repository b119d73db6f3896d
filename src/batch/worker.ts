/**
 * Worker thread entry: runs the news pipeline on the articles it is sent. Loaded from compiled JS only
 * (dist/src/batch/worker.js); every module-level lexicon or model is loaded once per worker, not per article.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract.js';
import type { ExtractRequest, ExtractResponse } from './messages.js';

const port = parentPort;
if (!port) throw new Error('claimex: batch/worker.js must be started as a worker thread');

port.on('message', (request: ExtractRequest) => {
  let response: ExtractResponse;
  let transfer: ArrayBuffer[] = [];
  try {
    const doc = extractArticle(request.article);
    response = { seq: request.seq, ok: true, doc };
    // The token table is the biggest part of a Doc: move its buffers instead of copying them.
    const t = doc.tokens;
    transfer = [t.start.buffer, t.end.buffer, t.sentence.buffer].filter(
      (b, i, all): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0 && all.indexOf(b) === i,
    );
  } catch (err) {
    response = { seq: request.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(response, transfer);
});
port.postMessage({ ready: true });
