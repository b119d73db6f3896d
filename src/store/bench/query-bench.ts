/**
 * Query latency on a large database: p50/p95 of the typical `claimex query` calls.
 *
 *   npx tsx src/store/bench/query-bench.ts DB [--articles 100000] [--groups 200] [--runs 20]
 *
 * When DB does not exist it is built first: the corpus articles go through the news pipeline once, then copies
 * are saved (in batches, through `saveMany`, exactly the rows ingest writes) until DB holds `--articles` articles.
 * Copies get spread publication dates, and their PERSON and ORG entities are split into `--groups` variants (a
 * surname suffix on the canonical name and key), so the entities and aliases tables grow with the corpus as they
 * do on real news instead of staying at the corpus's few dozen names. Then each query runs `--runs` times through
 * `runQuery`, the whole of `claimex query` but the process start (opening the database readonly, the query, the
 * table of the default 50 rows or JSON with --limit, written to a sink), and p50/p95 of wall and CPU time are printed
 * in milliseconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { news } from '../../../pipelines/news.js';
import { extractArticle } from '../../extract.js';
import type { Doc, Entity } from '../../model/doc.js';
import { projectPath } from '../../paths.js';
import { contentHash } from '../hash.js';
import { openStore } from '../open.js';
import { runQuery } from '../../cli/query.js';
import type { QueryFilters, QueryKind } from '../query.js';

const args = process.argv.slice(2);
const dbFile = args[0];
if (!dbFile || dbFile.startsWith('--')) {
  process.stderr.write('usage: query-bench.ts DB [--articles 100000] [--groups 200] [--runs 20]\n');
  process.exit(2);
}
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const target = option('--articles', 100_000);
const groups = option('--groups', 200);
const runs = option('--runs', 20);

const SURNAMES = ['Kovacs', 'Haddad', 'Lindqvist', 'Demir', 'Santos', 'Weber', 'Okafor', 'Alvarez', 'Tanaka', 'Novak', 'Rahman', 'Petrov', 'Moreau', 'Ivanova', 'Costa'];

/** A name suffix per group: group 0 keeps the names as written. */
const suffix = (group: number): string =>
  group === 0 ? '' : ` ${SURNAMES[group % SURNAMES.length]}-${SURNAMES[Math.floor(group / SURNAMES.length) % SURNAMES.length]}${Math.floor(group / SURNAMES.length ** 2) || ''}`;

function variant(doc: Doc, k: number): Doc {
  const group = k % groups;
  const tail = suffix(group);
  const entities: Entity[] = tail === '' ? doc.entities : doc.entities.map((e) =>
    e.type === 'PLACE' ? e : { ...e, canonical: e.canonical + tail, key: e.key + tail.toLowerCase(), aliases: e.aliases.map((a) => a + tail) });
  const day = `${2010 + (k % 16)}-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`;
  return { ...doc, entities, article: { ...doc.article, id: `bench-${k}`, published: day } };
}

