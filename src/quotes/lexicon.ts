import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** Counts learned for one cue word form (see scripts/learn-cues.ts). */
export interface CueEntry {
  lemma: string;
  /** Times the form headed an annotated cue. */
  cue: number;
  /** Times the form occurs in the training texts at all. */
  total: number;
  /** Times the content followed the cue ("said that ..."), the rest preceded it ("..., he said"). */
  after: number;
  /** Times the attribution had a source. */
  speaker: number;
  /** Times the form was a cue in the passive, after a form of "be" ("is expected to"). */
  passive?: number;
  /** Times the subject right before the cue was itself content, with no source named ("Clinton appeared to"). */
  subject?: number;
  /** Particles that follow the form inside the cue ("called for"), with counts. */
  particles: Record<string, number>;
  /** [cue, total] occurrences of the form by neighbour class (`p:comma`, `n:that`, ... see context.ts). */
  context?: Record<string, [number, number]>;
}

export interface CueLexicon {
  source: string;
  documents: number;
  forms: Record<string, CueEntry>;
}

/** A cue form as the extractor sees it: the learned counts folded into a few decisions. */
export interface Cue {
  form: string;
  lemma: string;
  /** P(cue | form) estimated from the training split, smoothed. */
  precision: number;
  /** Fraction of cues of this form whose content follows them. */
  afterRate: number;
  /** Passive occurrences that are cues, over all the form's cue occurrences: high for "expected", ~0 for "said". */
  passiveRate: number;
  /** Cues of this form whose subject is content and whose source goes unnamed ("is expected to", "seemed"). */
  subjectRate: number;
  /** Particle the cue takes ("for" in "called for"), when the form needs one to be a cue. */
  particle: string | null;
  /** [cue, total] by neighbour class, for `cueProbability`. */
  context?: Record<string, [number, number]>;
  /** One of the reporting and commitment verbs every news reader expects (CORE below). */
  core?: boolean;
}

const logit = (p: number): number => Math.log(p / (1 - p));
const clamp = (p: number): number => Math.min(0.98, Math.max(0.02, p));

/**
 * P(cue | form, previous word class, next word class): the form's rate, moved by how much each neighbour class
 * raises or lowers it (naive-Bayes style, each class rate smoothed toward the form's rate by 3 pseudo-counts).
 */
export function cueProbability(cue: Cue, prev: string, next: string): number {
  const base = clamp(cue.precision);
  // The core verbs stay cues wherever a clause, a quotation or an object follows them, whatever the campaign news
  // of the training split did with them ("pledged delegates" made "pledged" look like an adjective).
  if (cue.core && !/^(?:word|nouns|end|num|adv)$/.test(next)) return Math.max(0.5, contextual(cue, base, prev, next));
  return contextual(cue, base, prev, next);
}

function contextual(cue: Cue, base: number, prev: string, next: string): number {
  if (!cue.context) return base;
  let score = logit(base);
  for (const key of [`p:${prev}`, `n:${next}`]) {
    const cell = cue.context[key];
    if (!cell) continue;
    const rate = clamp((cell[0] + 3 * base) / (cell[1] + 3));
    score += logit(rate) - logit(base);
  }
  return 1 / (1 + Math.exp(-score));
}

/**
 * Reporting and commitment verbs every news reader expects, whatever the training split says about them. They make
 * sure the families the claims stage types (promise, pledge, demand, deny, warn, ...) are cues even where the
 * political-campaign training news used them rarely.
 */
