import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article, Doc } from '../model/doc.js';
import type { StoreStats } from '../store/api.js';
import { openStore } from '../store/open.js';
import { StoreError } from '../store/errors.js';
import { contentHash } from '../store/hash.js';
import { NEWS_PIPELINE_VERSION } from '../../pipelines/news-version.js';
import { LoadError, jsonlOrigin, loadInputs, measureInputs, type LoadOptions } from '../load/index.js';
import { createPool, PoolBroken, type ExtractPool } from './pool.js';

export interface IngestOptions extends LoadOptions {
  paths: readonly string[];
  /** Database file; its folder is created. */
  db: string;
  /** 0: in this thread; N: N worker threads. */
  workers: number;
  /** Re-run articles whose stored pipeline version differs from the current one (same content otherwise skips). */
  reprocess?: boolean;
  /** How long to wait for another writer before giving up with "database is locked" (store default: 5 s). */
  busyTimeoutMs?: number;
  /** Tests inject a pool (e.g. one that fails on purpose); by default `createPool(workers)`. */
  pool?: ExtractPool;
  /** Stops reading new inputs (Ctrl-C): articles in flight are finished and saved, then the summary is returned. */
  signal?: AbortSignal;
  /** Called after every article, cheaply: a reporter decides how often to draw. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called once the inputs' total size is known (null for stdin), for an ETA. */
  onTotalBytes?: (bytes: number | null) => void;
}

export interface IngestProgress {
  /** Articles seen so far: ingested + replaced + unchanged + failed. */
  done: number;
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** UTF-8 bytes of article text seen so far. */
  bytes: number;
  elapsedMs: number;
}

export interface IngestFailure {
  /** File (or `stdin`) and, for JSONL, the line; or the article's source and id for a pipeline failure. */
  where: string;
  reason: string;
}

export interface SampleClaim {
  speaker: string;
  type: string;
  object: string;
}

export interface IngestSummary extends IngestProgress {
  db: string;
  workers: number;
  pipelineVersion: string;
  /** True when stopped early by `signal`: run the same command again to continue. */
  interrupted: boolean;
  /** Articles skipped as unchanged although stored by another pipeline version (see --reprocess). */
  stale: number;
  failures: IngestFailure[];
  /** Failures beyond the ones kept in `failures`. */
  failuresNotListed: number;
  stats: StoreStats;
  samples: SampleClaim[];
}

/** A long batch of bad input must not fill memory with error messages: the first ones are kept, the rest counted. */
const MAX_LISTED_FAILURES = 1000;
const SAMPLE_CLAIMS = 5;
/** Finished articles saved in one transaction: at most this many, */
const SAVE_BATCH = 50;
/**
 * or what finished within this long after the first of them (a slow trickle still reaches the database). Long
 * enough that two workers fill most transactions (at 100 ms they held ~10 articles, and the main thread, which
 * shares the cores with them, spent 1.16 instead of 1.0 ms CPU per article); short enough for the progress bar.
 */
const SAVE_DELAY_MS = 500;

/** How a pipeline or save failure names its article: `file:line` for JSON Lines, else the file (plus the id if it differs). */
function whereOf(article: Article): string {
  const origin = jsonlOrigin(article);
  if (origin) return origin;
  return article.source === article.id || article.source.endsWith(article.id) ? article.source : `${article.source} [id ${article.id}]`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? line.slice(0, 297) + '...' : line;
}

type OpenedStore = ReturnType<typeof openStore>;

/**
 * When this run processed nothing (all unchanged), the summary still shows what the database holds: a few claims
 * with a speaker, read through the readable `v_claims` view. Best effort: an older schema just shows none.
 */
function samplesFromDb(store: OpenedStore, limit: number): SampleClaim[] {
  try {
    return store.db
      .prepare<[number], SampleClaim>('SELECT speaker, type, object FROM v_claims WHERE speaker IS NOT NULL ORDER BY id LIMIT ?')
      .all(limit)
      .map((c) => ({ speaker: c.speaker, type: c.type, object: oneLine(c.object) }));
  } catch {
    return [];
  }
}

