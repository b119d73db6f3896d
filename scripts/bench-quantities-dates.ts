/** Throughput of the quantities and dates stages in KB/s: `npx tsx scripts/bench-quantities-dates.ts [FILES...]`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc } from '../src/model/create.js';
import type { Doc } from '../src/model/doc.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { clean } from '../src/stages/clean.js';
import { dates } from '../src/stages/dates.js';
import { entities } from '../src/stages/entities.js';
import { quantities } from '../src/stages/quantities.js';
import { resolve } from '../src/stages/resolve.js';
import { segment } from '../src/stages/segment.js';

const dir = path.join(PROJECT_ROOT, 'corpus', 'articles');
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).map((f) => path.join(dir, f));
const docs: Doc[] = files.map((f) =>
  resolve(entities(segment(clean(createDoc({ id: f, source: f, published: '2024-12-13', title: null, raw: readFileSync(f, 'utf8') }))))),
);
const bytes = docs.reduce((s, d) => s + d.text.length, 0);
for (const [name, stage] of [['quantities', quantities], ['dates', dates]] as const) {
  for (let r = 0; r < 20; r++) for (const d of docs) stage(d); // warm-up: lazy tables, JIT
  const rounds = 200;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) stage(d);
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(11)} ${((bytes * rounds) / 1024 / (ms / 1000)).toFixed(0)} KB/s over ${docs.length} articles (${(bytes / 1024).toFixed(1)} KB x ${rounds})`);
}
