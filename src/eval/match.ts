/**
 * Matching predicted items to gold items one-to-one, and the precision / recall arithmetic. Pure functions over
 * plain spans, so every scoring rule can be checked on a hand-made pair.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Matching {
  /** [gold index, predicted index] pairs. */
  pairs: Array<[number, number]>;
  unmatchedGold: number[];
  unmatchedPred: number[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function finish(nGold: number, nPred: number, pairs: Array<[number, number]>): Matching {
  const g = new Set(pairs.map((p) => p[0]));
  const p = new Set(pairs.map((x) => x[1]));
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    unmatchedGold: Array.from({ length: nGold }, (_, i) => i).filter((i) => !g.has(i)),
    unmatchedPred: Array.from({ length: nPred }, (_, i) => i).filter((i) => !p.has(i)),
  };
}

/**
 * Candidate pairs scored by `score` (higher is better; null = cannot match) taken greedily best first, each item used
 * once. Ties go to the earlier gold item, then the earlier prediction, so the result is deterministic.
 */
export function greedyMatch<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number | null): Matching {
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) candidates.push({ g: gi, p: pi, s });
    }),
  );
  return finish(gold.length, pred.length, greedyPairs(candidates));
}

/** One-to-one pairs from scored candidates, best score first (ties by position, so the result is deterministic). */
function greedyPairs(candidates: Array<{ g: number; p: number; s: number }>): Array<[number, number]> {
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Same span exactly (and `same` agreeing, e.g. same type). Linear: exact spans are looked up by key. */
export function exactMatch<G extends Range, P extends Range>(gold: G[], pred: P[], same: (g: G, p: P) => boolean = () => true): Matching {
  const byKey = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const key = `${p.start}:${p.end}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const candidates = byKey.get(`${g.start}:${g.end}`) ?? [];
    const pi = candidates.find((i) => !used.has(i) && same(g, pred[i]));
    if (pi !== undefined) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return finish(gold.length, pred.length, pairs);
}

/**
 * Any overlap counts; the largest overlaps are paired first. Spans are sorted so only neighbours are compared: gold
 * and predictions of a long document stay cheap.
 */
export function overlapMatch<G extends Range, P extends Range>(gold: G[], pred: P[], same: (g: G, p: P) => boolean = () => true): Matching {
  const predOrder = pred.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start);
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) => {
    for (const { p, i } of predOrder) {
      if (p.start >= g.end) break;
      const o = overlap(g, p);
      if (o > 0 && same(g, p)) candidates.push({ g: gi, p: i, s: o });
    }
  });
  return finish(gold.length, pred.length, greedyPairs(candidates));
}

/**
 * Precision, recall and F1 from counts. With nothing predicted precision is 1 only when nothing was to be found
 * (0 otherwise), and likewise recall with nothing to find: an empty answer to an empty question is right.
 */
export function prf(tp: number, nGold: number, nPred: number): PRF {
  const precision = nPred > 0 ? tp / nPred : nGold === 0 ? 1 : 0;
  const recall = nGold > 0 ? tp / nGold : nPred === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** correct / support, 0 when there is nothing to judge (the support is reported beside it). */
export function ratio(correct: number, support: number): number {
  return support > 0 ? correct / support : 0;
}

/** Lower-case word tokens (letters and digits), accents folded. */
export function wordTokens(s: string): string[] {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Token F1 between two strings as bags of words (SQuAD style). */
export function tokenF1(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  if (ta.length === 0 || tb.length === 0) return ta.length === tb.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** A name compared loosely: case, accents, punctuation, spacing and a leading article ("the police") do not count. */
export function normName(s: string | null | undefined): string {
  const words = wordTokens(s ?? '');
  if (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) words.shift();
  return words.join(' ');
}

/** Initials of the capitalized words ("North Atlantic Treaty Organization" -> "nato"), or "" for a single word. */
function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('').toLowerCase() : '';
}

/**
 * Same canonical name: equal when compared loosely, or one is the other's acronym ("NATO" / "North Atlantic Treaty
 * Organization", "EU" / "European Union"): both are fair canonical names, and the gold cannot know which one a
 * gazetteer prefers.
 */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const na = normName(a);
  const nb = normName(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  const acronym = (short: string, long: string): boolean => /^\p{Lu}{2,}$/u.test(short.replace(/[.\s]/g, '')) && short.replace(/[.\s]/g, '').toLowerCase() === initials(long);
  return acronym(a ?? '', b ?? '') || acronym(b ?? '', a ?? '');
}

/**
 * Same speaker: the same name, or one is a single word naming the other by its last word (a surname: "Blinken" /
 * "Anthony Blinken") or its first (an organisation's short name: "Voltara" / "Voltara Motors").
 */
export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  const g = normName(gold);
  const p = normName(pred);
  if (g === '' || p === '') return g === p;
  if (g === p || sameName(gold, pred)) return true;
  const gs = g.split(' ');
  const ps = p.split(' ');
  if (gs.length > 1 && ps.length > 1) return false;
  const [short, long] = gs.length === 1 ? [g, ps] : [p, gs];
  return long[long.length - 1] === short || long[0] === short;
}
