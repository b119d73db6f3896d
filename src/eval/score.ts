/**
 * Scoring: gold documents against predictions, layer by layer, counts summed over documents (micro-averaged).
 * `Scorer.add` takes one pair and also records every miss, false alarm and wrong value for `--errors`.
 */
import type { GoldDoc, GoldQuoteKind, LayerName } from './gold.js';
import type { PredMention, Prediction } from './predict.js';
import { exactMatch, greedyMatch, overlap, overlapMatch, prf, ratio, sameName, sameSpeaker, tokenF1, type PRF } from './match.js';

export interface TypeScore extends PRF {
  support: number;
}

export interface EntitiesScore extends PRF {
  overlapF1: number;
  canonicalAccuracy: number;
  /** Exact matches whose gold gives a canonical name: the denominator of canonicalAccuracy. */
  canonicalSupport: number;
  support: number;
  predicted: number;
  byType: Record<string, TypeScore>;
}

export interface CorefScore {
  accuracy: number;
  support: number;
}

export interface ValuedScore extends PRF {
  valueAccuracy: number;
  support: number;
  predicted: number;
}

export interface QuotesScore extends PRF {
  speakerAccuracy: number;
  speakerSupport: number;
  support: number;
  predicted: number;
  byKind: Partial<Record<GoldQuoteKind, { recall: number; support: number }>>;
}

export interface ClaimsScore extends PRF {
  support: number;
  predicted: number;
}

/** The `claimex eval --json` contract. */
export interface EvalReport {
  documents: number;
  layers: {
    entities?: EntitiesScore;
    coref?: CorefScore;
    quantities?: ValuedScore;
    dates?: ValuedScore;
    quotes?: QuotesScore;
    claims?: ClaimsScore;
  };
}

export type ErrorKind = 'miss' | 'false alarm' | 'wrong type' | 'wrong canonical' | 'wrong value' | 'wrong speaker';

/** One thing the pipeline got wrong, with where it is (raw offsets into the gold text). */
export interface EvalError {
  layer: LayerName;
  kind: ErrorKind;
  file: string;
  line: number;
  docId: string;
  start: number;
  end: number;
  text: string;
  detail: string;
  /** ±40 characters around the span, the span in [brackets], whitespace flattened. */
  context: string;
}

export function contextOf(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string): string => s.replace(/\s/g, ' ');
  return `…${flat(text.slice(Math.max(0, start - width), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + width))}…`;
}

interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

const zero = (): Counts => ({ tp: 0, gold: 0, pred: 0 });

const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORG'] as const;

function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Units as the pipeline writes them (ISO codes for money, "percent") with the obvious symbols folded in. */
const UNIT_ALIASES: Record<string, string> = { '€': 'eur', $: 'usd', '£': 'gbp', '%': 'percent', 'per cent': 'percent', pct: 'percent' };

export function normUnit(u: string | null): string {
  const s = (u ?? '').trim().toLowerCase();
  return UNIT_ALIASES[s] ?? s;
}

function sameUnit(gold: string | null, pred: string | null): boolean {
  if (gold === null || gold.trim() === '') return true;
  return normUnit(gold) === normUnit(pred);
}

export class Scorer {
  private documents = 0;
  private readonly present = new Set<LayerName>();
  private readonly entities = zero();
  private entitiesOverlapTp = 0;
  private readonly entityTypes = new Map<string, Counts>(ENTITY_TYPES.map((t) => [t, zero()]));
  private canonical = { correct: 0, support: 0 };
  private coref = { correct: 0, support: 0 };
  private readonly quantities = zero();
  private quantityValues = { correct: 0, support: 0 };
  private readonly dates = zero();
  private dateValues = { correct: 0, support: 0 };
  private readonly quotes = zero();
  private quoteSpeakers = { correct: 0, support: 0 };
  private readonly quoteKinds = new Map<GoldQuoteKind, { found: number; support: number }>();
  private readonly claims = zero();
  readonly errors: EvalError[] = [];

  constructor(private readonly keepErrors = false) {}

