/**
 * The weights of a logistic model over string features `template:part|part|...` ('b' alone for the bias), as the
 * trainers write them, in a compact table read by the parts' numbers.
 *
 * Why not a Map from the feature strings: the quotes stage looked up ~20 features per cue word and ~30 per found
 * quote, and each lookup built a fresh string that had to be flattened and hashed and then missed the cache on a
 * table of 81,000 keys, strings and boxed numbers: a third of the stage's time. Here every part is turned into a
 * number once per cue word (`part`), and a feature is one probe of an open-addressing table of plain integer
 * arrays. A lookup finds exactly the weight that the feature's string has in the file: keys are split at every '|'
 * (a part may hold one, the word "|"), and a part holding one is looked up by its pieces in the same way.
 */

/** Where features are reported: parts are mapped by `part` once, then each feature goes to `emit`, in order. */
export interface FeatureSink<P> {
  part(text: string): P;
  emit(template: string, a?: P, b?: P, c?: P): void;
}

/** The string of a feature given by its parts, as the trainers write it: `template:a|b|c`, or `template` alone. */
export function featureName(template: string, a?: string, b?: string, c?: string): string {
  if (a === undefined) return template;
  if (b === undefined) return `${template}:${a}`;
  if (c === undefined) return `${template}:${a}|${b}`;
  return `${template}:${a}|${b}|${c}`;
}

/** A sink that collects the feature strings, for the trainers. */
export function featureNames(): FeatureSink<string> & { names: string[] } {
  const names: string[] = [];
  return { names, part: (text) => text, emit: (template, a, b, c) => names.push(featureName(template, a, b, c)) };
}

/** A part as `FeatureWeights.part` gives it: the number of its text, or the text itself when it holds a '|'. */
export type Part = number | string;

/** Number of a part that no key holds: every feature with it weighs 0. */
const UNKNOWN = 0;
/** Integers per slot: template, then up to three pieces (0: none). */
const SLOT = 4;

/** A key split into its template and its pieces (the parts, split again at every '|'). */
function split(key: string): { template: string; pieces: string[] } {
  const colon = key.indexOf(':');
  if (colon < 0) return { template: key, pieces: [] };
  return { template: key.slice(0, colon), pieces: key.slice(colon + 1).split('|') };
}

export class FeatureWeights {
  /** Numbers of the templates (a few dozen, looked up for every feature), from 1. */
  private readonly templates = new Map<string, number>();
  /** Numbers of the pieces, from 1. */
  private readonly ids = new Map<string, number>();
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  /** Keys of more than three pieces (a part holding '|'), by their string. */
  private readonly long = new Map<string, number>();
  /** Text of each piece number, to rebuild a feature that has a piped part. */
  private readonly text: string[] = [''];

