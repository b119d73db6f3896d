import type { Doc } from '../model/doc.js';

/** What happened to one article in the store. */
export type SaveStatus = 'inserted' | 'replaced' | 'unchanged';

export interface SaveResult {
  status: SaveStatus;
  /** Row id in `articles`. */
  articleRowId: number;
}

/** What the store already holds for a content hash: lets ingest skip the pipeline for unchanged articles. */
export interface StoredArticle {
  articleRowId: number;
  externalId: string;
  pipelineVersion: string;
}

/** The only code that knows SQL implements this; the rest of claimex speaks in documents. */
export interface ClaimStore {
  readonly file: string;
  lookupByHash(hash: string): StoredArticle | undefined;
  /** Writes one processed article and all its layers in one transaction. */
  save(doc: Doc, hash: string, pipelineVersion: string): SaveResult;
  close(): void;
}