/** A database that cannot be written (locked by another writer, not SQLite, ...): the whole batch stops. */
export class IngestAbort extends Error {
  constructor(
    message: string,
    readonly summary: IngestSummary | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The ingest loop: load lazily -> skip by content hash -> extract in the pool -> save in this thread, several
 * finished articles per transaction. At most `pool.capacity` articles are in flight, and the loader is only pulled when a
 * slot is free, so memory stays bounded whatever the input size. An interrupted run (even kill -9) leaves only
 * whole articles behind; running it again skips them by hash and goes on.
 */
export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const dbFile = resolve(opts.db);
  let store: OpenedStore;
  try {
    mkdirSync(dirname(dbFile), { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new IngestAbort(`${dbFile}: cannot create the database folder ${dirname(dbFile)} (${code})`, null, { cause: err });
  }
  try {
    store = openStore(dbFile, opts.busyTimeoutMs !== undefined ? { busyTimeoutMs: opts.busyTimeoutMs } : {});
  } catch (err) {
    throw new IngestAbort(err instanceof Error ? err.message : String(err), null, { cause: err });
  }

  const version = NEWS_PIPELINE_VERSION;
  const started = performance.now();
  const progress: IngestProgress = { done: 0, ingested: 0, replaced: 0, unchanged: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  const failures: IngestFailure[] = [];
  let failuresNotListed = 0;
  let stale = 0;
  const samples: SampleClaim[] = [];
  /** Hashes being extracted right now: a duplicate arriving meanwhile is not extracted twice. */
  const inFlightHashes = new Set<string>();
  let fatal: unknown = null;
  let interrupted = false;

  const report = () => {
    progress.elapsedMs = performance.now() - started;
    opts.onProgress?.(progress);
  };
  const fail = (where: string, reason: string) => {
    progress.failed++;
    progress.done++;
    if (failures.length < MAX_LISTED_FAILURES) failures.push({ where, reason: oneLine(reason) });
    else failuresNotListed++;
    report();
  };
  // One claim per article, from the first articles that have one: a sample of the batch, not of its first story.
  const keepSamples = (doc: Doc) => {
    if (samples.length >= SAMPLE_CLAIMS) return;
    const withSpeaker = doc.claims.filter((c) => c.speaker !== null || c.speakerText !== null);
    const claim = withSpeaker.find((c) => c.type !== 'statement' && c.type !== 'quantity') ?? withSpeaker[0];
    if (!claim) return;
    const speaker = claim.speaker !== null ? (doc.entities[claim.speaker]?.canonical ?? claim.speakerText) : claim.speakerText;
    samples.push({ speaker: speaker ?? '?', type: claim.type, object: oneLine(claim.object) });
  };
  const counted = (doc: Doc, status: 'inserted' | 'replaced' | 'unchanged') => {
    if (status === 'inserted') progress.ingested++;
    else if (status === 'replaced') progress.replaced++;
    else progress.unchanged++;
    progress.done++;
    keepSamples(doc);
    report();
  };
  const saveOne = (doc: Doc, hash: string) => {
    // Once the database has failed, articles still in flight are dropped (a re-run redoes them), rather than each
    // waiting out the busy timeout again.
    if (fatal) return;
    try {
      counted(doc, store.save(doc, hash, version).status);
    } catch (err) {
      // A store error (locked, disk full, not a database) is about the database, not this article: stop.
      if (err instanceof StoreError) fatal ??= err;
      else fail(whereOf(doc.article), `cannot save: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  // Finished articles wait here and are saved together, one transaction for up to SAVE_BATCH of them or what
  // SAVE_DELAY_MS gathered: a commit per article was most of the store's cost. Each transaction holds whole
  // articles only, so a killed run still leaves no partial article behind.
  let pending: Array<{ doc: Doc; hash: string }> = [];
  let flushTimer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (flushTimer) {
      clearTimeout(flushTimer);
      flushTimer = null;
    }
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      if (fatal) return;
      let results;
      try {
        results = store.saveMany(batch.map(({ doc, hash }) => ({ doc, hash, pipelineVersion: version })));
      } catch (err) {
        if (err instanceof StoreError) {
          fatal ??= err;
          return;
        }
        // One article the store rejects must not sink the others: save them one by one to find and report it.
        for (const { doc, hash } of batch) saveOne(doc, hash);
        return;
      }
      batch.forEach(({ doc }, i) => counted(doc, results[i].status));
    } finally {
      // Until saved, a duplicate of a pending article is found here, not by hash in the database.
      for (const { hash } of batch) inFlightHashes.delete(hash);
    }
  };
  const save = (doc: Doc, hash: string) => {
    if (fatal) {
      inFlightHashes.delete(hash);
      return;
    }
    pending.push({ doc, hash });
    if (pending.length >= SAVE_BATCH) flush();
    else flushTimer ??= setTimeout(flush, SAVE_DELAY_MS);
  };

  if (opts.onTotalBytes) {
    const onTotal = opts.onTotalBytes;
    measureInputs(opts.paths).then(onTotal, () => onTotal(null));
  }

  let pool: ExtractPool | undefined;
  try {
    pool = opts.pool ?? createPool(opts.workers);
    const inFlight = new Set<Promise<void>>();
    for await (const item of loadInputs(opts.paths, opts)) {
      if (fatal) break;
      if (opts.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (item instanceof LoadError) {
        fail(item.line !== undefined ? `${item.file}:${item.line}` : item.file, item.reason);
        continue;
      }
      const bytes = Buffer.byteLength(item.raw, 'utf8');
      const hash = contentHash(item.raw);
      let stored;
      try {
        stored = store.lookupByHash(hash);
      } catch (err) {
        fatal = err;
        break;
      }
      if (inFlightHashes.has(hash) || (stored && (stored.pipelineVersion === version || !opts.reprocess))) {
        if (stored && stored.pipelineVersion !== version) stale++;
        progress.bytes += bytes;
        progress.unchanged++;
        progress.done++;
        report();
        continue;
      }
      inFlightHashes.add(hash);
      const article = item;
      const job: Promise<void> = pool.extract(article).then(
        (doc) => {
          // Bytes count when an article is done, so the bar and MB/s measure work finished, not read ahead.
          progress.bytes += bytes;
          save(doc, hash);
        },
        (err: unknown) => {
          progress.bytes += bytes;
          inFlightHashes.delete(hash);
          if (err instanceof PoolBroken) {
            // What finished before the pool broke is saved, as it would have been one article at a time.
            flush();
            fatal ??= err;
          }
          else fail(whereOf(article), err instanceof Error ? err.message : String(err));
        },
      );
      const tracked = job.finally(() => {
        inFlight.delete(tracked);
      });
      inFlight.add(tracked);
      // Backpressure: read the next input only when a slot is free.
      while (inFlight.size >= pool.capacity) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (err) {
    flush();
    fatal ??= err;
  } finally {
    // Articles already extracted are saved even when the run stops early (unless the database itself failed).
    flush();
    await pool?.close();
  }

  progress.elapsedMs = performance.now() - started;
  const summary = (stats: StoreStats): IngestSummary => ({
    ...progress,
    db: dbFile,
    workers: opts.workers,
    pipelineVersion: version,
    interrupted,
    stale,
    failures,
    failuresNotListed,
    stats,
    samples,
  });
  if (fatal) {
    const message = fatal instanceof Error ? fatal.message : String(fatal);
    let stats: StoreStats | null = null;
    try {
      stats = store.stats();
    } catch {
      stats = null;
    }
    store.close();
    throw new IngestAbort(message, stats ? summary(stats) : null, { cause: fatal });
  }
  try {
    const stats = store.stats();
    if (samples.length === 0) samples.push(...samplesFromDb(store, SAMPLE_CLAIMS));
    return summary(stats);
  } catch (err) {
    throw new IngestAbort(err instanceof Error ? err.message : String(err), null, { cause: err });
  } finally {
    store.close();
  }
}
