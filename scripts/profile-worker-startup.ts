/**
 * What a worker thread costs before it is useful: CPU from `new Worker` to "modules loaded" and to the first
 * processed article, then one warm article for comparison; and, each in a fresh process, the import cost of the
 * heavy components the pipeline's modules pull in. Needs the build (`npm run build`): workers run dist/ code.
 *
 *   node dist/scripts/profile-worker-startup.js
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectPath } from '../src/paths.js';
import type { ExtractRequest, ExtractResponse, WorkerInit, WorkerReady } from '../src/batch/messages.js';
import { defaultWorkerScript, WORKER_SCRIPT } from '../src/batch/pool.js';

const cpuMs = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

/** Heavy modules, each imported alone in a fresh process: what it adds to a worker's start. */
const COMPONENTS: Array<{ name: string; code: string }> = [
  { name: 'node itself (baseline)', code: '' },
  { name: 'compromise (entities: lexicon only)', code: "await import('compromise');" },
  { name: 'wink-nlp + model, instantiated (segment)', code: "const w = (await import('wink-nlp')).default; w((await import('wink-eng-lite-web-model')).default, ['sbd', 'pos']);" },
  { name: 'chrono-node, English entry (dates)', code: "await import('chrono-node/en');" },
  { name: 'chrono-node, all locales (not used)', code: "await import('chrono-node');" },
  { name: 'world-countries (gazetteer)', code: "await import('world-countries');" },
  { name: 'better-sqlite3', code: "await import('better-sqlite3');" },
];

function componentCost(code: string): number {
  const script = `const t = process.cpuUsage(); ${code} const u = process.cpuUsage(t); console.log((u.user + u.system) / 1000);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectPath(), encoding: 'utf8' });
  return Number(run.stdout.trim());
}

async function workerStart(script: URL, raw: string): Promise<{ ready: number; first: number; warm: number }> {
  const article = (seq: number): ExtractRequest =>
    ({ seq, article: { id: `profile-${seq}`, source: 'profile', published: '2025-03-04', title: null, raw: raw + ' '.repeat(seq) } }) as ExtractRequest;
  // This thread waits while the worker runs, so the process's CPU time is the worker's.
  const start = process.cpuUsage();
  const init: WorkerInit = { current: new SharedArrayBuffer(4) };
  const worker = new Worker(script, { workerData: init });
  const next = (): Promise<WorkerReady | ExtractResponse> => new Promise((resolve) => worker.once('message', resolve));
  await next();
  const ready = cpuMs(start);
  worker.postMessage(article(1));
  await next();
  const first = cpuMs(start);
  const warmStart = process.cpuUsage();
  worker.postMessage(article(2));
  await next();
  const warm = cpuMs(warmStart);
  await worker.terminate();
  return { ready, first, warm };
}

async function main(): Promise<void> {
  const dir = projectPath('corpus', 'articles');
  const file = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
  const raw = readFileSync(join(dir, file), 'utf8');
  // What the pool starts: the bundle with its code cache when the build made one (see src/batch/worker-bundle.ts).
  const script = defaultWorkerScript();
  process.stdout.write(`worker script: ${script.href === WORKER_SCRIPT.href ? 'compiled modules (no fresh bundle)' : 'bundle with code cache'}\n`);
  for (let run = 1; run <= 2; run++) {
    const r = await workerStart(script, raw);
    process.stdout.write(
      `worker ${run}: modules loaded ${r.ready.toFixed(0)} ms CPU, first article done ${r.first.toFixed(0)} ms CPU ` +
        `(lazy lexicons/models ${(r.first - r.ready).toFixed(0)} ms), a warm article ${r.warm.toFixed(0)} ms\n`,
    );
  }
  process.stdout.write('\nimport cost, each alone in a fresh process (ms CPU):\n');
  for (const c of COMPONENTS) process.stdout.write(`  ${componentCost(c.code).toFixed(0).padStart(6)}  ${c.name}\n`);
}

await main();