  private error(gold: GoldDoc, layer: LayerName, kind: ErrorKind, span: { start: number; end: number }, detail = ''): void {
    if (!this.keepErrors) return;
    const context = layer === 'claims' ? '' : contextOf(gold.text, span.start, span.end);
    this.errors.push({ layer, kind, file: gold.file, line: gold.line, docId: gold.id, start: span.start, end: span.end, text: gold.text.slice(span.start, span.end), detail, context });
  }

  add(gold: GoldDoc, pred: Prediction): void {
    this.documents++;
    if (gold.entities) this.addEntities(gold, pred);
    if (gold.coref) this.addCoref(gold, pred);
    if (gold.quantities) this.addQuantities(gold, pred);
    if (gold.dates) this.addDates(gold, pred);
    if (gold.quotes) this.addQuotes(gold, pred);
    if (gold.claims) this.addClaims(gold, pred);
  }

  private addEntities(gold: GoldDoc, pred: Prediction): void {
    this.present.add('entities');
    const goldEntities = gold.entities ?? [];
    const ignored = gold.ignoredEntities ?? [];
    // Only names are scored; a name on a span the gold marks MISC (a type we do not have) is neither right nor wrong.
    const names = pred.mentions.filter(
      (m) => m.kind === 'name' && this.entityTypes.has(m.type) && !ignored.some((s) => overlap(s, m) > 0 && !goldEntities.some((g) => overlap(g, m) > 0)),
    );
    const exact = exactMatch(goldEntities, names, (g, p) => g.type === p.type);
    const loose = overlapMatch(goldEntities, names, (g, p) => g.type === p.type);
    this.entities.tp += exact.pairs.length;
    this.entities.gold += goldEntities.length;
    this.entities.pred += names.length;
    this.entitiesOverlapTp += loose.pairs.length;
    for (const g of goldEntities) this.entityTypes.get(g.type)!.gold++;
    for (const p of names) this.entityTypes.get(p.type)!.pred++;
    for (const [gi, pi] of exact.pairs) {
      const g = goldEntities[gi];
      this.entityTypes.get(g.type)!.tp++;
      if (g.canonical) {
        this.canonical.support++;
        if (sameName(g.canonical, names[pi].canonical)) this.canonical.correct++;
        else this.error(gold, 'entities', 'wrong canonical', g, `gold ${g.canonical}, predicted ${names[pi].canonical ?? '(none)'}`);
      }
    }
    if (this.keepErrors) {
      const typeOnly = exactMatch(
        exact.unmatchedGold.map((i) => goldEntities[i]),
        exact.unmatchedPred.map((i) => names[i]),
      );
      const wrongTypeGold = new Set(typeOnly.pairs.map(([g]) => exact.unmatchedGold[g]));
      const wrongTypePred = new Set(typeOnly.pairs.map(([, p]) => exact.unmatchedPred[p]));
      for (const [g, p] of typeOnly.pairs) {
        const ge = goldEntities[exact.unmatchedGold[g]];
        this.error(gold, 'entities', 'wrong type', ge, `gold ${ge.type}, predicted ${names[exact.unmatchedPred[p]].type}`);
      }
      for (const gi of exact.unmatchedGold) if (!wrongTypeGold.has(gi)) this.error(gold, 'entities', 'miss', goldEntities[gi], goldEntities[gi].type);
      for (const pi of exact.unmatchedPred)
        if (!wrongTypePred.has(pi)) this.error(gold, 'entities', 'false alarm', names[pi], `${names[pi].type} (${names[pi].source ?? 'pipeline'})`);
    }
  }

  private addCoref(gold: GoldDoc, pred: Prediction): void {
    this.present.add('coref');
    for (const g of gold.coref ?? []) {
      this.coref.support++;
      // The predicted mention at that place: a nominal or pronoun mention first, the largest overlap next.
      let best: PredMention | null = null;
      let bestScore = 0;
      for (const m of pred.mentions) {
        const o = overlap(g, m);
        if (o === 0) continue;
        const score = o + (m.kind === 'name' ? 0 : 1e6);
        if (score > bestScore) {
          best = m;
          bestScore = score;
        }
      }
      if (best && sameName(best.canonical, g.canonical)) this.coref.correct++;
      else this.error(gold, 'coref', best ? 'wrong canonical' : 'miss', g, `gold ${g.canonical}, predicted ${best ? (best.canonical ?? '(unresolved)') : '(no mention)'}`);
    }
  }

