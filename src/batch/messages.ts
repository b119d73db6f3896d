import type { Article, Doc } from '../model/doc.js';

/** Main thread -> worker: one article to run the pipeline on. */
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
