/**
 * Worker thread entry that runs worker.ts from its bundle (see worker-bundle.ts): the bundle is compiled with its V8
 * code cache and run as a CommonJS module. Started with `codeCacheAfter: n` in its workerData (by the build), it
 * sends back a fresh code cache once it has answered n articles, so that the cache holds what an article compiles.
 */
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { WORKER_BUNDLE, WORKER_BUNDLE_CACHE, type CodeCacheMessage, type CodeCacheInit } from './worker-bundle.js';

const codeCacheAfter = (workerData as Partial<CodeCacheInit> | null)?.codeCacheAfter ?? 0;

function readCache(): Buffer | undefined {
  if (codeCacheAfter > 0) return undefined; // making a cache: start from none
  try {
    return readFileSync(WORKER_BUNDLE_CACHE);
  } catch {
    return undefined;
  }
}

const script = new vm.Script(Module.wrap(readFileSync(WORKER_BUNDLE, 'utf8')), { filename: WORKER_BUNDLE, cachedData: readCache() });
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dir: string) => void;
const module = { exports: {} };
run(module.exports, createRequire(WORKER_BUNDLE), module, WORKER_BUNDLE, dirname(WORKER_BUNDLE));

if (codeCacheAfter > 0 && parentPort) {
  const port = parentPort;
  let answered = 0;
  // Registered after serve()'s own listener, so this runs once the article has been processed and answered.
  port.on('message', () => {
    if (++answered !== codeCacheAfter) return;
    const message: CodeCacheMessage = { codeCache: script.createCachedData() };
    port.postMessage(message);
  });
}
