import type { Article, Doc } from '../model/doc.js';

/** Main thread -> worker: one article to run the pipeline on. A worker runs the articles it is sent in order. */
export interface ExtractRequest {
  seq: number;
  article: Article;
}

/**
 * Worker -> main thread: the processed document, or why the pipeline failed on it. The document comes without its
 * token table and sentences (empty): the store writes neither, and they are most of the cost of sending it.
 */
export type ExtractResponse = { seq: number; ok: true; doc: Doc } | { seq: number; ok: false; error: string };

/** Worker -> main thread, once, after its modules (lexicons, models) have loaded. */
export interface WorkerReady {
  ready: true;
}

/**
 * The pool -> worker at start (`workerData`). `current` is one Int32 the worker sets to the seq of the article it
 * starts and back to 0 when it has answered: a worker holds several articles at once, and when it dies or hangs this
 * names the one it was running, so only that one fails and the others are sent again.
 */
export interface WorkerInit {
  current: SharedArrayBuffer;
}
