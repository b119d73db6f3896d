/**
 * Where the pipeline's time goes: CPU time and throughput of each stage, warm, plus the cold cost of loading each
 * stage's module and of its first call (lexicons, models). Not a test; on a shared machine read the CPU columns.
 *
 *   node dist/scripts/profile-stages.js [--rounds 3] [--no-conll] [--no-baseline] [--only clean,segment]
 *   node --cpu-prof --cpu-prof-dir /tmp/prof dist/scripts/profile-stages.js --no-baseline   # open the .cpuprofile
 *
 * Texts: corpus/articles/*.txt and, when present, the texts of ../shared/eval/ner/conll2003-dev.jsonl (read only,
 * never copied). The store is timed by saving every processed document into a fresh SQLite file in a temp folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, projectPath } from '../src/paths.js';
import type { Article, Doc } from '../src/model/doc.js';

type Stage = (doc: Doc) => Doc;

interface StageModule {
  name: string;
  file: string;
  exportName: string;
}

const STAGES: StageModule[] = [
  { name: 'clean', file: '../src/stages/clean.js', exportName: 'clean' },
  { name: 'segment', file: '../src/stages/segment.js', exportName: 'segment' },
  { name: 'entities', file: '../src/stages/entities.js', exportName: 'entities' },
  { name: 'resolve', file: '../src/stages/resolve.js', exportName: 'resolve' },
  { name: 'quantities', file: '../src/stages/quantities.js', exportName: 'quantities' },
  { name: 'dates', file: '../src/stages/dates.js', exportName: 'dates' },
  { name: 'quotes', file: '../src/stages/quotes.js', exportName: 'quotes' },
  { name: 'claims', file: '../src/stages/claims.js', exportName: 'claims' },
];

/** CPU milliseconds (user + system) of this process since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

function loadArticles(withConll: boolean): Article[] {
  const articles: Article[] = [];
  const dir = projectPath('corpus', 'articles');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    articles.push({ id: file, source: join(dir, file), published: '2025-06-01', title: null, raw: readFileSync(join(dir, file), 'utf8') });
  }
  const conll = resolve(PROJECT_ROOT, '../shared/eval/ner/conll2003-dev.jsonl');
  if (withConll && existsSync(conll)) {
    for (const line of readFileSync(conll, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text: string };
      articles.push({ id: record.id, source: 'conll2003-dev', published: '1996-08-30', title: null, raw: record.text });
    }
  }
  return articles;
}

function parseArgs(argv: string[]): { rounds: number; conll: boolean; baseline: boolean; only: Set<string> | null } {
  const opts = { rounds: 3, conll: true, baseline: true, only: null as Set<string> | null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') opts.rounds = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--no-conll') opts.conll = false;
    else if (argv[i] === '--no-baseline') opts.baseline = false;
    else if (argv[i] === '--only') opts.only = new Set(argv[++i].split(','));
  }
  return opts;
}

interface Row {
  stage: string;
  importMs: number;
  firstMs: number;
  warmMs: number;
  kbps: number;
}

const pad = (s: string, n: number): string => s.padEnd(n);
const num = (x: number, n: number, d = 0): string => x.toFixed(d).padStart(n);

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const { createDoc } = await import('../src/model/create.js');
  const articles = loadArticles(opts.conll);
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.raw, 'utf8'), 0);
  const kb = bytes / 1024;
  process.stdout.write(`${articles.length} texts, ${kb.toFixed(0)} KB, ${opts.rounds} warm round(s)\n\n`);

  const rows: Row[] = [];
  let docs = articles.map((a) => createDoc(a));
  for (const spec of STAGES) {
    // Import cost in pipeline order: each module pays only for what the earlier ones did not load yet.
    let t = process.cpuUsage();
    const mod = (await import(spec.file)) as Record<string, Stage>;
    const importMs = cpuMs(t);
    const run = mod[spec.exportName];
    // First call on one text: lazy lexicons and models load here.
    t = process.cpuUsage();
    run(docs[0]);
    const firstMs = cpuMs(t);
    // Warm: the whole batch, `rounds` times; the fastest round counts (the machine is shared).
    let warmMs = Infinity;
    let out = docs;
    const skip = opts.only !== null && !opts.only.has(spec.name);
    for (let r = 0; r < (skip ? 1 : opts.rounds); r++) {
      t = process.cpuUsage();
      out = docs.map(run);
      warmMs = Math.min(warmMs, cpuMs(t));
    }
    docs = out;
    rows.push({ stage: spec.name, importMs, firstMs, warmMs, kbps: kb / (warmMs / 1000) });
  }

  // The store: one fresh database, every document saved once.
  const dir = mkdtempSync(join(tmpdir(), 'claimex-profile-'));
  try {
    let t = process.cpuUsage();
    const { openStore } = await import('../src/store/open.js');
    const importMs = cpuMs(t);
    t = process.cpuUsage();
    const store = openStore(join(dir, 'profile.sqlite'));
    const firstMs = cpuMs(t);
    t = process.cpuUsage();
    docs.forEach((doc, i) => store.save(doc, `hash-${i}`, 'profile'));
    const warmMs = cpuMs(t);
    store.close();
    rows.push({ stage: 'store', importMs, firstMs, warmMs, kbps: kb / (warmMs / 1000) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const total = rows.reduce((sum, r) => sum + r.warmMs, 0);
  process.stdout.write(`${pad('stage', 11)} ${'import ms'.padStart(10)} ${'1st call ms'.padStart(12)} ${'warm CPU ms'.padStart(12)} ${'KB/s'.padStart(8)} ${'share'.padStart(6)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${pad(r.stage, 11)} ${num(r.importMs, 10)} ${num(r.firstMs, 12)} ${num(r.warmMs, 12)} ${num(r.kbps, 8)} ${num((100 * r.warmMs) / total, 5)}%\n`,
    );
  }
  const loadMs = rows.reduce((sum, r) => sum + r.importMs + r.firstMs, 0);
  process.stdout.write(`${pad('total', 11)} ${num(rows.reduce((s, r) => s + r.importMs, 0), 10)} ${num(rows.reduce((s, r) => s + r.firstMs, 0), 12)} ${num(total, 12)} ${num(kb / (total / 1000), 8)}\n`);
  process.stdout.write(`\nstart-up (imports + first calls): ${loadMs.toFixed(0)} ms CPU\n`);
  const er = rows.filter((r) => r.stage === 'entities' || r.stage === 'resolve').reduce((s, r) => s + r.warmMs, 0);
  process.stdout.write(`entities+resolve: ${(kb / (er / 1000)).toFixed(0)} KB/s on one core\n`);

  // The baseline of the issue: compromise alone (left out of a --cpu-prof run with --no-baseline: it dominates).
  if (!opts.baseline) return;
  let t = process.cpuUsage();
  const nlp = (await import('compromise')).default;
  const importMs = cpuMs(t);
  let baseMs = Infinity;
  for (let r = 0; r < opts.rounds; r++) {
    t = process.cpuUsage();
    for (const a of articles) {
      const d = nlp(a.raw);
      d.people().out('array');
      d.places().out('array');
      d.organizations().out('array');
    }
    baseMs = Math.min(baseMs, cpuMs(t));
  }
  process.stdout.write(`compromise alone (nlp + people/places/organizations): ${(kb / (baseMs / 1000)).toFixed(0)} KB/s (import ${importMs.toFixed(0)} ms)\n`);
}

await main();
