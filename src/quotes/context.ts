/**
 * Context classes of a cue word's neighbours. "said" is a cue almost anywhere; "called" is one before "for" or a
 * quotation and rarely before "the police"; "show" after "polls" but not after "the". The learner
 * (scripts/learn-cues.ts) counts how often each form is a cue in each neighbour class, and the extractor reads the
 * same classes, so both sides must use these functions.
 */
import type { Word } from './units.js';

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
