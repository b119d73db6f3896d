import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LoadError } from './errors.js';

/** The kinds of file a folder ingest picks up; everything else in the folder is left alone. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

/** Gold annotations sit next to articles in corpora; they are eval input, never articles. */
function isSkippedFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.gold.json') || !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

function isSkippedDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The article files under a folder, recursively, in a stable sorted order (so that a resumed run walks the same
 * way). Lazy: one directory listing at a time is in memory, files are yielded as they are found, never collected.
 * Symbolic links to files are followed; links to folders are not (they can loop). A folder that cannot be read
 * comes out as a LoadError in its place, and the walk goes on.
 */
export async function* discoverFiles(root: string): AsyncGenerator<string | LoadError> {
  const names: Array<{ name: string; dir: boolean }> = [];
  let dir;
  try {
    dir = await opendir(root);
  } catch (err) {
    yield new LoadError(root, `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return;
  }
  for await (const entry of dir) {
    if (entry.isDirectory()) {
      if (!isSkippedDir(entry.name)) names.push({ name: entry.name, dir: true });
    } else if (entry.isFile()) {
      if (!isSkippedFile(entry.name)) names.push({ name: entry.name, dir: false });
    } else if (entry.isSymbolicLink() && !isSkippedFile(entry.name)) {
      const target = await stat(join(root, entry.name)).catch(() => null);
      if (target?.isFile()) names.push({ name: entry.name, dir: false });
    }
  }
  // Code-point order, not locale order: the same on every machine.
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir: isDir } of names) {
    const path = join(root, name);
    if (isDir) yield* discoverFiles(path);
    else yield path;
  }
}