  constructor(weights: Record<string, number>) {
    // Built once per process from the model files (81,000 keys): no per-key arrays, so that loading stays cheap.
    const keys = Object.keys(weights);
    let size = 1;
    while (size < keys.length * 1.6) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size * SLOT);
    this.values = new Float64Array(size);
    for (const key of keys) {
      const weight = weights[key];
      const colon = key.indexOf(':');
      if (colon < 0) {
        this.insert(this.template(key), 0, 0, 0, weight);
        continue;
      }
      const bar1 = key.indexOf('|', colon + 1);
      const bar2 = bar1 < 0 ? -1 : key.indexOf('|', bar1 + 1);
      if (bar2 >= 0 && key.indexOf('|', bar2 + 1) >= 0) {
        this.long.set(key, weight);
        // Its pieces are known parts too: a part no key holds is what makes a lookup end early with 0.
        this.template(key.slice(0, colon));
        for (const piece of key.slice(colon + 1).split('|')) this.number(piece);
        continue;
      }
      const t = this.template(key.slice(0, colon));
      // "p:" (one empty part) differs from "p" (none): the ':' alone gives the piece ''.
      const a = this.number(key.slice(colon + 1, bar1 < 0 ? key.length : bar1));
      const b = bar1 < 0 ? 0 : this.number(key.slice(bar1 + 1, bar2 < 0 ? key.length : bar2));
      const c = bar2 < 0 ? 0 : this.number(key.slice(bar2 + 1));
      this.insert(t, a, b, c, weight);
    }
  }

  private template(name: string): number {
    let id = this.templates.get(name);
    if (id === undefined) {
      id = this.templates.size + 1;
      this.templates.set(name, id);
    }
    return id;
  }

  private number(piece: string): number {
    let id = this.ids.get(piece);
    if (id === undefined) {
      id = this.text.length;
      this.ids.set(piece, id);
      this.text.push(piece);
    }
    return id;
  }

  private slot(t: number, a: number, b: number, c: number): number {
    // Any fixed mix works; this one spreads the small integers of the pieces over the table.
    let h = Math.imul(t, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    return h & this.mask;
  }

  private insert(t: number, a: number, b: number, c: number, weight: number): void {
    const keys = this.keys;
    let s = this.slot(t, a, b, c);
    for (;;) {
      const k = s * SLOT;
      if (keys[k] === 0 || (keys[k] === t && keys[k + 1] === a && keys[k + 2] === b && keys[k + 3] === c)) {
        keys[k] = t;
        keys[k + 1] = a;
        keys[k + 2] = b;
        keys[k + 3] = c;
        this.values[s] = weight;
        return;
      }
      s = (s + 1) & this.mask;
    }
  }

  private probe(t: number, a: number, b: number, c: number): number {
    const keys = this.keys;
    let s = this.slot(t, a, b, c);
    for (;;) {
      const k = s * SLOT;
      const kt = keys[k];
      if (kt === 0) return 0;
      if (kt === t && keys[k + 1] === a && keys[k + 2] === b && keys[k + 3] === c) return this.values[s];
      s = (s + 1) & this.mask;
    }
  }

  /**
   * The number of a part, for `weight`; a part holding '|' (rare: the word "|") stays text and is looked up by its
   * pieces.
   */
  part(text: string): Part {
    if (text.includes('|')) return text;
    return this.ids.get(text) ?? UNKNOWN;
  }

  /** The weight of the feature `featureName(template, a, b, c)` given by its parts from `part`; 0 when absent. */
  weight(template: string, a?: Part, b?: Part, c?: Part): number {
    const t = this.templates.get(template);
    if (t === undefined || a === UNKNOWN || b === UNKNOWN || c === UNKNOWN) return 0;
    if (typeof a === 'string' || typeof b === 'string' || typeof c === 'string') return this.pipedWeight(template, a, b, c);
    return this.probe(t, a ?? 0, b ?? 0, c ?? 0);
  }

  /** A feature with a part holding '|': by its string's pieces, as the keys were split. */
  private pipedWeight(template: string, a?: Part, b?: Part, c?: Part): number {
    const textOf = (part: Part | undefined): string | undefined => (typeof part === 'number' ? this.text[part] : part);
    const key = featureName(template, textOf(a), textOf(b), textOf(c));
    const { pieces } = split(key);
    if (pieces.length > 3) return this.long.get(key) ?? 0;
    const ids = pieces.map((p) => this.ids.get(p));
    if (ids.some((id) => id === undefined)) return 0;
    return this.probe(this.templates.get(template) ?? 0, ids[0] ?? 0, ids[1] ?? 0, ids[2] ?? 0);
  }
}

/**
 * A model's weights as a process reads them: first the parsed file itself (see weightTable in logistic.ts), looked up
 * by feature string, which costs nothing to set up; after `buildAfter` scorings, the FeatureWeights built from it
 * (~70 ms for the cue model's 81k weights, ~1 us instead of ~7 us per cue word), once the process has shown it reads
 * enough text to pay for it. Both give the same weights, summed in the order the features are emitted, so the same
 * score to the last bit.
 */
export class ModelWeights {
  private table: Record<string, number> | null;
  private compact: FeatureWeights | null = null;
  private scored = 0;

  constructor(
    table: Record<string, number>,
    private readonly buildAfter: number,
  ) {
    this.table = table;
  }

  /** The sum of the weights of the features that `features` gives its sink. */
  score(features: <P>(sink: FeatureSink<P>) => void): number {
    let score = 0;
    const table = this.table;
    if (table !== null && ++this.scored <= this.buildAfter) {
      features<string>({
        part: (text) => text,
        emit: (template, a, b, c) => {
          score += table[featureName(template, a, b, c)] ?? 0;
        },
      });
      return score;
    }
    const weights = (this.compact ??= new FeatureWeights(table ?? {}));
    this.table = null;
    features<Part>({
      part: (text) => weights.part(text),
      emit: (template, a, b, c) => {
        score += weights.weight(template, a, b, c);
      },
    });
    return score;
  }
}
