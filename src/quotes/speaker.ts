/**
 * The speaker of a cue: the subject noun phrase before the verb ("Clinton said", "the Iraqi government demanded"),
 * or after it in an inverted or `according to` attribution ("said Clinton", "according to officials").
 * Works on words and capitalization alone so it does not wait for a parser; the entities layer only refines the
 * result (entity index) in `attribute.ts`.
 */
import type { Span } from '../model/doc.js';
import type { Word } from './units.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);

/** Words between a subject and its verb that are not part of either ("Trump also said", "she has repeatedly said"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'would', 'will', 'did', 'does', 'do', 'not', 'never', "n't", 'reportedly', 'then', 'later',
  'again', 'previously', 'repeatedly', 'recently', 'once', 'publicly', 'privately', 'already', 'still', 'just', 'even',
  'further', 'is', 'was', 'are', 'were', 'had', 'often', 'first', 'since', 'initially', 'quickly', 'immediately',
  'flatly', 'explicitly', 'specifically', 'openly', 'simply', 'herself', 'himself', 'themselves', 'clearly', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'yesterday', 'today', 'tonight', 'separately', 'subsequently',
  'finally', 'ultimately', 'officially', 'now', 'formally', 'has', 'been', 'be', 'being', '’d', "'d", 'ever', 'always',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'month', 'year']);

const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many',
  'several', 'most', 'other', 'both', 'all', 'two', 'three', 'four', 'five', 'few', 'one', 'another', 'each', 'no',
  'any', 'such', 'top', 'senior', 'more', 'numerous', 'multiple', 'dozens', 'hundreds', 'thousands',
]);
/** Words that end a noun phrase when scanning back from its head. */
const STOP = new Set([
  'and', 'or', 'but', 'that', 'which', 'when', 'while', 'as', 'because', 'if', 'in', 'on', 'at', 'for', 'with', 'to',
  'by', 'from', 'about', 'after', 'before', 'since', 'than', 'so', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'not', 'also', 'where', 'whether', 'into', 'over', 'under', 'against', 'during', 'without', 'what',
  'who', 'whom', 'whose', 'how', 'why', 'said', 'says', 'told', 'then', 'there', 'here', 'though', 'although', 'yet',
  'will', 'would', 'can', 'could', 'do', 'did', 'does',
]);

function isCapitalized(w: Word): boolean {
  return /^[\p{Lu}\p{N}]/u.test(w.text);
}
function isAlpha(w: Word): boolean {
  return /^[\p{L}][\p{L}'’.\-]*$/u.test(w.text);
}

export interface SpeakerMatch extends Span {
  /** Index of the first and last word of the phrase. */
  first: number;
  last: number;
}

/** Skip back over auxiliaries, adverbs and short time phrases between a subject and its verb. */
export function skipBetween(words: Word[], from: number): number {
  let j = from;
  for (let guard = 0; j >= 0 && guard < 8; guard++) {
    const w = words[j].lower;
    if (BETWEEN.has(w) || (/^\p{Ll}+ly$/u.test(words[j].text) && w !== 'only' && w !== 'family')) {
      j--;
      continue;
    }
    // "Trump on Monday said", "she last week said"
    if (WEEKDAYS.has(w) && j > 0 && /^(?:on|last|this|late|early|earlier|next)$/.test(words[j - 1].lower)) {
      j -= 2;
      continue;
    }
    // "A news report Wednesday said": a bare day name between subject and verb.
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w) && j > 0) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** A noun phrase whose last word is words[head], scanned leftwards; null when words[head] cannot end one. */
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'percent', 'majority',
  'minority', 'third', 'thirds', 'quarter', 'in', 'of', 'about', 'nearly', 'almost', 'more', 'than', 'fewer', 'less',
  'roughly', 'just', 'over', 'under', 'some', 'most', 'many', 'a', 'the',
]);
const QUANTIFIER_HEADS = new Set(['some', 'many', 'most', 'half', 'several', 'few', 'others', 'both', 'all', 'one', 'percent', 'majority']);

function isNumberish(w: Word): boolean {
  return /^\p{N}/u.test(w.text) || w.text === '%' || NUMBER_WORDS.has(w.lower);
}

