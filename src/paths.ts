import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root (the folder holding package.json), found from this module's location so that the same code works
 * from `src/` under vitest and from `dist/src/` when compiled.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('claimex: cannot find the project root (no package.json above ' + fileURLToPath(import.meta.url) + ')');
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();

/** A path inside the project, e.g. `projectPath('db', 'migrations')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

/** Default database file of the embedded setup. */
export const DEFAULT_DB = projectPath('db', 'claims.sqlite');
