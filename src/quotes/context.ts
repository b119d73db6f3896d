/**
 * Context classes of a cue word's neighbours. "said" is a cue almost anywhere; "called" is one before "for" or a
 * quotation and rarely before "the police"; "show" after "polls" but not after "the". The learner
 * (scripts/learn-cues.ts) counts how often each form is a cue in each neighbour class, and the extractor reads the
 * same classes, so both sides must use these functions.
 */
import type { Word } from './units.js';
import { featureNames, type FeatureSink } from './weights.js';

const PRON = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);
const DET = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'that']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'do', "'s", '’s', 'be', 'been', 'being', 'can', 'could', 'may', 'might', 'should', 'must']);
const PREP = new Set(['on', 'in', 'at', 'for', 'about', 'of', 'with', 'by', 'from', 'after', 'before', 'during', 'into', 'over', 'against', 'as']);
const WH = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who']);

function isOpenMark(t: string): boolean {
  return t === '“' || t === '"' || t === '``' || t === "''" || t === '„' || t === '«';
}

export function prevClass(words: Word[], i: number): string {
  const w = words[i - 1];
  if (!w) return 'start';
  const l = w.lower;
  if (/^[.!?]$/.test(l)) return 'start';
  if (l === ',') return 'comma';
  if (l === '”' || l === '"' || l === "''") return 'quote';
  if (l === 'and') return 'and';
  if (l === 'to') return 'to';
  if (l === 'not' || l === 'never' || l === "n't") return 'neg';
  if (PRON.has(l)) return 'pron';
  if (DET.has(l)) return 'det';
  if (AUX.has(l)) return 'aux';
  if (/^\p{Ll}+ly$/u.test(w.text)) return 'adv';
  if (/^\p{Lu}/u.test(w.text)) return 'cap';
  if (/^\p{N}/u.test(w.text)) return 'num';
  if (/^\p{L}/u.test(w.text)) return /s$/.test(l) ? 'nouns' : 'word';
  return 'punct';
}

export function nextClass(words: Word[], i: number): string {
  const w = words[i + 1];
  if (!w) return 'end';
  const l = w.lower;
  if (/^[.!?]$/.test(l)) return 'end';
  if (l === ',') return 'comma';
  if (l === ':') return 'colon';
  if (isOpenMark(w.text) || l === '”') return 'quote';
  if (l === 'that') return 'that';
  if (l === 'to') return 'to';
  if (WH.has(l)) return 'wh';
  if (l === 'not' || l === 'never') return 'neg';
  if (PRON.has(l) || l === 'him' || l === 'her' || l === 'them' || l === 'us' || l === 'me') return 'pron';
  if (DET.has(l)) return 'det';
  if (PREP.has(l)) return 'prep:' + l;
  if (/^\p{Lu}/u.test(w.text)) return 'cap';
  if (/^\p{N}/u.test(w.text)) return 'num';
  if (/^\p{Ll}+ly$/u.test(w.text)) return 'adv';
  return 'word';
}

function shape(w: Word | undefined): string {
  if (!w) return '_';
  if (/^\p{L}/u.test(w.text)) return w.lower;
  return w.text;
}

/**
 * Features of the word at `i` as a possible cue head, for the learned cue classifier (cue-model.ts): the form, its
 * neighbours' classes and identities one and two words away, and whether a subject-like word (name, pronoun) stands
 * just before. Shared by the learner and the extractor so both read the same features; each goes to `sink` as its
 * template and parts (see weights.ts), in the order of `cueFeatures`.
 */
export function emitCueFeatures<P>(words: Word[], i: number, sink: FeatureSink<P>): void {
  const part = (text: string): P => sink.part(text);
  const f = part(words[i].lower);
  const p = part(prevClass(words, i));
  const n = part(nextClass(words, i));
  const p2 = part(i > 0 ? prevClass(words, i - 1) : 'none');
  const n2 = part(i + 1 < words.length ? nextClass(words, i + 1) : 'none');
  const pw = part(shape(words[i - 1]));
  const nw = part(shape(words[i + 1]));
  let subjectClass = 'nosubj';
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = words[k].text;
    if (PRON.has(words[k].lower) || /^\p{Lu}/u.test(t)) {
      subjectClass = k === 0 ? 'subj0' : 'subj';
      break;
    }
    if (/^[.,;:!?]$/.test(t)) break;
  }
  const subject = part(subjectClass);
  const at = part(i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'mid');
  const emit = (template: string, a?: P, b?: P, c?: P): void => sink.emit(template, a, b, c);
  emit('b');
  emit('f', f);
  emit('p', p);
  emit('n', n);
  emit('fp', f, p);
  emit('fn', f, n);
  emit('fpn', f, p, n);
  emit('pw', pw);
  emit('nw', nw);
  emit('fpw', f, pw);
  emit('fnw', f, nw);
  emit('p2', p2, p);
  emit('n2', n, n2);
  emit('fn2', f, n, n2);
  emit('fp2', f, p2, p);
  emit('s', subject);
  emit('fs', f, subject);
  emit('at', at);
  emit('fat', f, at);
}

/** The features of `emitCueFeatures` as the strings the learner trains on ("fp:said|comma"). */
export function cueFeatures(words: Word[], i: number): string[] {
  const sink = featureNames();
  emitCueFeatures(words, i, sink);
  return sink.names;
}
