import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Article } from '../model/doc.js';
import { LoadError } from './errors.js';
import { discoverFiles } from './discover.js';
import { loadArticleFile } from './file.js';
import { readJsonl, readJsonlFile } from './jsonl.js';
import { DEFAULT_MAX_BYTES } from './detect.js';

export type LoadItem = Article | LoadError;

export interface LoadOptions {
  /** `--published`: the date of articles that carry none of their own. */
  published?: string | null;
  /** `--max-bytes`: the per-article size limit. */
  maxBytes?: number;
  /** What `-` reads; process.stdin by default (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** The name `-` stands for standard input, as a JSONL stream. */
export const STDIN_PATH = '-';

function slashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Id of a file named on the command line: its path relative to the working folder when inside it. */
function idOfGivenFile(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') || isAbsolute(rel) ? slashes(resolve(path)) : slashes(rel);
}

async function* loadFile(path: string, id: string, opts: LoadOptions): AsyncGenerator<LoadItem> {
  if (extname(path).toLowerCase() === '.jsonl') yield* readJsonlFile(path, opts);
  else yield await loadArticleFile(path, { id, published: opts.published, maxBytes: opts.maxBytes });
}

async function* loadStdin(opts: LoadOptions): AsyncGenerator<LoadItem> {
  let empty = true;
  for await (const item of readJsonl(opts.stdin ?? process.stdin, { name: 'stdin', published: opts.published, maxBytes: opts.maxBytes })) {
    empty = false;
    yield item;
  }
  if (empty) yield new LoadError('stdin', 'empty input (no JSONL records)');
}

/**
 * Every article of every input, in order: files, folders (recursively; ids relative to the folder), `.jsonl`
 * files and `-` for JSONL on stdin. Lazy and streaming: nothing is read before it is asked for, so a consumer that
 * pulls slowly (a busy worker pool) holds memory bounded. Bad inputs come out as LoadErrors, in their place.
 */
export async function* loadInputs(paths: readonly string[], opts: LoadOptions = {}): AsyncGenerator<LoadItem> {
  const options: LoadOptions = { ...opts, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES };
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* loadStdin(options);
      continue;
    }
    const st = await stat(path).catch((err: NodeJS.ErrnoException) => err);
    if (st instanceof Error) {
      yield new LoadError(path, st.code === 'ENOENT' ? 'no such file or directory' : `cannot read (${st.code ?? st.message})`);
      continue;
    }
    if (st.isDirectory()) {
      let any = false;
      for await (const file of discoverFiles(path)) {
        any = true;
        if (file instanceof LoadError) yield file;
        else yield* loadFile(file, slashes(relative(path, file)), options);
      }
      if (!any) yield new LoadError(path, 'no .txt, .html, .htm or .jsonl files in this folder');
    } else {
      yield* loadFile(path, idOfGivenFile(path), options);
    }
  }
}

/**
 * Total size in bytes of the inputs (stdin counts as unknown: null), for the progress bar's ETA. A separate quick
 * walk that only stats, run alongside the ingest so the first article does not wait for it.
 */
export async function measureInputs(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === STDIN_PATH) return null;
    const st = await stat(path).catch(() => null);
    if (!st) continue;
    if (st.isDirectory()) {
      for await (const file of discoverFiles(path)) {
        if (file instanceof LoadError) continue;
        const f = await stat(file).catch(() => null);
        if (f) total += f.size;
      }
    } else total += st.size;
  }
  return total;
}
