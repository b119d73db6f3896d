/**
 * `npm run bench`: throughput, memory and query latency of claimex, from one run.
 *
 *   node dist/scripts/bench.js [--articles 2000] [--query-articles 100000] [--json]
 *   node dist/scripts/bench.js --articles 1000 --write-articles FILE   # only the articles, to profile ingest on
 *
 * 1. N articles are generated from corpus/articles/*.txt (or a built-in template on a clean clone) with names,
 *    numbers and dates varied, so every one has its own content hash.
 * 2. Full pipeline + database writes (`ingest`) with 1 and with 2 worker threads; compromise alone
 *    (`nlp(text)` + people/places/organizations) as the baseline, before and after them (the faster run counts).
 *    Each runs in its own child process, so each peak RSS is its own.
 * 3. SQLite write rate: processed documents saved again and again under new ids and hashes until the database
 *    holds `--query-articles` articles; rows/s counts every row written (articles, mentions, claims, ...).
 * 4. p50/p95 latency of five typical `claimex query` queries on that database.
 * 5. Each stage's warm CPU throughput on one core (entities + resolve among them).
 * 6. The targets of issue 6, each with its measurement and whether it is met.
 *
 * Not a test: numbers depend on the machine (and on who else is using it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusEntries } from '../src/eval/corpus.js';

interface RunResult {
  seconds: number;
  /** CPU time of the process, all threads: on a shared, busy machine a steadier measure than the wall clock. */
  cpuSeconds: number;
  articles: number;
  bytes: number;
  peakRssMB: number;
  failed?: number;
  /** CPU seconds of the main thread alone (Linux; null elsewhere): in an ingest, loading, hashing and writing. */
  mainThreadCpuSeconds?: number | null;
  /**
   * Largest RSS seen over the first and over the second half of an ingest. Not a test of bounded memory on its own:
   * RSS also holds the heap V8 reserves beyond what it keeps, which grows over the first thousands of articles.
   */
  rssFirstHalfMB?: number;
  rssSecondHalfMB?: number;
  /** The main thread's heap after a full collection, halfway through and at the end of an ingest (see retainedHeapMB). */
  retained?: Retained;
  /**
   * The second half of an ingest alone: by then the workers have loaded their models and V8 has compiled the hot
   * code, so this is the rate of a long run, which the start-up (~2 s of CPU per worker) no longer dominates.
   */
  secondHalf?: Stretch;
}

/** Heap still in use after a full collection, halfway through a run and at its end, in MB. */
interface Retained {
  halfMB: number;
  endMB: number;
  /** Articles processed between the two measurements. */
  articles: number;
}

/**
 * The heap this thread keeps, in MB: used heap right after a full collection, so without the garbage V8 has not
 * collected yet (children run with --expose-gc; null without it). What grows here across a run is what memory a
 * longer run would keep adding; RSS grows besides with the heap V8 reserves, which settles.
 */
