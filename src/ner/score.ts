/** Exact-span precision / recall / F1 per type, CoNLL style (a span counts only with the right type). */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
  correct: number;
}

export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; pred: number; correct: number }>();

  constructor(private readonly types: readonly string[]) {
    for (const t of types) this.counts.set(t, { gold: 0, pred: 0, correct: 0 });
  }

  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.filter((s) => this.counts.has(s.type)).map(key));
    for (const s of gold) {
      const c = this.counts.get(s.type);
      if (c) c.gold++;
    }
    for (const s of predicted) {
      const c = this.counts.get(s.type);
      if (!c) continue;
      c.pred++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  }

  byType(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const [t, c] of this.counts) out[t] = prf(c.gold, c.pred, c.correct);
    return out;
  }

  micro(): Prf {
    let gold = 0;
    let pred = 0;
    let correct = 0;
    for (const c of this.counts.values()) {
      gold += c.gold;
      pred += c.pred;
      correct += c.correct;
    }
    return prf(gold, pred, correct);
  }
}

function prf(gold: number, pred: number, correct: number): Prf {
  const precision = pred > 0 ? correct / pred : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: gold, predicted: pred, correct };
}
