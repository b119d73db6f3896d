import { createReadStream } from 'node:fs';
import type { Article } from '../model/doc.js';
import { LoadError } from './errors.js';
import { checkBinaryBytes, checkSize, checkText, decodeUtf8, DEFAULT_MAX_BYTES, formatBytes } from './detect.js';
import { normalizePublished } from './published.js';
import { splitLines } from './lines.js';

export interface JsonlOptions {
  /** Name used in errors and as the default source: the file path, or `stdin`. */
  name: string;
  /** Date for records without their own `published` (`--published`). */
  published?: string | null;
  maxBytes?: number;
}

/**
 * JSON escapes can make a line several times longer than its text (`\u00e9`), so the line cap is looser than the
 * text cap; the text itself is then checked against `maxBytes` exactly.
 */
function lineCap(maxBytes: number): number {
  return maxBytes * 2 + 1024 * 1024;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: Record<string, unknown>, key: string): string | null | LoadErrorReason {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return { reason: `"${key}" must be a string` };
  return value;
}

interface LoadErrorReason {
  reason: string;
}

function isReason(value: unknown): value is LoadErrorReason {
  return typeof value === 'object' && value !== null && 'reason' in value;
}

/**
 * Where each JSONL article came from (`file:line`), for messages about it later in the batch (a pipeline failure),
 * kept beside the Article rather than in it: the Article type is shared by every stage.
 */
const origins = new WeakMap<Article, string>();

/** `file:line` of an article read from JSON Lines; undefined for other articles. */
export function jsonlOrigin(article: Article): string | undefined {
  return origins.get(article);
}

/** Turns one JSONL line into an Article, or the reason it cannot be one. Blank lines give null (skipped). */
export function parseJsonlLine(bytes: Uint8Array, line: number, opts: JsonlOptions): Article | LoadError | null {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (reason: string) => new LoadError(opts.name, reason, line);
  if (checkBinaryBytes(bytes)) return fail('binary content (NUL bytes)');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const source = decoded.text;
  if (source.trim().length === 0) return null;

  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (err) {
    return fail(`malformed JSON (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  if (!isRecord(parsed)) return fail('malformed record (expected a JSON object)');

  const text = parsed.text;
  if (text === undefined || text === null) return fail('missing "text"');
  if (typeof text !== 'string') return fail('"text" must be a string');
  const textBytes = Buffer.byteLength(text, 'utf8');
  const tooLarge = checkSize(textBytes, maxBytes);
  if (tooLarge) return fail(tooLarge);
  const problem = checkText(text);
  if (problem) return fail(problem === 'empty' || problem === 'whitespace only' ? `empty "text"` : problem);

  let id: string;
  if (typeof parsed.id === 'string' && parsed.id.trim().length > 0) id = parsed.id;
  else if (typeof parsed.id === 'number' && Number.isFinite(parsed.id)) id = String(parsed.id);
  else if (parsed.id === undefined || parsed.id === null) id = `${opts.name}:${line}`;
  else return fail('"id" must be a non-empty string or a number');

  const title = optionalString(parsed, 'title');
  if (isReason(title)) return fail(title.reason);
  const src = optionalString(parsed, 'source');
  if (isReason(src)) return fail(src.reason);
  const publishedRaw = optionalString(parsed, 'published');
  if (isReason(publishedRaw)) return fail(publishedRaw.reason);
  let published = opts.published ?? null;
  if (publishedRaw !== null && publishedRaw.trim() !== '') {
    const normalized = normalizePublished(publishedRaw);
    if (!normalized) return fail(`"published" is not a date (${JSON.stringify(publishedRaw.slice(0, 40))}; expected YYYY-MM-DD)`);
    published = normalized;
  }

  const article: Article = { id, source: src ?? opts.name, published, title, raw: text };
  origins.set(article, `${opts.name}:${line}`);
  return article;
}

/** Streams the records of a JSONL source, line by line, whatever its size. */
export async function* readJsonl(stream: AsyncIterable<Uint8Array | string>, opts: JsonlOptions): AsyncGenerator<Article | LoadError> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const l of splitLines(stream, lineCap(maxBytes))) {
    if (l.overflow !== undefined) {
      yield new LoadError(opts.name, `too large (line of ${formatBytes(l.overflow)}, limit ${formatBytes(maxBytes)} of text; see --max-bytes)`, l.line);
      continue;
    }
    const item = parseJsonlLine(l.bytes, l.line, opts);
    if (item) yield item;
  }
}

export async function* readJsonlFile(path: string, opts: Omit<JsonlOptions, 'name'>): AsyncGenerator<Article | LoadError> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  // An unreadable file is one failure of the batch, not a crash.
  const opened = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', (err) => resolve(err));
  });
  if (opened) {
    yield new LoadError(path, `cannot read (${opened.code ?? opened.message})`);
    return;
  }
  let empty = true;
  try {
    for await (const item of readJsonl(stream, { ...opts, name: path })) {
      empty = false;
      yield item;
    }
  } finally {
    stream.destroy();
  }
  if (empty) yield new LoadError(path, 'empty file (no JSONL records)');
}
