/**
 * Learning of the cue lexicon and the cue-head classifier from PolNeAR records: for every word form that heads an
 * annotated cue ("said", "has said", "also called for" -> "said", "called"+for) how often the form is a cue, how often
 * it occurs at all (so the runtime can tell "said", a cue nearly always, from "called", a cue now and then), on which
 * side of the cue the content lies, which particle follows it; and a logistic classifier over every occurrence of
 * those forms. Only counts and weights come out, never text. Used by scripts/learn-cues.ts (all of train) and
 * scripts/learn-quote-filter.ts (k folds, so the filter learns from cue probabilities of unseen documents).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { CueEntry, CueLexicon } from './lexicon.js';
import { wordsOf } from './units.js';
import { cueFeatures, nextClass, prevClass } from './context.js';
import type { CueModelFile } from './cue-model.js';
import { trainLogistic } from './logistic.js';
import type { PolnearDoc } from './polnear-records.js';

/** Words that open a cue without being its head: auxiliaries and adverbs ("has also said"). */
const SKIP = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 'later', 'then', 'just', 'previously',
  'once', 'repeatedly', 'recently', 'often', 'again', 'would', 'will', 'could', 'should', 'may', 'might', 'did', 'does',
  'do', 'not', 'never', 'reportedly', 'publicly', 'privately', 'first', 'still', 'already', 'even', 'further', 'had',
]);
const PARTICLES = new Set(['for', 'on', 'to', 'of', 'about', 'against', 'that', 'as', 'out', 'up', 'off']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The cue lexicon and the cue-head classifier learned from `docs`. */
export function learnCues(docs: PolnearDoc[], source: string): { lexicon: CueLexicon; model: CueModelFile } {
  const cueCount = new Map<string, number>();
  const after = new Map<string, number>();
  const withSpeaker = new Map<string, number>();
  const particles = new Map<string, Map<string, number>>();
  const seenRelationCue = new Set<string>();
  const goldHeads = new Set<string>();
  const passive = new Map<string, number>();
  const BE = /(?:\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+|not\s+|also\s+)?)$/u;

  const subjectContent = new Map<string, number>();
  // Raising and passive cues ("Clinton appeared to gain", "Trump is expected to speak"): PolNeAR splits the content
  // into the subject, right before the cue, and the rest after it, and names no source.
  const ADJACENT = /^\s*(?:(?:is|are|was|were|be|been|being|has|have|had|also|not|n't|still|now|\p{Ll}+ly)\s+)*$/u;
  const subjectCues = new Set<string>();
  for (const doc of docs) {
    for (const q of doc.quotes) {
      if (q.cue && !q.speaker && q.end <= q.cue.start && ADJACENT.test(doc.text.slice(q.end, q.cue.start))) subjectCues.add(`${doc.id}:${q.cue.start}`);
    }
  }

  for (const doc of docs) {
    for (const q of doc.quotes) {
      if (!q.cue) continue;
      const words = q.cue.text.toLowerCase().match(WORD) ?? [];
      let i = 0;
      // Adverbs before the verb ("did not immediately respond") are skipped like auxiliaries.
      while (i < words.length - 1 && (SKIP.has(words[i]) || /^\p{Ll}+ly$/u.test(words[i]))) i++;
      const head = words[i];
      if (!head || SKIP.has(head) || /^\p{Ll}+ly$/u.test(head)) continue;
      // One count per cue occurrence, not per content fragment of the same relation.
      const key = `${doc.id}:${q.cue.start}`;
      if (seenRelationCue.has(key)) continue;
      seenRelationCue.add(key);
      cueCount.set(head, (cueCount.get(head) ?? 0) + 1);
      const headOffset = q.cue.text.toLowerCase().search(new RegExp(`(?<![\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
      if (headOffset >= 0) goldHeads.add(`${doc.id}:${q.cue.start + headOffset}`);
      // Passive cues ("is expected to", "was first reported by"): how often the form is a cue after a form of "be".
      const headAt = q.cue.text.toLowerCase().indexOf(head);
      const before = doc.text.slice(Math.max(0, q.cue.start + headAt - 30), q.cue.start + headAt).toLowerCase();
      if (BE.test(before)) passive.set(head, (passive.get(head) ?? 0) + 1);
      if (q.start >= q.cue.end) after.set(head, (after.get(head) ?? 0) + 1);
      if (q.speaker) withSpeaker.set(head, (withSpeaker.get(head) ?? 0) + 1);
      if (subjectCues.has(key)) subjectContent.set(head, (subjectContent.get(head) ?? 0) + 1);
      const next = words[i + 1];
      if (next && PARTICLES.has(next)) {
        const m = particles.get(head) ?? new Map<string, number>();
        m.set(next, (m.get(next) ?? 0) + 1);
        particles.set(head, m);
      }
    }
  }

  const total = new Map<string, number>();
  for (const doc of docs) {
    for (const w of doc.text.toLowerCase().match(WORD) ?? []) if (cueCount.has(w)) total.set(w, (total.get(w) ?? 0) + 1);
  }

  // One pass over the words of every line for two things. The cue rate of each form by the class of its neighbours,
  // over every occurrence of the form in the texts. And the examples of the cue classifier: every occurrence of a
  // form that headed a cue at least twice (and is a cue at least 2% of the time), with features from context.ts;
  // logistic regression by SGD, averaged weights.
  const context = new Map<string, Record<string, [number, number]>>();
  const modelForms = [...cueCount].filter(([f, n]) => n >= 2 && n / (total.get(f) ?? n) >= 0.02).map(([f]) => f);
  const modelFormSet = new Set(modelForms);
  const examples: Array<{ x: string[]; y: number }> = [];
  for (const doc of docs) {
    let lineStart = 0;
    for (const line of doc.text.split('\n')) {
      const words = wordsOf(doc.text, lineStart, lineStart + line.length);
      lineStart += line.length + 1;
      words.forEach((w, i) => {
        const counted = (cueCount.get(w.lower) ?? 0) >= 3;
        const example = modelFormSet.has(w.lower);
        if (!counted && !example) return;
        const isCue = goldHeads.has(`${doc.id}:${w.start}`) ? 1 : 0;
        if (counted) {
          const c = context.get(w.lower) ?? {};
          for (const key of [`p:${prevClass(words, i)}`, `n:${nextClass(words, i)}`]) {
            const cell = (c[key] ??= [0, 0]);
            cell[0] += isCue;
            cell[1] += 1;
          }
          context.set(w.lower, c);
        }
        if (example) examples.push({ x: cueFeatures(words, i), y: isCue });
      });
    }
  }
  const weights = trainLogistic(examples, 8);
  const cueModel: CueModelFile = { source: `${source}, logistic cue-head classifier`, forms: modelForms, weights };

  nlp ??= winkNLP(model);
  const its = nlp.its;
  const entries: Record<string, CueEntry> = {};
  for (const [form, n] of [...cueCount].sort((a, b) => b[1] - a[1])) {
    // Forms seldom a cue ("the", "to", "now") stay out: no context makes them reliable enough to use.
    if (n < 2 || n / (total.get(form) ?? n) < 0.02) continue;
    const tokens = nlp.readDoc(`They ${form} it.`).tokens();
    // wink-nlp's typings reject `its.lemma` for `out` though it is the documented call.
    const lemmas = (tokens.out as (f: unknown) => string[])(its.lemma);
    const lemma = lemmas[1] ?? form;
    const parts: Record<string, number> = {};
    for (const [p, c] of particles.get(form) ?? []) if (c >= 2) parts[p] = c;
    entries[form] = {
      lemma: String(lemma).toLowerCase(),
      cue: n,
      total: Math.max(n, total.get(form) ?? n),
      after: after.get(form) ?? 0,
      speaker: withSpeaker.get(form) ?? 0,
      passive: passive.get(form) ?? 0,
      subject: subjectContent.get(form) ?? 0,
      particles: parts,
      context: Object.fromEntries(Object.entries(context.get(form) ?? {}).filter(([, [, seen]]) => seen >= 3)),
    };
  }
  return { lexicon: { source: `${source}, cue heads with counts`, documents: docs.length, forms: entries }, model: cueModel };
}
