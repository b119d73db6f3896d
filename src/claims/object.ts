/**
 * What a claim says: the content spans of its quotes, cut where the content runs into another statement, without
 * quotation marks and without the adverbials that stand between the verb and the content ("refused on Tuesday to",
 * "pledged on Friday a total of").
 */
import type { Doc, Quote, Span } from '../model/doc.js';
import { contextOf } from './context.js';
import { claimTypeOf, AUTHORITY_ACTS } from './types.js';

/** Quotation marks are not part of what was said. */
export function stripMarks(text: string): string {
  return text
    .replace(/``|''|[“”"„«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A later act inside a content: a verb of the same subject ("welcomed the help but accused Madrid of ...") or a
 * clause with a subject of its own ("claims victory, opposition alleges fraud").
 */
export interface SecondAct {
  verb: Span;
  lemma: string;
  content: Span;
  /** The new clause's subject; absent when the subject is shared. */
  subject?: Span;
}

/**
 * Where a clause starts that leads to `at`: back over "but", "and", "while", commas and spaces; -1 when nothing
 * of these separates it from what comes before ("said Tallinn had asked": a clause inside the content, not after it).
 */
function clauseStart(text: string, from: number, at: number): number {
  let s = at;
  let separated = false;
  for (;;) {
    const before = text.slice(from, s);
    const m = /(?:\s+|,|\b(?:but|and|while|whereas)\b)$/i.exec(before);
    if (!m || m[0].length === 0) break;
    if (m[0] !== ' ' && m[0].trim() !== '') separated = true;
    s -= m[0].length;
  }
  return separated ? s : -1;
}

/** Words opening a subordinate clause, which is part of the content ("Washington, which maintains", ", as agreed"). */
const SUBORDINATORS = new Set(['which', 'who', 'whom', 'whose', 'that', 'as', 'where', 'when', 'while', 'if', 'because', 'since', 'although', 'though', 'what', 'so', 'than', 'until', 'unless']);

/** Conjunctions after which a headline goes on with another subject's act ("£22 billion for NHS as opposition warns"). */
const CLAUSE_LINKS = new Set(['as', 'while', 'whereas']);

/** Lemma of the token starting at `offset` when it is tagged a verb. */
function verbLemmaAt(doc: Doc, offset: number): string | null {
  const ctx = contextOf(doc);
  const i = ctx.tokenAt(offset);
  if (i < 0 || doc.tokens.pos[i] !== 'VERB') return null;
  return ctx.lemmaOf(i);
}

/** Is there a verb of a claim family (an authority's act aside) in `text[start, end)`? Most contents hold none. */
function holdsSecondVerb(doc: Doc, start: number, end: number): boolean {
  const ctx = contextOf(doc);
  const { start: starts, pos } = doc.tokens;
  if (starts.length === 0) return true; // no tokens (a hand-made doc): read the words
  for (let i = ctx.firstTokenFrom(start); i < starts.length && starts[i] < end; i++) {
    if (pos[i] !== 'VERB') continue;
    const lemma = ctx.lemmaOf(i);
    if (claimTypeOf(lemma) !== null && !AUTHORITY_ACTS.has(lemma)) return true;
  }
  return false;
}

/**
 * Cuts a content span: it ends where another statement starts inside it (a speaker or cue of a quote outside the
 * group: "to bring forward a fund, but unions said the offer came far too late") and where the same subject goes on
 * with a verb of its own ("the help but accused Madrid of acting too late", which becomes a second claim).
 */
export function cutContent(doc: Doc, part: Span, others: Quote[]): { span: Span; second: SecondAct | null } {
  const text = doc.text;
  let end = part.end;
  for (const q of others) {
    if (!q.cue || claimTypeOf(q.cue.lemma) === null) continue;
    for (const s of [q.speaker, q.cue]) {
      if (!s || s.start <= part.start || s.start >= end) continue;
      const at = clauseStart(text, part.start, s.start);
      if (at > part.start) end = Math.min(end, at);
    }
  }
  let second: SecondAct | null = null;
  // ", and urged", " but accused": a shared subject; ", opposition alleges": a subject of one to three words.
  const words = holdsSecondVerb(doc, part.start, end) ? contextOf(doc).wordsIn(part.start, end) : [];
  for (let i = 0; i < words.length && !second; i++) {
    const w = words[i];
    const shared = w.lower === 'and' || w.lower === 'but';
    // ", opposition alleges", "as opposition warns": a clause with a subject of its own.
    if (!shared && w.text !== ',' && !(i > 0 && CLAUSE_LINKS.has(w.lower))) continue;
    const first = shared ? i + 1 : words[i + 1]?.lower === 'and' || words[i + 1]?.lower === 'but' ? i + 2 : i + 1;
    const subjectless = shared || first === i + 2;
    for (let k = first; k < Math.min(words.length, first + (subjectless ? 1 : 4)); k++) {
      if (!/^\p{L}/u.test(words[k].text) || SUBORDINATORS.has(words[k].lower)) break;
      if (!subjectless && k === first) continue; // a subject needs at least one word
      const lemma = verbLemmaAt(doc, words[k].start);
      if (!lemma) continue;
      if (AUTHORITY_ACTS.has(lemma) || claimTypeOf(lemma) === null) break;
      const verb = { start: words[k].start, end: words[k].end };
      let from = verb.end;
      while (from < end && /[\s“”"]/.test(text[from])) from++;
      second = { verb, lemma, content: { start: from, end } };
      if (!subjectless) second.subject = { start: words[first].start, end: words[k - 1].end };
      end = w.start;
      break;
    }
  }
  while (end > part.start && /[\s,;]/.test(text[end - 1])) end--;
  return { span: { start: part.start, end }, second };
}

/** Time expressions and places that open a content after its verb ("on Tuesday to rule out", "on Friday a total of"). */
export function skipLeadingAdverbials(doc: Doc, span: Span): Span {
  const text = doc.text;
  let s = span.start;
  // A dateline opening the article's first sentence ("Rome – Donors meeting in Rome pledged ...").
  const dateline = /^\p{Lu}[\p{L}.' -]{0,30}?\s+[–—]\s+(?=\p{Lu})/u.exec(text.slice(s, Math.min(span.end, s + 40)));
  if (dateline) s += dateline[0].length;
  for (let guard = 0; guard < 4; guard++) {
    const lead = /^\s*(?:on|last|this|next|in|at)?\s*/i.exec(text.slice(s, span.end))![0];
    const t = doc.times.find((x) => x.start === s + lead.length || x.start === s);
    if (t && t.end < span.end && !/^\s*(?:,|and\b|that\b)/.test(text.slice(t.end, t.end + 6))) {
      s = t.end;
      while (s < span.end && /[\s()]/.test(text[s])) s++;
      continue;
    }
    break;
  }
  // "agreed on Monday in Ankara at a long meeting to create ...": what was agreed is the infinitive.
  const infinitive = /^(?:\s*(?:on|in|at|during|after|before)\s+[^,;“”"]{1,40}?)+\s+(?=to\s+\p{Ll})/u.exec(text.slice(s, Math.min(span.end, s + 100)));
  if (infinitive) s += infinitive[0].length;
  return { start: s, end: span.end };
}

/**
 * The verb right before a content when it is not the cue the quote finder chose: "thanked the donors but warned
 * that ...": the content is what was warned.
 */
export function nearerCue(doc: Doc, cue: Span, contentStart: number): { span: Span; lemma: string } | null {
  if (cue.end >= contentStart) return null;
  const gap = doc.text.slice(cue.end, contentStart);
  const m = /\b(?:but|and)\s+(\p{L}+)\s*$/u.exec(gap);
  if (!m) return null;
  const start = cue.end + m.index + m[0].indexOf(m[1]);
  const lemma = verbLemmaAt(doc, start);
  if (!lemma || claimTypeOf(lemma) === null || AUTHORITY_ACTS.has(lemma)) return null;
  return { span: { start, end: start + m[1].length }, lemma };
}

/**
 * A content that opens with a relative clause ("announced on Monday a decree that suspends ...") leaves its head
 * noun between the cue and the content: what was announced is the decree. Returns the content with it.
 */
export function withHeadNoun(doc: Doc, cue: Span, content: Span): Span {
  const text = doc.text;
  if (cue.end >= content.start || !/^that\s/i.test(text.slice(content.start, content.start + 5))) return content;
  const afterThat = contextOf(doc).wordsIn(content.start + 4, Math.min(content.end, content.start + 40))[0];
  if (!afterThat || verbLemmaAt(doc, afterThat.start) === null) return content; // "that the government ...": a complementizer
  const gap = skipLeadingAdverbials(doc, { start: cue.end, end: content.start });
  const np = /^\s*((?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s*$/u.exec(text.slice(gap.start, gap.end));
  if (!np) return content;
  return { start: gap.start + np[0].indexOf(np[1]), end: content.end };
}