function build(): void {
  const dir = projectPath('corpus', 'articles');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const t0 = performance.now();
  const docs = texts.map((raw, i) => extractArticle({ id: `seed-${i}`, source: 'bench', published: null, title: null, raw }));
  process.stderr.write(`pipeline on ${docs.length} corpus articles: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const store = openStore(dbFile);
  store.db.pragma('synchronous = OFF'); // a throwaway benchmark database: no need to survive a power cut
  const t1 = performance.now();
  const batch = 500;
  for (let k = 0; k < target; k += batch) {
    const items = [];
    for (let j = k; j < Math.min(target, k + batch); j++) {
      const doc = variant(docs[j % docs.length], j);
      items.push({ doc, hash: contentHash(`${j}\u0000${doc.article.raw}`), pipelineVersion: news.version });
    }
    store.saveMany(items);
    if (k % 10_000 === 0) process.stderr.write(`saved ${k} articles, ${((performance.now() - t1) / 1000).toFixed(0)} s\n`);
  }
  store.close();
  process.stderr.write(`built ${target} articles in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`);
}

if (!existsSync(dbFile)) build();

const reader = openStore(dbFile, { readonly: true });
const one = <T>(sql: string): T | undefined => reader.db.prepare<[], T>(sql).pluck().get();
const counts = Object.fromEntries(['articles', 'entities', 'aliases', 'claims', 'quotes'].map((t) => [t, one<number>(`SELECT count(*) FROM ${t}`)]));
// Arguments from the data: the most frequent speaker's name as written in the corpus (all its variants match, the
// broad case) and one variant's full name (the narrow case), a word of a claim object, the top place.
const topSpeaker = one<string>(`SELECT e.canonical FROM claims c JOIN entities e ON e.id = c.speaker_entity_id
  WHERE c.article_id <= 2000 AND e.type = 'PERSON' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`) ?? 'Blinken';
const surname = topSpeaker.split(' ')[1] ?? topSpeaker;
const topPlace = one<string>(`SELECT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id
  WHERE e.type = 'PLACE' AND m.article_id <= 200 GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`) ?? 'Iraq';
const objectWord = (one<string>('SELECT object FROM claims WHERE length(object) > 20 LIMIT 1') ?? 'security')
  .split(/\W+/).filter((w) => w.length >= 6)[0] ?? 'security';

interface Case { label: string; kind: QueryKind; filters: Omit<QueryFilters, 'limit' | 'min' | 'max'> & { limit?: string; min?: string; max?: string }; format: 'table' | 'json' }
const cases: Case[] = [
  { label: `claims --speaker "${topSpeaker}"`, kind: 'claims', filters: { speaker: topSpeaker }, format: 'table' },
  { label: `claims --speaker "${surname}"`, kind: 'claims', filters: { speaker: surname }, format: 'table' },
  { label: `claims --text "${objectWord}"`, kind: 'claims', filters: { text: objectWord }, format: 'table' },
  { label: `claims --place "${topPlace}" --since 2020-01-01`, kind: 'claims', filters: { place: topPlace, since: '2020-01-01' }, format: 'table' },
  { label: `quotes --speaker "${topSpeaker}" --type direct`, kind: 'quotes', filters: { speaker: topSpeaker, type: 'direct' }, format: 'table' },
  { label: `quotes --speaker "${surname}" --type direct`, kind: 'quotes', filters: { speaker: surname, type: 'direct' }, format: 'table' },
  { label: `entities --entity "${topPlace}"`, kind: 'entities', filters: { entity: topPlace }, format: 'table' },
  { label: 'claims (no filter)', kind: 'claims', filters: {}, format: 'table' },
  { label: 'quantities --unit troops --min 1000 --sort value', kind: 'quantities', filters: { unit: 'troops', min: '1000', sort: 'value' }, format: 'table' },
  { label: `claims --speaker "${surname}" --format json --limit 20`, kind: 'claims', filters: { speaker: surname, limit: '20' }, format: 'json' },
  { label: `claims --text "${objectWord}" --format json --limit 20`, kind: 'claims', filters: { text: objectWord, limit: '20' }, format: 'json' },
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
console.log(JSON.stringify(counts));
reader.close();
for (const c of cases) {
  const times: number[] = [];
  const cpu: number[] = []; // CPU time of this process: steadier than the clock on a shared, busy machine
  let lines = 0;
  for (let r = 0; r < runs; r++) {
    let out = '';
    const t = performance.now();
    const c0 = process.cpuUsage();
    const code = runQuery(c.kind, { ...c.filters, format: c.format, db: dbFile }, {
      stdout: (text) => { out += text; },
      stderr: (text) => process.stderr.write(text),
      columns: 160,
    });
    times.push(performance.now() - t);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    if (code !== 0) throw new Error(`${c.label}: exit ${code}`);
    lines = out.split('\n').length - 1;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (list: number[], p: number) => percentile(list, p).toFixed(1).padStart(6);
  console.log(`${c.label.padEnd(62)} lines ${String(lines).padStart(4)}  wall p50 ${ms(times, 0.5)} p95 ${ms(times, 0.95)} ms  cpu p50 ${ms(cpu, 0.5)} p95 ${ms(cpu, 0.95)} ms`);
}
