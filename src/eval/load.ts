/**
 * Reading gold files: paths (files or folders, recursively) to gold documents, plus a one-line problem per malformed
 * document naming `file:line`, so a batch goes on past a bad line and reports it at the end.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseGoldDoc, type GoldDoc } from './gold.js';

export interface GoldProblem {
  file: string;
  line: number;
  message: string;
}

export interface GoldSet {
  docs: GoldDoc[];
  problems: GoldProblem[];
}

const GOLD_EXTENSIONS = new Set(['.json', '.jsonl']);

/** Gold files under the given paths, in a stable order; in folders only `*.json` / `*.jsonl` are taken. */
export function listGoldFiles(paths: string[]): { files: Array<{ path: string; explicit: boolean }>; problems: GoldProblem[] } {
  const files: Array<{ path: string; explicit: boolean }> = [];
  const problems: GoldProblem[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && GOLD_EXTENSIONS.has(extname(name).toLowerCase())) files.push({ path: full, explicit: false });
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      problems.push({ file: p, line: 0, message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push({ path: p, explicit: true });
  }
  return { files, problems };
}

function parseLine(json: string, file: string, line: number, explicit: boolean, out: GoldSet): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    out.problems.push({ file, line, message: `bad JSON: ${err instanceof Error ? err.message : String(err)}` });
    return;
  }
  // A JSON file found while walking a folder that is plainly not a gold document (no "text") is not ours to judge.
  if (!explicit && !(typeof value === 'object' && value !== null && 'text' in value)) return;
  const result = parseGoldDoc(value, file, line);
  if (result.ok) out.docs.push(result.doc);
  else out.problems.push({ file, line, message: result.problems.slice(0, 3).join('; ') + (result.problems.length > 3 ? `; and ${result.problems.length - 3} more` : '') });
}

/** Parses one file's content: JSON Lines when the extension says so or the content is not one JSON value. */
export function parseGoldText(content: string, file: string, explicit = true): GoldSet {
  const out: GoldSet = { docs: [], problems: [] };
  const body = content.replace(/^\uFEFF/, '');
  const isJsonl = extname(file).toLowerCase() === '.jsonl';
  if (!isJsonl) {
    const trimmed = body.trim();
    if (trimmed === '') {
      if (explicit) out.problems.push({ file, line: 1, message: 'empty file' });
      return out;
    }
    // One document per file; a JSON array of documents is accepted too.
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      value = undefined;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => parseLine(JSON.stringify(v), file, i + 1, explicit, out));
      return out;
    }
    if (value !== undefined || !trimmed.includes('\n')) {
      parseLine(trimmed, file, 1, explicit, out);
      return out;
    }
  }
  body.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    parseLine(line, file, i + 1, explicit, out);
  });
  return out;
}

/** All gold documents under `paths`, with the problems found along the way. */
export function loadGold(paths: string[]): GoldSet {
  const { files, problems } = listGoldFiles(paths);
  const out: GoldSet = { docs: [], problems: [...problems] };
  for (const f of files) {
    let content: string;
    try {
      content = readFileSync(f.path, 'utf8');
    } catch (err) {
      out.problems.push({ file: f.path, line: 0, message: `cannot read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const set = parseGoldText(content, f.path, f.explicit);
    out.docs.push(...set.docs);
    out.problems.push(...set.problems);
  }
  return out;
}

export function formatProblem(p: GoldProblem): string {
  return `${p.file}${p.line > 0 ? ':' + p.line : ''}: ${p.message}`;
}
