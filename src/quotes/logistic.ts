/** The small logistic models of the quotes stage (cue heads, quote filter): training (by the scripts) and weights. */

/**
 * A model file's feature weights as the lookup table: the parsed object itself, without a prototype (so no feature
 * name can hit an inherited property). Copying it into a Map cost a worker more than parsing it (the cue model's
 * 81k weights: parse ~40 ms, Map ~45 ms), and lookups are as fast. `copy` for an object the caller keeps.
 */
export function weightTable(weights: Record<string, number>, copy = false): Record<string, number> {
  return copy ? Object.assign(Object.create(null) as Record<string, number>, weights) : Object.setPrototypeOf(weights, null);
}

/** Logistic regression by SGD with L2, weights averaged over all steps; weights below `minWeight` are dropped. */
export function trainLogistic(examples: Array<{ x: string[]; y: number }>, epochs: number, minWeight = 0.05): Record<string, number> {
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  let steps = 0;
  const order = examples.map((_, k) => k);
  let seed = 1;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lambda = 1e-6;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const rate = 0.2 / (1 + epoch);
    for (const idx of order) {
      const { x, y } = examples[idx];
      let score = 0;
      for (const f of x) score += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-score));
      const g = (y - p) * rate;
      steps++;
      for (const f of x) {
        const old = w.get(f) ?? 0;
        const next = old * (1 - lambda) + g;
        w.set(f, next);
        // Lazy averaging: accumulate each weight's change weighted by the steps still to come is costly; instead
        // sum the update times the step number and correct at the end (the standard averaged-perceptron trick).
        sum.set(f, (sum.get(f) ?? 0) + g * steps);
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of w) {
    const avg = v - (sum.get(f) ?? 0) / (steps + 1);
    if (Math.abs(avg) >= minWeight) out[f] = Math.round(avg * 1000) / 1000;
  }
  return out;
}