const CORE: Record<string, { lemma: string; particle?: string }> = {};
function core(lemma: string, forms: string[], particle?: string): void {
  for (const f of forms) CORE[f] = { lemma, particle };
}
core('say', ['said', 'says', 'say', 'saying']);
core('tell', ['told', 'tells', 'tell', 'telling']);
core('add', ['added', 'adds', 'adding']);
core('promise', ['promised', 'promises', 'promise', 'promising']);
core('pledge', ['pledged', 'pledges', 'pledge', 'pledging']);
core('vow', ['vowed', 'vows', 'vow', 'vowing']);
core('reaffirm', ['reaffirmed', 'reaffirms', 'reaffirm', 'reaffirming']);
core('demand', ['demanded', 'demands', 'demanding']);
core('urge', ['urged', 'urges', 'urging']);
core('call', ['called', 'calls', 'calling'], 'for');
core('deny', ['denied', 'denies', 'denying']);
core('warn', ['warned', 'warns', 'warning']);
core('agree', ['agreed', 'agrees', 'agree'], 'to');
core('choose', ['chose', 'chooses'], 'to');
core('refuse', ['refused', 'refuses', 'refusing'], 'to');
core('announce', ['announced', 'announces', 'announcing']);
core('insist', ['insisted', 'insists', 'insisting']);
core('claim', ['claimed', 'claims']);
core('state', ['stated', 'states']);
core('declare', ['declared', 'declares']);
core('confirm', ['confirmed', 'confirms']);
core('report', ['reported', 'reports']);
core('write', ['wrote', 'writes']);
core('tweet', ['tweeted', 'tweets']);
core('argue', ['argued', 'argues', 'arguing']);
core('explain', ['explained', 'explains']);
core('note', ['noted', 'notes', 'noting']);
core('ask', ['asked', 'asks']);
core('reject', ['rejected', 'rejects']);
core('threaten', ['threatened', 'threatens'], 'to');
core('commit', ['committed', 'commits'], 'to');
core('order', ['ordered', 'orders']);
core('decide', ['decided', 'decides'], 'to');
core('acknowledge', ['acknowledged', 'acknowledges']);
core('admit', ['admitted', 'admits']);
core('stress', ['stressed', 'stresses']);
core('suggest', ['suggested', 'suggests']);
core('predict', ['predicted', 'predicts']);
core('believe', ['believes', 'believe', 'believed']);
core('think', ['thinks', 'think']);

const CORE_LEMMAS = new Set(Object.values(CORE).map((c) => c.lemma));

/** Is `lemma` one of the reporting and commitment verbs every news reader expects (say, promise, demand, decide...)? */
export function isCoreLemma(lemma: string): boolean {
  return CORE_LEMMAS.has(lemma);
}

/** Forms that are too ambiguous to be cues without their particle or a clause after them. */
const MIN_PRECISION = 0.08;

/**
 * Verbs of undergoing ("Iraqis and Syrians experienced the brutality ...", "faced ridicule"): their subject lives
 * through an event and reports nothing. The training split annotated a few of them as cues, too few to learn when.
 */
const UNDERGOING = new Set(['experience', 'witness', 'face', 'suffer', 'endure', 'undergo']);

let cached: Map<string, Cue> | null = null;

function load(): Map<string, Cue> {
  let learned: CueLexicon = { source: 'none', documents: 0, forms: {} };
  try {
    learned = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'cues.json'), 'utf8')) as CueLexicon;
  } catch {
    // Without the learned counts the core list still works; the stage must never fail for want of a data file.
  }
  return build(learned);
}

/**
 * Replace the lexicon of this process with one built from `learned` (null: back to the data file). For the
 * training scripts, which run the finder with counts learned from other folds of the training split.
 */
export function useCueLexicon(learned: CueLexicon | null): void {
  cached = learned ? build(learned) : null;
}

function build(learned: CueLexicon): Map<string, Cue> {
  const cues = new Map<string, Cue>();
  for (const [form, e] of Object.entries(learned.forms)) {
    // Laplace-style smoothing: a form seen as a cue 3 times out of 3 is not a sure cue.
    const precision = e.cue / (e.total + 2);
    if (precision < MIN_PRECISION && !CORE[form]) continue;
    if (UNDERGOING.has(e.lemma)) continue;
    const partTotal = Object.values(e.particles).reduce((a, b) => a + b, 0);
    let particle: string | null = null;
    if (partTotal > e.cue * 0.6) {
      particle = Object.entries(e.particles).sort((a, b) => b[1] - a[1])[0][0];
    }
    cues.set(form, { form, lemma: e.lemma, precision, afterRate: e.cue ? e.after / e.cue : 1, passiveRate: e.cue ? (e.passive ?? 0) / e.cue : 0, subjectRate: (e.subject ?? 0) / (e.cue + 2), particle, context: e.context });
  }
  for (const [form, c] of Object.entries(CORE)) {
    const seen = cues.get(form);
    if (seen) {
      // "called" alone is a cue too ("called him a liar"); the others need their particle to report anything.
      if (c.particle && !seen.particle && c.lemma !== 'call') seen.particle = c.particle;
      seen.lemma = c.lemma;
      seen.core = true;
      seen.precision = Math.max(seen.precision, 0.5);
      continue;
    }
    cues.set(form, { form, lemma: c.lemma, precision: 0.5, afterRate: 0.8, passiveRate: 0, subjectRate: 0, particle: c.particle ?? null, core: true });
  }
  return cues;
}

/** The cue lexicon, loaded once per process. */
export function cueLexicon(): Map<string, Cue> {
  if (!cached) cached = load();
  return cached;
}
