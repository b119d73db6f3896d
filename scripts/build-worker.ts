/**
 * The build's last step (`npm run build` = tsc, then this): bundles the compiled worker (dist/src/batch/worker.js and
 * every module it imports, chrono-node included) into one CommonJS script, then runs it in a worker thread over the
 * corpus articles and saves V8's code cache of it. See src/batch/worker-bundle.ts for why.
 *
 *   node dist/scripts/build-worker.js
 *
 * Without esbuild (an install without dev dependencies) or when the run fails, it says so and leaves no bundle:
 * the pool then starts the plain worker.js, which does the same work, only slower to start.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractRequest, ExtractResponse, WorkerReady } from '../src/batch/messages.js';
import {
  BUNDLED_WORKER_SCRIPT,
  type CodeCacheInit,
  type CodeCacheMessage,
  WORKER_BUNDLE,
  WORKER_BUNDLE_CACHE,
  WORKER_BUNDLE_INPUTS,
} from '../src/batch/worker-bundle.js';
import { PROJECT_ROOT, projectPath } from '../src/paths.js';

/**
 * wink-nlp and its model stay outside: the model package reads its JSON models through `require` of computed paths,
 * which a bundler cannot follow, and both are sloppy-mode CommonJS, which the bundle's "use strict" would change
 * (inside, they saved ~10 ms more per worker). Everything bundled was written as ES modules (strict). Node built-ins
 * stay outside by `platform: 'node'`.
 */
const EXTERNAL = ['wink-nlp', 'wink-eng-lite-web-model'];

type Esbuild = typeof import('esbuild');

async function loadEsbuild(): Promise<Esbuild | null> {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

function removeBundle(): void {
  for (const file of [WORKER_BUNDLE, WORKER_BUNDLE_CACHE, WORKER_BUNDLE_INPUTS]) rmSync(file, { force: true });
}

function bundle(esbuild: Esbuild): void {
  const entry = fileURLToPath(new URL('../src/batch/worker.js', import.meta.url));
  const result = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: PROJECT_ROOT,
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // The modules find the project root and resolve packages from import.meta.url: the bundle's own URL serves,
    // since it sits next to the worker.js it replaces. Strict mode, as ES modules are.
    define: { 'import.meta.url': '__bundle_url' },
    banner: { js: `"use strict";\nvar __bundle_url = require('node:url').pathToFileURL(__filename).href;` },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(PROJECT_ROOT, projectPath(input)));
  writeFileSync(WORKER_BUNDLE_INPUTS, JSON.stringify(inputs, null, 1) + '\n');
}

/** Runs the bundle over the corpus articles and returns its code cache, compiled functions included. */
async function makeCodeCache(): Promise<Uint8Array> {
  const dir = projectPath('corpus', 'articles');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  if (texts.length === 0) throw new Error(`no articles in ${dir}`);
  const init: CodeCacheInit = { current: new SharedArrayBuffer(4), codeCacheAfter: texts.length };
  const worker = new Worker(BUNDLED_WORKER_SCRIPT, { workerData: init });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      let sent = 0;
      const sendNext = (): void => {
        const request: ExtractRequest = {
          seq: sent,
          article: { id: `code-cache-${sent}`, source: 'build', published: '2025-01-01', title: null, raw: texts[sent] },
        };
        sent++;
        worker.postMessage(request);
      };
      worker.on('message', (msg: WorkerReady | ExtractResponse | CodeCacheMessage) => {
        if ('codeCache' in msg) resolve(msg.codeCache);
        else if ('ready' in msg || (msg.ok && sent < texts.length)) sendNext();
        else if (!msg.ok) reject(new Error(`article ${msg.seq}: ${msg.error}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

async function main(): Promise<void> {
  removeBundle();
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    process.stdout.write('build-worker: esbuild is not installed; workers will load the modules one by one\n');
    return;
  }
  try {
    bundle(esbuild);
    writeFileSync(WORKER_BUNDLE_CACHE, await makeCodeCache());
  } catch (err) {
    removeBundle();
    process.stderr.write(`build-worker: no worker bundle (${err instanceof Error ? err.message : String(err)}); workers will load the modules one by one\n`);
  }
}

await main();
