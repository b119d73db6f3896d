import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../model/doc.js';
import { LoadError } from './errors.js';
import { checkBinaryBytes, checkSize, checkText, decodeUtf8, DEFAULT_MAX_BYTES } from './detect.js';
import { publishedFromFileName } from './published.js';

export interface FileLoadOptions {
  /** The article id: the path relative to the ingest root. */
  id: string;
  /** Overrides the date in the file name (`--published`). */
  published?: string | null;
  maxBytes?: number;
}

export function isHtmlPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm';
}

/** The `<title>` of an HTML page, with its whitespace collapsed; null when there is none. */
export function htmlTitle(html: string): string | null {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, 64 * 1024));
  if (!m) return null;
  const title = m[1]
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title.length > 0 ? title : null;
}

/**
 * Reads one `.txt` or `.html` article. The size is checked from `stat` before reading, so a 20 MB file is rejected
 * without being loaded; the read itself is capped too, in case the file grows in between.
 */
export async function loadArticleFile(path: string, opts: FileLoadOptions): Promise<Article | LoadError> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) return new LoadError(path, 'not a regular file');
    size = st.size;
  } catch (err) {
    return new LoadError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (size === 0) return new LoadError(path, 'empty file');
  const tooLarge = checkSize(size, maxBytes);
  if (tooLarge) return new LoadError(path, tooLarge);

  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > maxBytes) return new LoadError(path, checkSize(length, maxBytes) ?? 'too large');
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return new LoadError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }

  const binary = checkBinaryBytes(bytes);
  if (binary) return new LoadError(path, binary);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return new LoadError(path, decoded.reason);
  const html = isHtmlPath(path);
  const problem = checkText(decoded.text, { html });
  if (problem) return new LoadError(path, problem === 'empty' ? 'empty file' : problem);

  return {
    id: opts.id,
    source: path,
    published: opts.published ?? publishedFromFileName(basename(path)),
    title: html ? htmlTitle(decoded.text) : null,
    raw: decoded.text,
  };
}
