/**
 * Capitalized common nouns at the opening of a headline or right after a dateline ("Regulator blocks telecom
 * merger", "Carmaker Voltara to cut jobs", "Geneva – Measles cases rose"). The model learned names from CoNLL, whose
 * headlines are in capitals and whose datelines have no dash, so a capital there looks like a name to it; the
 * capital is the headline's or the sentence's, and the word is a name only if the article says so elsewhere.
 */
import type { Mention, Sentence, Span } from '../model/doc.js';
import { lookupName } from '../gazetteer/index.js';
import { nameTagsOf } from './name-lexicon.js';
import { isCapitalizedCommonWord } from './words.js';

/**
 * A dateline before a sentence: a place of one to three capitalized words, maybe a date or an agency ("Geneva",
 * "WARSAW, Dec 2 (Reuters)"), then a dash. An en or em dash is the newsroom's; a hyphen is also a list's or a score
 * table's ("Milan - Dejan Savicevic (21st)", "1 - Wang Chen"), so it makes a dateline only after a place in capitals.
 */
const DATELINE = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})((?:,?\s[^\s–—]+){0,4}?)\s([–—]|-{1,2})\s+/u;

/** The place of a dateline and where the words after it start. */
export interface Dateline {
  place: Span;
  opening: number;
}

/** Datelines at sentence starts (a headline has none: it is checked by its first word). */
export function datelines(text: string, sentences: readonly Span[]): Dateline[] {
  const out: Dateline[] = [];
  for (const s of sentences) {
    const c = text.charCodeAt(s.start);
    if (!(c >= 65 && c <= 90) && c < 128) continue; // no capital, no dateline (most sentences end here)
    const m = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 64)));
    if (!m) continue;
    if (m[3] !== '–' && m[3] !== '—' && (m[1] !== m[1].toUpperCase() || lookupName(m[1])?.type !== 'PLACE')) continue;
    out.push({ place: { start: s.start, end: s.start + m[1].length }, opening: s.start + m[0].length });
  }
  return out;
}

/**
 * Offsets where a capital says nothing about names: the first word of the headline (the document's first sentence)
 * and the first word after each dateline.
 */
export function openingOffsets(text: string, sentences: readonly Sentence[] | readonly Span[], lines: readonly Dateline[]): Set<number> {
  const out = new Set<number>();
  if (sentences.length > 0) {
    const first = /\S/.exec(text.slice(sentences[0].start, sentences[0].end));
    if (first) out.add(sentences[0].start + first.index);
  }
  for (const d of lines) out.add(d.opening);
  return out;
}

/**
 * A common noun written with a capital only because it opens the line: a title-case word whose lower-case form is an
 * English word and that no table or lexicon knows as a name ("Regulator", "Carmaker", "Measles"; not "Jordan",
 * "Amazon" when compromise knows it, "Reuters", or an acronym).
 */
function isCommonNoun(word: string): boolean {
  return isCapitalizedCommonWord(word) && nameTagsOf(word.toLowerCase()).length === 0;
}

/**
 * Names that start at an opening offset with a common noun: the noun is cut off an organization or place when the
 * rest is a name the article writes elsewhere ("Carmaker Voltara" -> "Voltara"), and a lone noun is dropped unless
 * the article names it elsewhere too ("Regulator", but not "Shell" when the body names "Royal Dutch Shell").
 */
export function trimOpeningNouns(text: string, names: readonly Mention[], openings: ReadonlySet<number>): Mention[] {
  if (openings.size === 0 || !names.some((m) => openings.has(m.start))) return names as Mention[];
  const out: Mention[] = [];
  for (const m of names) {
    if (!openings.has(m.start)) {
      out.push(m);
      continue;
    }
    const space = m.text.search(/\s/);
    const first = space < 0 ? m.text : m.text.slice(0, space);
    if (!isCommonNoun(first)) {
      out.push(m);
      continue;
    }
    if (space < 0) {
      if (namedElsewhere(text, names, m, openings)) out.push(m);
      continue;
    }
    // A person's first word is a first name, however common a word it is ("Bill Clinton", "Frank de Boer").
    if (m.type === 'PERSON') {
      out.push(m);
      continue;
    }
    const restStart = m.start + space + (/^\s+/.exec(m.text.slice(space))?.[0].length ?? 1);
    const rest = text.slice(restStart, m.end);
    if (elsewhere(text, rest, m) && !elsewhere(text, m.text, m)) {
      out.push({ ...m, start: restStart, text: rest, source: `${m.source}+opening` });
    } else out.push(m);
  }
  return out;
}

/**
 * The article's own evidence that a word is a name: a name elsewhere (not at another opening), or the word written
 * with its capital inside a sentence ("Shell" in "Royal Dutch Shell said").
 */
function namedElsewhere(text: string, names: readonly Mention[], m: Mention, openings: ReadonlySet<number>): boolean {
  if (names.some((o) => o !== m && o.text === m.text && !openings.has(o.start))) return true;
  for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
    if (at === m.start || /[\p{L}\p{N}]/u.test(text[at + m.text.length] ?? ' ')) continue;
    const before = /(\S?)\s*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
    // After a letter, a digit or a comma the capital is the word's own, not the sentence's.
    if (/[\p{L}\p{N},]/u.test(before) && !openings.has(at)) return true;
  }
  return false;
}

/** Does `phrase` occur as whole words in `text` outside the span of `m`? */
function elsewhere(text: string, phrase: string, m: Span): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at >= m.start && at < m.end) continue;
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * The place of a dateline is a place whoever labelled it: "Lisbon – Portugal's parliament approved" (the model, used
 * to datelines in capitals, may read a capitalized city there as an organization). Only names a gazetteer knows as a
 * place are retyped.
 */
export function datelinePlaces(names: readonly Mention[], lines: readonly Dateline[]): Mention[] {
  if (lines.length === 0) return names as Mention[];
  return names.map((m) => {
    if (m.type === 'PLACE' || !lines.some((d) => d.place.start === m.start && d.place.end === m.end)) return m;
    return lookupName(m.text)?.type === 'PLACE' ? { ...m, type: 'PLACE', source: `${m.source}+dateline` } : m;
  });
}
