import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, Doc } from '../model/doc.js';
import type { ExtractRequest, ExtractResponse, WorkerReady } from './messages.js';

/** Runs the pipeline on articles, somewhere: in this thread or in worker threads. */
export interface ExtractPool {
  /** How many articles can usefully be in flight at once; the ingest loop holds no more (backpressure). */
  readonly capacity: number;
  extract(article: Article): Promise<Doc>;
  close(): Promise<void>;
}

/** The pipeline in the calling thread: `--workers 0`, tests (which run TS sources) and tiny inputs. */
export class InProcessPool implements ExtractPool {
  readonly capacity = 1;
  private run: ((article: Article) => Doc) | undefined;
  constructor(run?: (article: Article) => Doc) {
    this.run = run;
  }

  async extract(article: Article): Promise<Doc> {
    // The pipeline's modules (models, lexicons: ~0.35 s of CPU) load on the first article, and only in a process
    // that runs the pipeline itself: with worker threads the main thread never needs them.
    this.run ??= (await import('../extract.js')).extractArticle;
    try {
      return this.run(article);
    } catch (err) {
      throw err instanceof Error ? err : new Error(String(err));
    }
  }

  async close(): Promise<void> {}
}

/** The workers cannot start at all (a missing module, a broken build): no article can be processed. */
export class PoolBroken extends Error {
  override readonly name = 'PoolBroken';
}

interface Task {
  seq: number;
  article: Article;
  resolve: (doc: Doc) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  ready: boolean;
}

/** The compiled worker script next to this module; it only exists under dist/ (the CLI runs from there). */
export const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

export function workerScriptAvailable(): boolean {
  return WORKER_SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(WORKER_SCRIPT));
}

/**
 * A fixed set of worker threads, one article each at a time. A worker that dies (an uncaught error, out of memory)
 * or takes longer than `timeoutMs` on one article fails that article only and is replaced, so one pathological
 * article cannot stall or sink a 100,000-article batch.
 */
export class ThreadPool implements ExtractPool {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;
  private broken: PoolBroken | null = null;

  constructor(
    readonly size: number,
    private readonly timeoutMs = 120_000,
  ) {
    if (!workerScriptAvailable()) {
      throw new Error(`worker script ${fileURLToPath(WORKER_SCRIPT)} is missing: run \`npm run build\` (or use --workers 0)`);
    }
    // Two per worker: each has its next article waiting while it works, and no more is read ahead.
    this.capacity = size * 2;
  }

  /**
   * Workers start on the first article, not before: loading the pipeline's models costs seconds of CPU per worker,
   * wasted when a re-run finds every article unchanged.
   */
  private start(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SCRIPT);
    const slot: Slot = { worker, task: null, ready: false };
    worker.on('message', (msg: ExtractResponse | WorkerReady) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.task;
      if (!task || task.seq !== msg.seq) return;
      slot.task = null;
      clearTimeout(task.timer);
      if (msg.ok) task.resolve(msg.doc);
      else task.reject(new Error(msg.error));
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(slot, `worker crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  /** Fails the article a dead or stuck worker held, and starts a fresh worker in its place. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (!slot.ready) {
      // Died while loading: a replacement would die the same way, forever. Give up on the whole pool.
      this.break(new PoolBroken(`worker thread failed to start: ${reason}`));
      return;
    }
    const task = slot.task;
    slot.task = null;
    if (task) {
      clearTimeout(task.timer);
      task.reject(new Error(reason));
    }
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
  }

  private break(err: PoolBroken): void {
    this.broken ??= err;
    this.closed = true;
    for (const slot of this.slots) {
      if (slot.task) {
        clearTimeout(slot.task.timer);
        slot.task.reject(err);
        slot.task = null;
      }
      slot.worker.removeAllListeners('exit');
      void slot.worker.terminate();
    }
    for (const task of this.queue.splice(0)) task.reject(err);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift() as Task;
      slot.task = task;
      task.timer = setTimeout(() => this.replace(slot, `timed out after ${this.timeoutMs / 1000} s`), this.timeoutMs);
      const request: ExtractRequest = { seq: task.seq, article: task.article };
      slot.worker.postMessage(request);
    }
  }

  extract(article: Article): Promise<Doc> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise<Doc>((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, article, resolve, reject });
      this.start();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** `--workers N`: 0 runs in this thread, N >= 1 starts N worker threads. */
export function createPool(workers: number): ExtractPool {
  return workers <= 0 ? new InProcessPool() : new ThreadPool(workers);
}