  private addQuantities(gold: GoldDoc, pred: Prediction): void {
    this.present.add('quantities');
    const g = gold.quantities ?? [];
    const m = exactMatch(g, pred.quantities);
    this.quantities.tp += m.pairs.length;
    this.quantities.gold += g.length;
    this.quantities.pred += pred.quantities.length;
    for (const [gi, pi] of m.pairs) {
      const gq = g[gi];
      const pq = pred.quantities[pi];
      if (gq.value === null) continue;
      this.quantityValues.support++;
      if (sameValue(gq.value, pq.value) && sameUnit(gq.unit, pq.unit)) this.quantityValues.correct++;
      else this.error(gold, 'quantities', 'wrong value', gq, `gold ${gq.value} ${gq.unit ?? ''}, predicted ${pq.value} ${pq.unit ?? ''}`);
    }
    for (const gi of m.unmatchedGold) this.error(gold, 'quantities', 'miss', g[gi], `${g[gi].value} ${g[gi].unit ?? ''}`);
    for (const pi of m.unmatchedPred) this.error(gold, 'quantities', 'false alarm', pred.quantities[pi], `${pred.quantities[pi].value} ${pred.quantities[pi].unit ?? ''}`);
  }

  private addDates(gold: GoldDoc, pred: Prediction): void {
    this.present.add('dates');
    const g = gold.dates ?? [];
    const m = exactMatch(g, pred.dates);
    this.dates.tp += m.pairs.length;
    this.dates.gold += g.length;
    this.dates.pred += pred.dates.length;
    for (const [gi, pi] of m.pairs) {
      const value = g[gi].value;
      if (value === null) continue;
      this.dateValues.support++;
      if (value.trim() === pred.dates[pi].value.trim()) this.dateValues.correct++;
      else this.error(gold, 'dates', 'wrong value', g[gi], `gold ${g[gi].value}, predicted ${pred.dates[pi].value}`);
    }
    for (const gi of m.unmatchedGold) this.error(gold, 'dates', 'miss', g[gi], g[gi].value ?? '(no value)');
    for (const pi of m.unmatchedPred) this.error(gold, 'dates', 'false alarm', pred.dates[pi], pred.dates[pi].value);
  }

  private addQuotes(gold: GoldDoc, pred: Prediction): void {
    this.present.add('quotes');
    const g = gold.quotes ?? [];
    // A scare-quoted term is not a statement: PolNeAR does not annotate those, and neither do we.
    const p = pred.quotes.filter((q) => q.kind !== 'term');
    const m = overlapMatch(g, p);
    this.quotes.tp += m.pairs.length;
    this.quotes.gold += g.length;
    this.quotes.pred += p.length;
    for (const q of g) {
      const k = this.quoteKinds.get(q.kind) ?? { found: 0, support: 0 };
      k.support++;
      this.quoteKinds.set(q.kind, k);
    }
    for (const [gi, pi] of m.pairs) {
      const gq = g[gi];
      const pq = p[pi];
      this.quoteKinds.get(gq.kind)!.found++;
      if (!gq.speaker) continue;
      this.quoteSpeakers.support++;
      const sp = pq.speaker;
      const right =
        sp !== null &&
        ((gq.speaker.span !== undefined && overlap(gq.speaker.span, sp) > 0) ||
          // A canonical gold speaker: the predicted speaker's entity names that person, or its words do ("Wrona said";
          // "Belgian police said", where no entity can exist).
          (gq.speaker.canonical !== undefined &&
            (sameName(gq.speaker.canonical, sp.canonical) || sameSpeaker(gq.speaker.canonical, sp.canonical) || sameSpeaker(gq.speaker.canonical, sp.text))));
      if (right) this.quoteSpeakers.correct++;
      else {
        const want = gq.speaker.span ? gq.speaker.span.text : gq.speaker.canonical;
        this.error(gold, 'quotes', 'wrong speaker', gq, `gold ${want}, predicted ${sp ? `${sp.text}${sp.canonical ? ` = ${sp.canonical}` : ''}` : '(none)'}`);
      }
    }
    for (const gi of m.unmatchedGold) this.error(gold, 'quotes', 'miss', g[gi], g[gi].kind);
    for (const pi of m.unmatchedPred) this.error(gold, 'quotes', 'false alarm', p[pi], p[pi].kind);
  }

