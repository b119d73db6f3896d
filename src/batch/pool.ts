import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, Doc } from '../model/doc.js';
import type { ExtractRequest, ExtractResponse, WorkerInit, WorkerReady } from './messages.js';
import { BUNDLED_WORKER_SCRIPT, workerBundleIsFresh } from './worker-bundle.js';

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
}

interface Slot {
  worker: Worker;
  /** Sent and not answered yet, in the order sent: the worker runs them in that order, so the first is running. */
  tasks: Task[];
  ready: boolean;
  /** The seq of the article the worker last started (see WorkerInit). */
  current: Int32Array;
  /** Armed for the first task; re-armed for the next one when it is answered. */
  timer?: NodeJS.Timeout;
  /** Replaced or shut down: its late events (an answer, 'error', 'exit') are ignored. */
  retired: boolean;
}

/** The compiled worker script next to this module; it only exists under dist/ (the CLI runs from there). */
export const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

/** What the pool starts by default: the bundle with its code cache when the build made a fresh one (faster to start). */
export function defaultWorkerScript(): URL {
  return workerBundleIsFresh() ? BUNDLED_WORKER_SCRIPT : WORKER_SCRIPT;
}

export function workerScriptAvailable(script: URL = WORKER_SCRIPT): boolean {
  return script.protocol === 'file:' && existsSync(fileURLToPath(script));
}

export interface ThreadPoolOptions {
  /** How long one article may take before its worker is replaced (default 120 s). */
  timeoutMs?: number;
  /**
   * Articles sent to a worker ahead of its answers (default 8). With one, a worker finishing an article waits for
   * the main thread to send the next, and the main thread is often busy for ~30 ms saving a batch: with 2 workers
   * and one article each, the 100k-article ingest kept only 1.59 of 2 cores busy. Queued in the worker, the next
   * articles are there when it needs them.
   */
  depth?: number;
  /** The worker entry (default: defaultWorkerScript(); tests serve a stand-in pipeline with the same protocol). */
  script?: URL;
}

/**
 * A fixed set of worker threads, each holding up to `depth` articles. A worker that dies (an uncaught error, out of
 * memory) or takes longer than `timeoutMs` on one article fails that article only and is replaced; the articles it
 * held but had not started go to the next free worker. So one pathological article cannot stall or sink a
 * 100,000-article batch.
 */
export class ThreadPool implements ExtractPool {
  readonly capacity: number;
  private readonly timeoutMs: number;
  private readonly depth: number;
  private readonly script: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;
  private broken: PoolBroken | null = null;

  constructor(
    readonly size: number,
    options: ThreadPoolOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.depth = Math.max(1, options.depth ?? 8);
    this.script = options.script ?? defaultWorkerScript();
    if (!workerScriptAvailable(this.script)) {
      throw new Error(`worker script ${fileURLToPath(this.script)} is missing: run \`npm run build\` (or use --workers 0)`);
    }
    // What the workers hold, plus one waiting per worker: the queue refills while the workers run, and nothing
    // more is read ahead (a few KB of text per worker, whatever the input size).
    this.capacity = size * (this.depth + 1);
  }

  /**
   * Workers start on the first article, not before: loading the pipeline's models costs seconds of CPU per worker,
   * wasted when a re-run finds every article unchanged.
   */
  private start(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const current = new SharedArrayBuffer(4);
    const init: WorkerInit = { current };
    const worker = new Worker(this.script, { workerData: init });
    const slot: Slot = { worker, tasks: [], ready: false, current: new Int32Array(current), retired: false };
    worker.on('message', (msg: ExtractResponse | WorkerReady) => {
      if (slot.retired) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.tasks[0];
      if (!task || task.seq !== msg.seq) return;
      slot.tasks.shift();
      this.arm(slot);
      if (msg.ok) task.resolve(msg.doc);
      else task.reject(new Error(msg.error));
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(slot, `worker crashed: ${err.message}`));
    worker.on('exit', (code) => this.replace(slot, `worker exited with code ${code}`));
    return slot;
  }

  /**
   * The timeout runs for the slot's first task, from when it was sent or its predecessor was answered: the moment
   * the worker is free to start it, give or take how long the main thread took to read the answer.
   */
  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (slot.tasks.length === 0) return;
    slot.timer = setTimeout(() => this.replace(slot, `timed out after ${this.timeoutMs / 1000} s`), this.timeoutMs);
  }

  /**
   * Fails the article a dead or stuck worker was running, puts the ones it held but had not started back at the
   * front of the queue, and starts a fresh worker in its place.
   */
  private replace(slot: Slot, reason: string): void {
    // A retired worker's 'error' and 'exit' (both come for one crash, and 'exit' for every terminate) change nothing.
    if (slot.retired || this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (!slot.ready) {
      // Died while loading: a replacement would die the same way, forever. Give up on the whole pool.
      this.break(new PoolBroken(`worker thread failed to start: ${reason}`));
      return;
    }
    clearTimeout(slot.timer);
    const running = Atomics.load(slot.current, 0);
    const held = slot.tasks.splice(0);
    for (const task of held) if (task.seq === running) task.reject(new Error(reason));
    this.queue.unshift(...held.filter((task) => task.seq !== running));
    this.retire(slot);
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private break(err: PoolBroken): void {
    this.broken ??= err;
    this.closed = true;
    for (const slot of this.slots) {
      for (const task of slot.tasks.splice(0)) task.reject(err);
      this.retire(slot);
    }
    for (const task of this.queue.splice(0)) task.reject(err);
  }

  /**
   * Stops a worker for good. Its listeners stay (removing 'exit' listeners would also remove the one a pending
   * terminate() waits on, and close() would never return); the flag makes them ignore what comes.
   */
  private retire(slot: Slot): void {
    slot.retired = true;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready) continue;
      while (slot.tasks.length < this.depth && this.queue.length > 0) {
        const task = this.queue.shift() as Task;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.arm(slot);
        const request: ExtractRequest = { seq: task.seq, article: task.article };
        slot.worker.postMessage(request);
      }
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
    for (const slot of this.slots) {
      slot.retired = true;
      clearTimeout(slot.timer);
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** `--workers N`: 0 runs in this thread, N >= 1 starts N worker threads. */
export function createPool(workers: number): ExtractPool {
  return workers <= 0 ? new InProcessPool() : new ThreadPool(workers);
}
