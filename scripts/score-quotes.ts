/**
 * Quick scorer of the quotes stage against PolNeAR (dev by default): content-span precision / recall / F1 with
 * overlap matching (any shared character, one-to-one, greedy by overlap size), over all kinds and for direct quotes
 * only (also without the quotations in two apostrophes, which the gold labels indirect), and speaker accuracy on matched quotes (predicted speaker overlaps the gold speaker).
 * Terms (scare-quoted names) are not attributions and are left out of the predictions.
 *
 *   npx tsx scripts/score-quotes.ts [gold.jsonl] [--limit N] [--errors]
 */
import { readPolnear } from '../src/quotes/polnear-records.js';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { createDoc } from '../src/model/create.js';
import { clean } from '../src/stages/clean.js';
import { segment } from '../src/stages/segment.js';
import { entities } from '../src/stages/entities.js';
import { resolve } from '../src/stages/resolve.js';
import { quotes } from '../src/stages/quotes.js';
import { spanToRaw } from '../src/text/offset-map.js';
import type { Span } from '../src/model/doc.js';

interface Predicted extends Span {
  kind: string;
  speaker: Span | null;
  cue: string | null;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one greedy matching by overlap size. Returns pairs [goldIndex, predIndex]. */
function match(gold: Span[], pred: Span[]): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  for (let g = 0; g < gold.length; g++) for (let p = 0; p < pred.length; p++) {
    const o = overlap(gold[g], pred[p]);
    if (o > 0) cands.push([o, g, p]);
  }
  cands.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of cands) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.add(g);
    pUsed.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

interface Tally {
  tp: number;
  gold: number;
  pred: number;
}
const prf = (t: Tally): string => {
  const p = t.pred ? t.tp / t.pred : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${t.tp}, gold ${t.gold}, pred ${t.pred})`;
};

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? path.resolve(PROJECT_ROOT, '../shared/eval/quotes/polnear-dev.jsonl');
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const showErrors = args.includes('--errors');
  const docs = readPolnear(file, limit);

  const all: Tally = { tp: 0, gold: 0, pred: 0 };
  const direct: Tally = { tp: 0, gold: 0, pred: 0 };
  // NYT texts quote with two apostrophes (''...''), which the gold conversion labels indirect: direct quotes for a
  // reader, so they stay direct, and this tally shows direct F1 without them.
  const directPlain: Tally = { tp: 0, gold: 0, pred: 0 };
  const byKind: Record<string, Tally> = {};
  let speakerRight = 0;
  let speakerTotal = 0;
  let ms = 0;
  for (const g of docs) {
    const upstream = resolve(entities(segment(clean(createDoc({ id: g.id, source: file, published: g.meta?.publication_date ?? null, title: null, raw: g.text })))));
    const t0 = performance.now();
    const doc = quotes(upstream);
    ms += performance.now() - t0;
    const pred: Predicted[] = doc.quotes
      .filter((q) => q.kind !== 'term')
      .map((q) => ({ ...spanToRaw(doc.offsets, q), kind: q.kind, speaker: q.speaker ? spanToRaw(doc.offsets, q.speaker) : null, cue: q.cue?.text ?? null }));
    const pairs = match(g.quotes, pred);
    all.tp += pairs.length;
    all.gold += g.quotes.length;
    all.pred += pred.length;
    for (const q of g.quotes) (byKind[q.kind] ??= { tp: 0, gold: 0, pred: 0 }).gold++;
    for (const [gi] of pairs) byKind[g.quotes[gi].kind].tp++;
    const gd = g.quotes.filter((q) => q.kind === 'direct');
    const pd = pred.filter((q) => q.kind === 'direct');
    const dp = match(gd, pd);
    direct.tp += dp.length;
    direct.gold += gd.length;
    direct.pred += pd.length;
    const plain = pd.filter((q) => !/^(?:''|``)/.test(g.text.slice(q.start, q.end)));
    directPlain.tp += match(gd, plain).length;
    directPlain.gold += gd.length;
    directPlain.pred += plain.length;
    if (showErrors) {
      const dm = new Set(dp.map(([, pi]) => pi));
      pd.forEach((q, i) => {
        if (dm.has(i)) return;
        const over = g.quotes.filter((x) => overlap(x, q) > 0).map((x) => x.kind).join('+') || 'none';
        const sp = q.speaker ? g.text.slice(q.speaker.start, q.speaker.end) : null;
        console.log(`DFALSE ${g.id} gold=${over} cue="${q.cue}" sp="${sp}" | ${g.text.slice(q.start, q.end).slice(0, 90).replace(/\n/g, ' ')}`);
      });
    }
    for (const [gi, pi] of pairs) {
      const gs = g.quotes[gi].speaker;
      if (!gs) continue;
      speakerTotal++;
      const ps = pred[pi].speaker;
      if (ps && overlap(gs, ps) > 0) speakerRight++;
      else if (showErrors) console.log(`SPEAKER ${g.id}: gold "${gs.text}" pred "${ps ? g.text.slice(ps.start, ps.end) : null}" cue "${pred[pi].cue}" | ${g.quotes[gi].text.slice(0, 80).replace(/\n/g, ' ')}`);
    }
    if (showErrors) {
      const gm = new Set(pairs.map(([gi]) => gi));
      const pm = new Set(pairs.map(([, pi]) => pi));
      g.quotes.forEach((q, i) => {
        if (!gm.has(i)) console.log(`MISS ${g.id} [${q.kind}] cue "${q.cue?.text}" | ${q.text.slice(0, 100).replace(/\n/g, ' ')}`);
      });
      pred.forEach((q, i) => {
        if (!pm.has(i)) console.log(`FALSE ${g.id} [${q.kind}] | ${g.text.slice(q.start, q.end).slice(0, 100).replace(/\n/g, ' ')}`);
      });
    }
  }
  console.log(`documents ${docs.length}, ${(ms / docs.length).toFixed(1)} ms per article in the quotes stage`);
  console.log(`all kinds (overlap): ${prf(all)}`);
  console.log(`direct only        : ${prf(direct)}`);
  console.log(`direct, no '' marks: ${prf(directPlain)}`);
  for (const [k, t] of Object.entries(byKind)) console.log(`  recall ${k.padEnd(8)}: ${(t.tp / t.gold).toFixed(3)} (${t.tp}/${t.gold})`);
  console.log(`speaker accuracy   : ${(speakerRight / Math.max(1, speakerTotal)).toFixed(3)} (${speakerRight}/${speakerTotal})`);
}

main();
