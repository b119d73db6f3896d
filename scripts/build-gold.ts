/**
 * Compiles the corpus annotations (`corpus/annotations/*.ann`, `corpus/heldout/annotations/*.ann`,
 * `corpus/blind/annotations/*.ann`) to gold JSON (`corpus/gold/*.json`, `corpus/heldout/gold/*.json`,
 * `corpus/blind/gold/*.json`).
 * `--check` writes nothing and exits 1 when a gold file is out of date. The gold is written by people, by judgment:
 * this script only turns surfaces into offsets and checks that every surface is in the article.
 *   node dist/scripts/build-gold.js [--check]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { allCorpusEntries, compileEntry, serializeGold } from '../src/eval/corpus.js';

const check = process.argv.includes('--check');
let failed = 0;
for (const entry of allCorpusEntries()) {
  if (!existsSync(entry.annotationPath)) {
    process.stderr.write(`${entry.name}: no annotations (${entry.annotationPath})\n`);
    failed++;
    continue;
  }
  let content: string;
  try {
    content = serializeGold(compileEntry(entry));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    failed++;
    continue;
  }
  const current = existsSync(entry.goldPath) ? readFileSync(entry.goldPath, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    process.stderr.write(`${entry.goldPath} is out of date\n`);
    failed++;
  } else {
    mkdirSync(dirname(entry.goldPath), { recursive: true });
    writeFileSync(entry.goldPath, content);
    process.stdout.write(`wrote ${entry.goldPath}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