function retainedHeapMB(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** What a run did between two moments. */
interface Stretch {
  articles: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
}

interface StoreResult {
  articles: number;
  rows: number;
  seconds: number;
  peakRssMB: number;
  dbMB: number;
  queries: Array<{ name: string; sql: string; rows: number; p50ms: number; p95ms: number; runs: number }>;
}

interface BenchOptions {
  articles: number;
  queryArticles: number;
  json: boolean;
  /** `--write-articles FILE`: only write the generated articles as JSON Lines (to profile `claimex ingest` on them). */
  writeArticles: string | null;
}

function parseArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = { articles: 2000, queryArticles: 100_000, json: false, writeArticles: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): number => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} needs a whole number > 0`);
      return value;
    };
    if (arg === '--articles') opts.articles = next();
    else if (arg === '--query-articles') opts.queryArticles = next();
    else if (arg === '--json') opts.json = true;
    else if (arg === '--write-articles' && argv[i + 1]) opts.writeArticles = argv[++i];
    else throw new Error(`unknown option ${arg} (use --articles N, --query-articles N, --json, --write-articles FILE)`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// Articles

/** Used when the repository has no corpus: a wire story with the usual parts (speaker, role, place, numbers, date). */
const TEMPLATE =
  '{PERSON}, the foreign minister of {COUNTRY}, arrived in {CITY} on {DAY} {MONTH} {YEAR} for talks on security ' +
  'and trade. "We will keep working with our partners to protect the region," {SURNAME} told reporters after a ' +
  'meeting with Prime Minister {PERSON2}.\n' +
  'He promised that {COUNTRY} would send about {NUM} troops and {MONEY} million dollars in aid by the end of ' +
  '{YEAR2}, and said that {PCT} percent of the funds would go to reconstruction. {PERSON2} demanded that ' +
  'neighbouring states stop the flow of weapons across the border, which the ministry said had left {NUM2} people ' +
  'dead since last Sunday.\n' +
  'Officials from the {ORG} warned that the agreement signed in {CITY2} in {YEAR3} was at risk. {SURNAME} denied ' +
  'reports that talks had stalled.\n';

const FIRST = ['Anna', 'Omar', 'Lena', 'Hakan', 'Maria', 'Jonas', 'Aisha', 'Pedro', 'Yuki', 'Tomas', 'Nadia', 'Viktor'];
const LAST = ['Kovacs', 'Haddad', 'Lindqvist', 'Demir', 'Santos', 'Weber', 'Okafor', 'Alvarez', 'Tanaka', 'Novak', 'Rahman', 'Petrov'];
const COUNTRIES = ['Jordan', 'Turkey', 'Germany', 'Kenya', 'Brazil', 'Poland', 'Japan', 'Egypt', 'Norway', 'Chile'];
const CITIES = ['Baghdad', 'Amman', 'Ankara', 'Berlin', 'Nairobi', 'Warsaw', 'Tokyo', 'Cairo', 'Oslo', 'Santiago'];
const ORGS = ['United Nations', 'European Union', 'African Union', 'World Bank', 'Red Cross', 'NATO'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length];
}

function fromTemplate(i: number): string {
  const person = `${pick(FIRST, i, 1)} ${pick(LAST, i, 2)}`;
  const values: Record<string, string> = {
    PERSON: person,
    SURNAME: person.split(' ')[1],
    PERSON2: `${pick(FIRST, i, 3)} ${pick(LAST, i, 4)}`,
    COUNTRY: pick(COUNTRIES, i, 5),
    CITY: pick(CITIES, i, 6),
    CITY2: pick(CITIES, i, 7),
    ORG: pick(ORGS, i, 8),
    DAY: String((i % 28) + 1),
    MONTH: pick(MONTHS, i, 9),
    YEAR: String(2015 + (i % 11)),
    YEAR2: String(2016 + (i % 11)),
    YEAR3: String(1995 + (i % 25)),
    NUM: (500 + ((i * 37) % 9000)).toLocaleString('en-US'),
    NUM2: String(3 + (i % 400)),
    MONEY: String(10 + (i % 990)),
    PCT: String(5 + (i % 90)),
  };
  return TEMPLATE.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

/**
 * A corpus article varied for copy `i`: every number shifted (years stay plausible years), and the proper names
 * that occur mid-sentence swapped for generated surnames, consistently within the copy.
 */
function varyCorpusText(text: string, i: number): string {
  let out = text.replace(/\b\d+\b/g, (digits) => {
    const n = Number(digits);
    if (digits.length === 4 && n >= 1900 && n <= 2100) return String(1990 + ((n - 1990 + i) % 40));
    if (digits.length <= 2 && n >= 1 && n <= 31) return String(((n + i) % 28) + 1);
    return String(n + ((i * 31) % (10 ** Math.max(digits.length - 1, 1))));
  });
  const names = [...new Set([...out.matchAll(/(?<=[a-z,] )[A-Z][a-z]{3,}\b/g)].map((m) => m[0]))].slice(0, 3);
  names.forEach((name, k) => {
    // k-th name gets a different surname than the others in the same copy.
    const replacement = LAST[(i + k * 4) % LAST.length];
    out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), replacement);
  });
  return out;
}

function corpusTexts(): string[] {
  return corpusEntries()
    .map((entry) => readFileSync(entry.articlePath, 'utf8'))
    .filter((t) => t.trim().length > 0);
}

export function buildArticles(n: number): { texts: string[]; from: string } {
  const bases = corpusTexts();
  const seen = new Set<string>();
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    let text = bases.length > 0 ? varyCorpusText(bases[i % bases.length], Math.floor(i / bases.length) + i) : fromTemplate(i);
    // Every copy must be a new article for the store, not a duplicate skipped by its hash.
    if (seen.has(text)) text += `\nReporting by ${pick(FIRST, i, 11)} ${pick(LAST, i, 12)}; file ${i}.\n`;
    seen.add(text);
    texts.push(text);
  }
  return { texts, from: bases.length > 0 ? `corpus/articles (${bases.length} texts, varied)` : 'built-in template' };
}

function articlesJsonl(texts: readonly string[]): string {
  return texts.map((text, i) => JSON.stringify({ id: `bench-${i}`, text })).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: each measurement in its own process, so that its peak RSS is its own.

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Where a run stands at a moment: what it has done so far, and both clocks. */
interface Mark {
  articles: number;
  bytes: number;
  at: number;
  cpu: NodeJS.CpuUsage;
}

function mark(articles: number, bytes: number): Mark {
  return { articles, bytes, at: performance.now(), cpu: process.cpuUsage() };
}

/** What the run did since `from`, now that it has done `articles` and `bytes`. */
function since(from: Mark, articles: number, bytes: number): Stretch {
  return { articles: articles - from.articles, bytes: bytes - from.bytes, seconds: (performance.now() - from.at) / 1000, cpuSeconds: cpuSeconds(from.cpu) };
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function readJsonlTexts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/**
 * CPU seconds of the calling thread, from /proc/thread-self/stat (Linux; Node 20 has no per-thread CPU call):
 * utime and stime, fields 14 and 15, in clock ticks of 1/100 s.
 */
function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function childIngest(jsonl: string, db: string, workers: number): Promise<RunResult> {
  const { ingest } = await import('../src/batch/ingest.js');
  const total = readJsonlTexts(jsonl).length;
  const start = mark(0, 0);
  const mainCpu = threadCpuSeconds();
  // Resident memory over the run, sampled every 20 articles: bounded memory means the second half needs no more.
  const rss = [0, 0];
  let halfway: Mark | null = null;
  let retainedHalf: number | null = null;
  let retained: Retained | undefined;
  const summary = await ingest({
    paths: [jsonl],
    db,
    workers,
    onProgress: (p) => {
      if (halfway === null && p.done * 2 >= total) {
        retainedHalf = retainedHeapMB();
        halfway = mark(p.done, p.bytes);
      }
      // Measured at the last article, before the pool and the store close (which would release what they hold).
      if (p.done === total && halfway !== null && retainedHalf !== null) {
        const endMB = retainedHeapMB();
        if (endMB !== null) retained = { halfMB: retainedHalf, endMB, articles: total - (halfway as Mark).articles };
      }
      if (p.done % 20 !== 0) return;
      const half = p.done * 2 <= total ? 0 : 1;
      rss[half] = Math.max(rss[half], process.memoryUsage.rss() / (1024 * 1024));
    },
  });
  const mainEnd = threadCpuSeconds();
  const mid = halfway as Mark | null; // set in the callback, which the compiler does not follow
  const secondHalf = mid ? since(mid, summary.done, summary.bytes) : undefined;
  const whole = since(start, summary.done, summary.bytes);
  return {
    seconds: whole.seconds,
    cpuSeconds: whole.cpuSeconds,
    articles: summary.ingested + summary.replaced,
    bytes: summary.bytes,
    failed: summary.failed,
    peakRssMB: peakRssMB(),
    mainThreadCpuSeconds: mainCpu !== null && mainEnd !== null ? mainEnd - mainCpu : null,
    rssFirstHalfMB: rss[0],
    rssSecondHalfMB: rss[1],
    retained,
    secondHalf,
  };
}

async function childCompromise(jsonl: string): Promise<RunResult> {
  const texts = readJsonlTexts(jsonl);
  const { default: nlp } = await import('compromise');
  const start = mark(0, 0);
  let bytes = 0;
  let found = 0;
  let halfway: Mark | null = null;
  for (const [i, text] of texts.entries()) {
    if (halfway === null && i * 2 >= texts.length) halfway = mark(i, bytes);
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
    bytes += Buffer.byteLength(text, 'utf8');
  }
  if (found === 0) process.stderr.write('bench: compromise found no names at all\n');
  const secondHalf = halfway ? since(halfway, texts.length, bytes) : undefined;
  const whole = since(start, texts.length, bytes);
  return { seconds: whole.seconds, cpuSeconds: whole.cpuSeconds, articles: texts.length, bytes, peakRssMB: peakRssMB(), secondHalf };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function childStore(jsonl: string, db: string, target: number): Promise<StoreResult> {
  const { extractArticle } = await import('../src/extract.js');
  const { openStore } = await import('../src/store/open.js');
  const { contentHash } = await import('../src/store/hash.js');
  const { news } = await import('../pipelines/news.js');
  const { queryClaims, queryEntities, queryQuotes } = await import('../src/store/query.js');
  type Doc = ReturnType<typeof extractArticle>;

  // A few distinct processed documents, saved over and over under new ids: realistic rows at save speed.
  const texts = readJsonlTexts(jsonl).slice(0, 50);
  const docs: Doc[] = texts.map((raw, i) => extractArticle({ id: `seed-${i}`, source: 'bench', published: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`, title: null, raw }));

  const store = openStore(db);
  const started = performance.now();
  // Written the way ingest writes: up to 50 articles per transaction through saveMany.
  let batch: Array<{ doc: Doc; hash: string; pipelineVersion: string }> = [];
  for (let k = 0; k < target; k++) {
    const base = docs[k % docs.length];
    const day = `${2015 + (k % 11)}-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`;
    const doc: Doc = { ...base, article: { ...base.article, id: `bench-${k}`, published: day } };
    batch.push({ doc, hash: contentHash(`${k}\u0000${base.article.raw}`), pipelineVersion: news.version });
    if (batch.length === 50 || k === target - 1) {
      store.saveMany(batch);
      batch = [];
    }
    if (k > 0 && k % 10_000 === 0) process.stderr.write(`bench: saved ${k} articles\n`);
  }
  store.close(); // flushes the search index: part of the cost of writing
  const seconds = (performance.now() - started) / 1000;

  const reader = openStore(db, { readonly: true });
  const count = (table: string): number => reader.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  const rows = ['articles', 'entities', 'aliases', 'entity_roles', 'article_entities', 'mentions', 'quantities', 'time_expressions', 'quotes', 'claims', 'claim_args', 'messages']
    .map(count)
    .reduce((a, b) => a + b, 0);

  // Query arguments taken from the data itself, so the queries find something whatever the pipeline extracts.
  const topSpeaker = reader.db
    .prepare<[], string>("SELECT speaker FROM v_claims WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get();
  const topPlace = reader.db
    .prepare<[], string>("SELECT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.type = 'PLACE' AND m.article_id <= 200 GROUP BY e.id ORDER BY count(*) DESC LIMIT 1")
    .pluck()
    .get();
  const objectWord =
    (reader.db.prepare<[], string>('SELECT object FROM claims WHERE length(object) > 20 LIMIT 1').pluck().get() ?? 'security')
      .split(/\W+/)
      .filter((w) => w.length >= 6)[0] ?? 'security';

  const cases: Array<{ name: string; sql: string; run: () => unknown[] }> = [
    { name: 'claims by speaker', sql: `query claims --speaker "${topSpeaker ?? 'Blinken'}" (limit 50)`, run: () => queryClaims(reader.db, { speaker: topSpeaker ?? 'Blinken', limit: 50 }) },
    { name: 'claims by text (FTS5)', sql: `query claims --text "${objectWord}" (limit 50)`, run: () => queryClaims(reader.db, { text: objectWord, limit: 50 }) },
    { name: 'claims by place + date', sql: `query claims --place "${topPlace ?? 'Iraq'}" --since 2020-01-01 (limit 50)`, run: () => queryClaims(reader.db, { place: topPlace ?? 'Iraq', since: '2020-01-01', limit: 50 }) },
    { name: 'quotes by speaker, kind', sql: `query quotes --speaker "${topSpeaker ?? 'Blinken'}" --type direct (limit 50)`, run: () => queryQuotes(reader.db, { speaker: topSpeaker ?? 'Blinken', type: 'direct', limit: 50 }) },
    { name: 'entities by name', sql: `query entities --entity "${topPlace ?? 'Iraq'}" (limit 20)`, run: () => queryEntities(reader.db, { entity: topPlace ?? 'Iraq', limit: 20 }) },
  ];
  const queries: StoreResult['queries'] = [];
  for (const c of cases) {
    const times: number[] = [];
    let found = 0;
    const budgetEnd = performance.now() + 15_000;
    for (let r = 0; r < 30 && (r < 3 || performance.now() < budgetEnd); r++) {
      const t = performance.now();
      found = c.run().length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    queries.push({ name: c.name, sql: c.sql, rows: found, p50ms: percentile(times, 0.5), p95ms: percentile(times, 0.95), runs: times.length });
  }
  reader.close();
  const { statSync } = await import('node:fs');
  const dbMB = statSync(db).size / (1024 * 1024);
  return { articles: target, rows, seconds, peakRssMB: peakRssMB(), dbMB, queries };
}

interface StageResult {
  bytes: number;
  /** Warm CPU milliseconds per stage over every text, in pipeline order. */
  stages: Array<{ name: string; cpuMs: number; kbPerCpuSecond: number }>;
  /** The pipeline's heap after a full collection, halfway and at the end: what one worker keeps (memos, models). */
  retained?: Retained;
}

/**
 * Per-stage throughput on one core, warm (a first pass over 50 texts loads the models): CPU time of each stage of
 * the news pipeline over every text. This is where the entities + resolve target (>= 500 KB/s on one core) is read.
 */
async function childStages(jsonl: string): Promise<StageResult> {
  const { news } = await import('../pipelines/news.js');
  const { createDoc } = await import('../src/model/create.js');
  const texts = readJsonlTexts(jsonl);
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const article = (raw: string, i: number) => ({ id: `s-${i}`, source: 'bench', published: '2024-12-13', title: null, raw });
  for (const [i, raw] of texts.slice(0, 50).entries()) news.stages.reduce((d, st) => st.run(d), createDoc(article(raw, i)));
  const cpu = news.stages.map(() => 0);
  const half = Math.floor(texts.length / 2);
  let retainedHalf: number | null = null;
  for (const [i, raw] of texts.entries()) {
    if (i === half) retainedHalf = retainedHeapMB();
    let doc = createDoc(article(raw, i));
    news.stages.forEach((st, k) => {
      const from = process.cpuUsage();
      doc = st.run(doc);
      const used = process.cpuUsage(from);
      cpu[k] += (used.user + used.system) / 1000;
    });
  }
  const kb = bytes / 1024;
  const stages = news.stages.map((st, k) => ({ name: st.name, cpuMs: cpu[k], kbPerCpuSecond: kb / (cpu[k] / 1000) }));
  const pair = cpu[news.stages.findIndex((st) => st.name === 'entities')] + cpu[news.stages.findIndex((st) => st.name === 'resolve')];
  stages.push({ name: 'entities + resolve', cpuMs: pair, kbPerCpuSecond: kb / (pair / 1000) });
  const all = cpu.reduce((a, b) => a + b, 0);
  stages.push({ name: 'all stages (no store)', cpuMs: all, kbPerCpuSecond: kb / (all / 1000) });
  const retainedEnd = retainedHeapMB();
  const retained = retainedHalf !== null && retainedEnd !== null ? { halfMB: retainedHalf, endMB: retainedEnd, articles: texts.length - half } : undefined;
  return { bytes, stages, retained };
}

/** Runs this script again as `--child KIND ARGS...` and reads its JSON result from stdout. */
function runChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    // --expose-gc for retainedHeapMB; it changes nothing else about how the heap is collected.
    const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`bench child ${args[0]} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as T);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function kbps(r: { bytes: number; seconds: number }): number {
  return r.bytes / 1024 / r.seconds;
}

function aps(r: RunResult): number {
  return r.articles / r.seconds;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/** "9.6 ms = main thread 1.1 (...) + 8.5 (...)": CPU per article of the whole process and of its main thread. */
function cpuSplit(r: RunResult): string {
  const per = (seconds: number) => (1000 * seconds) / Math.max(r.articles, 1);
  const main = r.mainThreadCpuSeconds;
  return main === null || main === undefined
    ? `${per(r.cpuSeconds).toFixed(1)} ms`
    : `${per(r.cpuSeconds).toFixed(1)} ms = main thread ${per(main).toFixed(1)} (read, hash, save) + ` +
        `${per(r.cpuSeconds - main).toFixed(1)} (worker threads with their start-up, V8 compiler and GC threads)`;
}

interface Target {
  target: string;
  measured: string;
  met: boolean;
}

/** The targets of issue 6, each with what this run measured. */
/** The input size of the issue's memory target (peak RSS <= 1 GB). */
const MEMORY_TARGET_ARTICLES = 100_000;

/**
 * The memory target of issue 6 is peak RSS <= 1 GB on 100,000 articles; this run has far fewer. Its peak RSS is
 * reported as measured. Over a longer run, memory grows only by what the threads keep (memos, caches, a leak): the
 * heap after a full collection, per article of the second half, carried linearly to 100,000 articles and added to
 * the peak. Linear overstates capped memos, which fill ever more slowly. What it leaves out is the extra heap V8
 * reserves as what it keeps grows; the peak already holds the reserve for this run. A leak of one processed document
 * per article (~50 KB) projects to gigabytes; a flat heap to the peak itself.
 *
 * (The bench used to require the second half's RSS within 10% of the first's. Over 2,000 articles that measures V8
 * sizing its heaps: a 20,000-article ingest swung between 380 and 700 MB while each worker's heap after collection
 * stayed at 52-55 MB from its 2,000th article on.)
 */
function memoryTargets(two: RunResult, stages: StageResult): Target[] {
  const rows: Target[] = [
    {
      target: 'peak RSS <= 1 GB (2 workers, this run)',
      measured: `${two.peakRssMB.toFixed(0)} MB over ${two.articles} articles (halves: ${(two.rssFirstHalfMB ?? 0).toFixed(0)}, ${(two.rssSecondHalfMB ?? 0).toFixed(0)} MB)`,
      met: two.peakRssMB <= 1024,
    },
  ];
  const pipeline = stages.retained;
  const main = two.retained;
  if (!pipeline || !main) return [...rows, { target: `  projected to ${MEMORY_TARGET_ARTICLES} articles`, measured: 'not measured (needs --expose-gc)', met: false }];
  const perArticle = (r: Retained) => Math.max(0, r.endMB - r.halfMB) / r.articles;
  const remaining = Math.max(0, MEMORY_TARGET_ARTICLES - two.articles);
  const growthMB = (perArticle(pipeline) + perArticle(main)) * remaining;
  const projected = two.peakRssMB + growthMB;
  const span = (r: Retained) => `${r.halfMB.toFixed(1)} -> ${r.endMB.toFixed(1)}`;
  rows.push({
    target: `  projected to ${MEMORY_TARGET_ARTICLES} articles`,
    measured: `${projected.toFixed(0)} MB = peak + ${growthMB.toFixed(0)} (heap kept, half -> end: pipeline ${span(pipeline)} MB, main ${span(main)} MB)`,
    met: projected <= 1024,
  });
  return rows;
}

function targets(two: RunResult, base: RunResult, store: StoreResult, stages: StageResult): Target[] {
  const ratio = kbps(two) / kbps(base);
  const p95 = Math.max(...store.queries.map((q) => q.p95ms));
  const half = two.secondHalf;
  const halfKbps = half ? kbps(half) : 0;
  // What the CPU time says, whoever else is using the machine: the pipeline's CPU per KB spread over every core
  // (an upper bound: perfect use of the cores) against compromise's on one, both over the second half of their run.
  const cores = cpus().length;
  const cpuBound = half ? (cores * half.bytes) / 1024 / half.cpuSeconds : 0;
  const baseHalf = base.secondHalf ?? base;
  const baseCpuKbps = baseHalf.bytes / 1024 / baseHalf.cpuSeconds;
  return [
    { target: 'pipeline + db, 2 workers >= 1 MB/s', measured: `${(kbps(two) / 1024).toFixed(3)} MB/s`, met: kbps(two) >= 1024 },
    { target: '  the same, second half of the run', measured: `${(halfKbps / 1024).toFixed(3)} MB/s`, met: halfKbps >= 1024 },
    { target: '>= 3x compromise alone (same run)', measured: `${ratio.toFixed(2)}x (${kbps(two).toFixed(1)} / ${kbps(base).toFixed(1)} KB/s)`, met: ratio >= 3 },
    {
      target: `  by CPU time, ${cores} idle cores (bound)`,
      measured: `${(cpuBound / baseCpuKbps).toFixed(2)}x (${cpuBound.toFixed(1)} / ${baseCpuKbps.toFixed(1)} KB per CPU s)`,
      met: cpuBound >= 3 * baseCpuKbps,
    },
    ...memoryTargets(two, stages),
    { target: 'query p95 <= 50 ms', measured: `${p95.toFixed(1)} ms (slowest of ${store.queries.length} queries)`, met: p95 <= 50 },
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [kind, ...rest] = argv.slice(1);
    let result: unknown;
    if (kind === 'ingest') result = await childIngest(rest[0], rest[1], Number(rest[2]));
    else if (kind === 'compromise') result = await childCompromise(rest[0]);
    else if (kind === 'store') result = await childStore(rest[0], rest[1], Number(rest[2]));
    else if (kind === 'stages') result = await childStages(rest[0]);
    else throw new Error(`unknown child ${kind}`);
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }

  const opts = parseArgs(argv);
  if (opts.writeArticles) {
    writeFileSync(opts.writeArticles, articlesJsonl(buildArticles(opts.articles).texts));
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'claimex-bench-'));
  try {
    const { texts, from } = buildArticles(opts.articles);
    const jsonl = join(work, 'articles.jsonl');
    writeFileSync(jsonl, articlesJsonl(texts));
    const log = (m: string) => {
      if (!opts.json) process.stderr.write(`bench: ${m}\n`);
    };
    log(`${texts.length} articles from ${from}, ${(texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1024).toFixed(0)} KB; ${cpus().length} cores`);

    // The baseline runs before and after the pipeline and its faster run counts: on a shared machine, load that
    // comes and goes then slows the baseline no more than the pipeline (and the ratio errs against claimex).
    log('compromise alone ...');
    const baseBefore = await runChild<RunResult>(['compromise', jsonl]);
    log('pipeline + database, 1 worker ...');
    mkdirSync(join(work, 'w1'));
    const one = await runChild<RunResult>(['ingest', jsonl, join(work, 'w1', 'c.sqlite'), '1']);
    log('pipeline + database, 2 workers ...');
    mkdirSync(join(work, 'w2'));
    const two = await runChild<RunResult>(['ingest', jsonl, join(work, 'w2', 'c.sqlite'), '2']);
    log('compromise alone, again ...');
    const baseAfter = await runChild<RunResult>(['compromise', jsonl]);
    const base = kbps(baseAfter) > kbps(baseBefore) ? baseAfter : baseBefore;
    log('stages one by one, one core ...');
    const stages = await runChild<StageResult>(['stages', jsonl]);
    log(`writing ${opts.queryArticles} articles and querying ...`);
    mkdirSync(join(work, 'q'));
    const store = await runChild<StoreResult>(['store', jsonl, join(work, 'q', 'c.sqlite'), String(opts.queryArticles)]);

    const result = {
      articles: texts.length,
      source: from,
      cores: cpus().length,
      pipeline: {
        workers1: { ...one, kbPerSecond: kbps(one), articlesPerSecond: aps(one) },
        workers2: { ...two, kbPerSecond: kbps(two), articlesPerSecond: aps(two) },
      },
      compromise: { ...base, kbPerSecond: kbps(base), articlesPerSecond: aps(base) },
      stages: stages.stages,
      targets: targets(two, base, store, stages),
      /** How many times faster compromise alone is than the whole pipeline with its writes (1 worker). */
      compromiseSpeedRatio: kbps(base) / kbps(one),
      /** The same on CPU time (all threads), which a busy machine distorts less. */
      compromiseCpuRatio: one.cpuSeconds / one.articles / (base.cpuSeconds / base.articles),
      sqlite: { articles: store.articles, rows: store.rows, seconds: store.seconds, rowsPerSecond: store.rows / store.seconds, articlesPerSecond: store.articles / store.seconds, dbMB: store.dbMB, peakRssMB: store.peakRssMB },
      queries: store.queries,
    };
    if (opts.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    const f1 = (n: number) => n.toFixed(1);
    process.stdout.write(
      `\nclaimex bench: ${texts.length} articles (${from}), ${cpus().length} cores\n\n` +
        table([
          ['run', 'articles', 'seconds', 'KB/s', 'articles/s', 'CPU ms/article', 'peak RSS MB'],
          ...([
            ['pipeline + db, 1 worker', one],
            ['pipeline + db, 2 workers', two],
            ['compromise alone (baseline)', base],
          ] as Array<[string, RunResult]>).map(([name, r]) => [
            name,
            String(r.articles),
            f1(r.seconds),
            f1(kbps(r)),
            f1(aps(r)),
            f1((1000 * r.cpuSeconds) / Math.max(r.articles, 1)),
            f1(r.peakRssMB),
          ]),
        ]) +
        '\n\n' +
        `CPU per article, 1 worker: ${cpuSplit(one)}\n` +
        `CPU per article, 2 workers: ${cpuSplit(two)}\n` +
        `2 workers are ${(kbps(two) / kbps(one)).toFixed(2)}x 1 worker; compromise alone (the faster of ${f1(kbps(baseBefore))} ` +
        `and ${f1(kbps(baseAfter))} KB/s) is ${f1(result.compromiseSpeedRatio)}x the speed of 1 worker by the clock, ` +
        `${f1(result.compromiseCpuRatio)}x by CPU time per article\n\n` +
        `targets (issue 6):\n` +
        table([['target', 'measured', 'met'], ...result.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO'])]) +
        '\n\n' +
        `stages on one core, warm (CPU time over ${(stages.bytes / 1024).toFixed(0)} KB):\n` +
        table([['stage', 'CPU ms', 'KB per CPU second'], ...stages.stages.map((st) => [st.name, f1(st.cpuMs), f1(st.kbPerCpuSecond)])]) +
        '\n\n' +
        `SQLite writes: ${store.articles} articles, ${store.rows} rows in ${f1(store.seconds)} s = ` +
        `${Math.round(result.sqlite.rowsPerSecond)} rows/s (${Math.round(result.sqlite.articlesPerSecond)} articles/s), ` +
        `database ${f1(store.dbMB)} MB\n\n` +
        `queries on ${store.articles} articles:\n` +
        table([['query', 'rows', 'p50 ms', 'p95 ms', 'runs'], ...store.queries.map((q) => [q.sql, String(q.rows), q.p50ms.toFixed(2), q.p95ms.toFixed(2), String(q.runs)])]) +
        '\n',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