/** "47 percent", "About 4 in 10", "half", "Six in 10": counted people speaking in polls. */
function countedPhrase(words: Word[], head: number, floor: number): SpeakerMatch | null {
  const h = words[head];
  if (!(/^\p{N}/u.test(h.text) || QUANTIFIER_HEADS.has(h.lower) || h.text === '%')) return null;
  let first = head;
  while (first - 1 >= floor && head - first < 6 && isNumberish(words[first - 1])) first--;
  while (first < head && /^(?:in|of|than)$/.test(words[first].lower)) first++;
  return { start: words[first].start, end: h.end, first, last: head };
}

/** A modifier word inside a phrase: a word, a possessive mark, or a number-led compound ("90-second"). */
function isModifier(w: Word): boolean {
  return isAlpha(w) || /^\p{N}[\p{L}\p{N}-]*-\p{L}+$/u.test(w.text) || w.text === '’' || w.text === "'";
}

/** A noun phrase whose last word is words[head], scanned leftwards; null when words[head] cannot end one. */
export function phraseEndingAt(words: Word[], head: number, floor = 0): SpeakerMatch | null {
  if (head < floor || head >= words.length) return null;
  const h = words[head];
  if (PRONOUNS.has(h.lower)) return { start: h.start, end: h.end, first: head, last: head };
  const counted = countedPhrase(words, head, floor);
  if (counted) return counted;
  if (!isAlpha(h) || STOP.has(h.lower) || DETERMINERS.has(h.lower)) return null;
  let first = head;
  const capitalHead = isCapitalized(h);
  for (let j = head - 1; j >= floor && head - j <= 8; j--) {
    const w = words[j];
    if (DETERMINERS.has(w.lower)) {
      first = j;
      // "the", "a": the phrase starts here; number words may follow a determiner ("the two senators").
      if (j > floor && /^(?:the|a|an|his|her|their|its|our|my|your)$/.test(words[j - 1].lower) === false) break;
      continue;
    }
    if (w.lower === 'of' && j > floor && isCapitalized(words[j - 1]) && capitalHead) {
      first = j; // "Secretary of State"
      continue;
    }
    if (!isModifier(w) || STOP.has(w.lower)) break;
    // Lower-case words may be modifiers ("campaign operative") but a lower-case word left of a name is most often
    // a verb or a preposition of the previous clause ("met Trump").
    if (!isCapitalized(w) && capitalHead && !/[’']s$/.test(w.text) && w.text !== '’' && w.text !== "'") break;
    first = j;
  }
  // A phrase may not start with "of" or a possessive mark.
  while (first < head && (words[first].lower === 'of' || words[first].text === '’' || words[first].text === "'")) first++;
  // A lone lower-case word is more often an adverb or the end of the previous clause than a speaker, unless it is
  // a plural ("officials"); longer lower-case phrases ("stem cell research") are kept.
  if (!capitalHead && first === head && !/s$/.test(h.lower)) return null;
  return { start: words[first].start, end: h.end, first, last: head };
}

/**
 * The subject before a cue at `cue`: skips auxiliaries, handles "X, the director, said", "X, who ..., said", and the
 * coordinated "X arrived ... and reaffirmed" (returns the clause subject).
 */
export function speakerBefore(words: Word[], cue: number, floor: number, verbAt?: (k: number) => boolean): SpeakerMatch | null {
  const j = skipBetween(words, cue - 1);
  if (j < floor) return null;
  const w = words[j];
  if (w.text === ',' || w.text === '—' || w.text === '–') {
    // "Samantha Phillips, the director, said" / "Trump, who ..., said": the phrase before the previous comma.
    for (let k = j - 1; k > floor && j - k < 25; k--) {
      if (words[k].text === ',' || words[k].text === '—' || words[k].text === '–') {
        const inner = words[k + 1];
        // "Polkom, which has 11 million customers, declined": an organisation's relative clause, like a person's
        // "who", sits between the subject that opens the sentence and its verb.
        if (inner.lower === 'which' && verbAt && isCapitalized(words[floor]) && k - floor <= 10) {
          let verbless = true;
          for (let v = floor; v < k && verbless; v++) if (verbAt(v) || !isAlpha(words[v])) verbless = false;
          if (verbless) return { start: words[floor].start, end: words[k - 1].end, first: floor, last: k - 1 };
        }
        const name = phraseBeforeParty(words, k - 1, floor);
        // "Richard Revesz, director of the institute, said", "Trump, speaking in Ohio, said": a name before the
        // comma is the subject whatever the inserted phrase is.
        if (name && inner.lower !== 'which' && isCapitalized(words[name.last]))
          return name;
        // "Her senior policy adviser, Jake Sullivan, said": the appositive itself names the speaker.
        if (inner.lower !== 'who' && inner.lower !== 'which') {
          const apposition = phraseEndingAt(words, j - 1, k + 1);
          if (apposition && apposition.first === k + 1) return apposition;
        }
        return openingNameBefore(words, k, j, floor);
      }
    }
    return null;
  }
  if (w.lower === 'and' || w.lower === 'but') return subjectOf(words, floor, j); // "..., but pledged to"
  // "Sen. David Perdue (R-Ga.) said": the party and state in parentheses sit between the name and the verb.
  if (w.text === ')') {
    let k = j - 1;
    while (k > floor && j - k < 8 && words[k].text !== '(') k--;
    if (words[k]?.text === '(' && k - 1 >= floor) return phraseEndingAt(words, k - 1, floor);
  }
  return coordinatedSubject(words, phraseEndingAt(words, j, floor), floor);
}

/**
 * "The World Health Organization and UNICEF said": a phrase joined by "and"/"or" to one that opens the clause (at
 * the sentence start or after a comma) is part of the subject. A joined phrase in the middle of a clause ("Trump won
 * Ohio and aides said") is the object of the clause before, and is left out.
 */
function coordinatedSubject(words: Word[], p: SpeakerMatch | null, floor: number): SpeakerMatch | null {
  if (!p || p.first - 2 < floor || !/^(?:and|or)$/.test(words[p.first - 1].lower)) return p;
  const left = phraseEndingAt(words, p.first - 2, floor);
  if (!left || PRONOUNS.has(words[left.first].lower) !== PRONOUNS.has(words[p.first].lower)) return p;
  const opens = left.first === floor || /^[,;:—–]$/.test(words[left.first - 1].text);
  return opens ? { start: left.start, end: p.end, first: left.first, last: p.last } : p;
}

/** The phrase ending at `head`, or before a "(D-Md.)" party-and-state parenthesis that ends there. */
function phraseBeforeParty(words: Word[], head: number, floor: number): SpeakerMatch | null {
  if (words[head]?.text !== ')') return phraseEndingAt(words, head, floor);
  let k = head - 1;
  while (k > floor && head - k < 8 && words[k].text !== '(') k--;
  return words[k]?.text === '(' && k - 1 >= floor ? phraseEndingAt(words, k - 1, floor) : null;
}

/**
 * "Anne Richards, assistant secretary of state for population, refugees, and migration, said" / "Paul Porter, a
 * truck driver from Ava, Mo., who is a member of the union, said": a long appositive or relative clause holds
 * commas of its own. When the nearest comma gives no subject, a capitalized name that opens the sentence and is
 * followed by a comma is the subject the inserted phrase describes.
 */
function openingNameBefore(words: Word[], nearest: number, commaBeforeCue: number, floor: number): SpeakerMatch | null {
  for (let k = nearest - 1; k > floor && commaBeforeCue - k < 45; k--) {
    if (words[k].text !== ',' && words[k].text !== '—' && words[k].text !== '–') continue;
    const name = phraseBeforeParty(words, k - 1, floor);
    if (name && name.first === floor && isCapitalized(words[name.first]) && isCapitalized(words[name.last])) return name;
  }
  return null;
}

const ADVERBIAL_OPENERS = new Set([
  'at', 'in', 'on', 'after', 'before', 'since', 'during', 'with', 'under', 'following', 'while', 'when', 'as',
  'despite', 'although', 'though', 'for', 'by', 'earlier', 'later', 'meanwhile', 'however', 'but', 'and', 'also',
  'still', 'yet', 'so', 'now', 'then', 'if', 'once', 'last', 'this', 'speaking', 'asked', 'instead', 'today',
]);

/** The subject of the clause starting at `floor`: after any leading "At the end of the talks," adverbial. */
export function subjectOf(words: Word[], floor: number, limit: number): SpeakerMatch | null {
  let s = floor;
  // "At the end of the talks, Blinken ...": a clause opening with a preposition or adverb has its subject after
  // the first comma; otherwise the subject opens the clause.
  if (s < limit && ADVERBIAL_OPENERS.has(words[s].lower)) {
    for (let k = floor; k < limit && k - floor < 12; k++) {
      if (words[k].text === ',') {
        s = k + 1;
        break;
      }
    }
  }
  // The subject phrase: leftmost run of determiner / capitalized / modifier words.
  let e = s;
  while (e < limit && e - s < 8 && (isAlpha(words[e]) && !STOP.has(words[e].lower)) && (isCapitalized(words[e]) || DETERMINERS.has(words[e].lower) || words[e].lower === 'of' || e === s || !isCapitalized(words[e]))) {
    const next = words[e + 1];
    e++;
    if (!next || !isAlpha(next)) break;
    // A lower-case word after a name is the verb ("Blinken arrived").
    if (isCapitalized(words[e - 1]) && !isCapitalized(next) && next.lower !== 'of' && !DETERMINERS.has(words[e - 1].lower)) break;
  }
  if (e <= s) return null;
  if (PRONOUNS.has(words[s].lower)) return { start: words[s].start, end: words[s].end, first: s, last: s };
  return { start: words[s].start, end: words[e - 1].end, first: s, last: e - 1 };
}

/** The phrase after `from` in "said Clinton", "according to the Post": up to a comma, a period or a clause word. */
export function speakerAfter(words: Word[], from: number, limit: number): SpeakerMatch | null {
  if (from >= limit) return null;
  const w0 = words[from];
  if (PRONOUNS.has(w0.lower)) return { start: w0.start, end: w0.end, first: from, last: from };
  let e = from;
  while (e < limit && e - from < 8) {
    const w = words[e];
    if (!isAlpha(w) || (STOP.has(w.lower) && w.lower !== 'of') || (w.lower === 'of' && e === from)) break;
    e++;
  }
  if (e === from) return null;
  return { start: words[from].start, end: words[e - 1].end, first: from, last: e - 1 };
}

/** Words opening a clause or phrase that comes before the main clause and ends at a comma. */
const LEADING_CLAUSE = new Set(['when', 'if', 'as', 'after', 'before', 'while', 'although', 'though', 'because', 'since', 'once', 'until', 'unless', 'whereas', 'with', 'despite']);

/**
 * The subject of the sentence's main verb, for a participle that has no subject of its own when no cue before it gave
 * one: the phrase before the first verb of the sentence ("Sanders was in San Diego on Tuesday night, emphasizing ..."),
 * after a leading subordinate clause or participle phrase ("But when Mr. Hurt asked ..., it declined, citing legal
 * risks", "After blasting the ad, Glenn Beck said ...").
 */
export function mainSubject(words: Word[], limit: number, verbAt: (k: number) => boolean): SpeakerMatch | null {
  let k = 0;
  while (k < limit && /^(?:but|and|so|yet|still)$/.test(words[k].lower)) k++;
  if (k < limit && (LEADING_CLAUSE.has(words[k].lower) || (/^\p{L}+ing$/u.test(words[k].text) && verbAt(k)))) {
    while (k < limit && words[k].text !== ',') k++;
    k++;
  }
  for (let v = k; v < limit; v++) {
    const w = words[v];
    if (w.text === ',' || w.text === ';' || w.text === ':' || w.text === '—' || w.text === '–') {
      // "Here in Columbia, Sanders stepped up ...", "LOS ANGELES — Clinton went after ...": a leading place or time
      // phrase without a verb; a name before the comma is the subject of an inserted phrase and is left to the caller.
      if (k < v && (SCENE_OPENERS.has(words[k].lower) || words.slice(k, v).every((x) => !/\p{Ll}/u.test(x.text)))) {
        k = v + 1;
        continue;
      }
      return null;
    }
    if (!verbAt(v) || (v > 0 && words[v - 1].lower === 'to')) continue;
    return v > k ? speakerBefore(words, v, k, verbAt) : null;
  }
  return null;
}

/** Words opening a place or time phrase before the subject ("Here in Columbia,", "On Tuesday,"). */
const SCENE_OPENERS = new Set(['here', 'there', 'in', 'at', 'on', 'for', 'from', 'during', 'across', 'inside', 'outside', 'near', 'today', 'yesterday', 'earlier', 'later', 'meanwhile', 'now', 'then', 'however', 'still', 'instead', 'overall', 'last', 'this']);