  private addClaims(gold: GoldDoc, pred: Prediction): void {
    this.present.add('claims');
    const g = gold.claims ?? [];
    const m = greedyMatch(g, pred.claims, (gc, pc) => {
      if (gc.type !== pc.type) return null;
      if (!sameSpeaker(gc.speaker, pc.speaker) && !sameSpeaker(gc.speaker, pc.speakerText)) return null;
      const f = tokenF1(gc.object, pc.object);
      return f >= 0.5 ? f : null;
    });
    this.claims.tp += m.pairs.length;
    this.claims.gold += g.length;
    this.claims.pred += pred.claims.length;
    if (!this.keepErrors) return;
    // Claims have no span of their own: errors point at the document start, the detail says which claim.
    const at = { start: 0, end: 0 };
    for (const gi of m.unmatchedGold) this.error(gold, 'claims', 'miss', at, `${g[gi].speaker ?? '(nobody)'} ${g[gi].type}: ${g[gi].object}`);
    for (const pi of m.unmatchedPred) {
      const c = pred.claims[pi];
      this.error(gold, 'claims', 'false alarm', at, `${c.speaker ?? '(nobody)'} ${c.type}/${c.predicate}: ${c.object}`);
    }
  }

  report(): EvalReport {
    const layers: EvalReport['layers'] = {};
    if (this.present.has('entities')) {
      const byType: Record<string, TypeScore> = {};
      for (const [type, c] of this.entityTypes) if (c.gold > 0 || c.pred > 0) byType[type] = { ...prf(c.tp, c.gold, c.pred), support: c.gold };
      const e = this.entities;
      layers.entities = {
        ...prf(e.tp, e.gold, e.pred),
        overlapF1: prf(this.entitiesOverlapTp, e.gold, e.pred).f1,
        canonicalAccuracy: ratio(this.canonical.correct, this.canonical.support),
        canonicalSupport: this.canonical.support,
        support: e.gold,
        predicted: e.pred,
        byType,
      };
    }
    if (this.present.has('coref')) layers.coref = { accuracy: ratio(this.coref.correct, this.coref.support), support: this.coref.support };
    if (this.present.has('quantities')) {
      const q = this.quantities;
      layers.quantities = { ...prf(q.tp, q.gold, q.pred), valueAccuracy: ratio(this.quantityValues.correct, this.quantityValues.support), support: q.gold, predicted: q.pred };
    }
    if (this.present.has('dates')) {
      const d = this.dates;
      layers.dates = { ...prf(d.tp, d.gold, d.pred), valueAccuracy: ratio(this.dateValues.correct, this.dateValues.support), support: d.gold, predicted: d.pred };
    }
    if (this.present.has('quotes')) {
      const q = this.quotes;
      const byKind: QuotesScore['byKind'] = {};
      for (const kind of ['direct', 'mixed', 'indirect'] as const) {
        const k = this.quoteKinds.get(kind);
        if (k) byKind[kind] = { recall: ratio(k.found, k.support), support: k.support };
      }
      layers.quotes = {
        ...prf(q.tp, q.gold, q.pred),
        speakerAccuracy: ratio(this.quoteSpeakers.correct, this.quoteSpeakers.support),
        speakerSupport: this.quoteSpeakers.support,
        support: q.gold,
        predicted: q.pred,
        byKind,
      };
    }
    if (this.present.has('claims')) {
      const c = this.claims;
      layers.claims = { ...prf(c.tp, c.gold, c.pred), support: c.gold, predicted: c.pred };
    }
    return { documents: this.documents, layers };
  }
}
