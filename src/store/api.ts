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

/** A row count, in total and split by a kind column (entity type, claim type, quote kind). */
export interface CountBy {
  total: number;
  by: Record<string, number>;
}

/** What the database holds, for the ingest summary. */
export interface StoreStats {
  articles: number;
  entities: CountBy;
  claims: CountBy;
  quotes: CountBy;
  mentions: number;
  quantities: number;
  times: number;
}

/** The only code that knows SQL implements this; the rest of claimex speaks in documents. */
export interface ClaimStore {
  readonly file: string;
  lookupByHash(hash: string): StoredArticle | undefined;
  /** Writes one processed article and all its layers in one transaction. */
  save(doc: Doc, hash: string, pipelineVersion: string): SaveResult;
  /**
   * Removes an article (by its external id, or by row id when given a number) and every row derived from it;
   * entities no other article refers to go too. Returns false when there was no such article.
   */
  deleteArticle(article: string | number): boolean;
  stats(): StoreStats;
  close(): void;
}
