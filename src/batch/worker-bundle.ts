/**
 * The worker thread's code as one script with a V8 code cache, written by `npm run build` (scripts/build-worker.ts)
 * next to the compiled worker. A worker that imports ~100 ES modules pays for resolving, reading, compiling and
 * linking each; the bundle is one file, compiled from the code cache, which also holds the functions an article
 * needs (compiled while the build ran the corpus articles): a worker's CPU to its first article went 680 -> 500 ms.
 * The same compiled code runs either way; without a fresh bundle the pool starts the plain worker.js.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../paths.js';
import type { WorkerInit } from './messages.js';

/** The bundle (CommonJS: a script V8 can cache, unlike an ES module on Node 20). */
export const WORKER_BUNDLE = fileURLToPath(new URL('./worker.bundle.cjs', import.meta.url));
/** V8's code cache of the bundle (rejected by V8, and so ignored, under another Node or V8 flags). */
export const WORKER_BUNDLE_CACHE = WORKER_BUNDLE + '.cache';
/** The files the bundle was built from, relative to the project root. */
export const WORKER_BUNDLE_INPUTS = WORKER_BUNDLE.replace(/\.cjs$/, '.inputs.json');
/** The worker entry that runs the bundle (bundled-worker.ts). */
export const BUNDLED_WORKER_SCRIPT = new URL('./bundled-worker.js', import.meta.url);

/**
 * Is `bundle` newer than every file listed in `inputsFile` (paths relative to `root`)? A `tsc` run without the
 * bundling step rewrites the compiled files and so makes the bundle stale: the pool then runs the modules
 * themselves, never old code.
 */
export function bundleIsFresh(bundle: string, inputsFile: string, root: string): boolean {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
    return inputs.length > 0 && inputs.every((file) => statSync(join(root, file)).mtimeMs <= built);
  } catch {
    return false; // no bundle, or an input gone
  }
}

/** Is there a worker bundle to start, as fresh as the compiled modules? */
export function workerBundleIsFresh(): boolean {
  return bundleIsFresh(WORKER_BUNDLE, WORKER_BUNDLE_INPUTS, PROJECT_ROOT);
}

/** workerData of a bundled worker that makes the code cache: the pool's, and after how many answered articles. */
export interface CodeCacheInit extends WorkerInit {
  codeCacheAfter: number;
}

/** Sent by a bundled worker started with a CodeCacheInit once it has answered `codeCacheAfter` articles. */
export interface CodeCacheMessage {
  codeCache: Uint8Array;
}
