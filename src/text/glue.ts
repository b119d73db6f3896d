import { DISTINCTIVE_FUNCTION_WORDS, GLUE_FUNCTION_WORDS } from '../lexicon/function-words.js';
import { englishWords, properNameLexicon } from '../lexicon/words.js';
import { lookupName } from '../gazetteer/index.js';
import { letterRuns, RUN } from './letters.js';

/*
 * Words glued together where a link was stripped: "Iraqat" -> "Iraq at", "sovereigntyin" -> "sovereignty in".
 * Conservative and lexicon-driven: only a word that no lexicon knows is split, only into a known word or name plus
 * a closed-class function word, preferring the longest known left part.
 */

export interface GlueSplit {
  /** Offset in the text where the space goes (between the two parts). */
  at: number;
  word: string;
  left: string;
  right: string;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/**
 * A function word glued to the name after it ("toObama", "aboutVladimir"): the case change is the evidence, and no
 * English word or brand starts with a whole function word followed by a capital ("iPhone", "eBay", "McCain" do not).
 */
const CAMEL = /^(\p{Ll}{2,8})(\p{Lu}\p{Ll}{2,})$/u;
const LOWER_CASE = /^\p{Ll}+$/u;
const VOWEL = /[aeiouy]/i;
/** Neighbours that make a word part of a URL, e-mail, handle, hashtag, file name or code identifier. */
const TECHNICAL_BEFORE = /[@#/\\._\-\p{N}'’]/u;
const TECHNICAL_AFTER = /[@/\\_\p{N}'’-]/u;

const PREPOSITIONS = new Set(['at', 'in', 'on', 'of', 'to', 'by', 'for', 'from', 'with', 'into']);
/**
 * The start of a noun phrase after a word: "the", "a", "his", or a year ("by 2030"). Not any number: names are
 * followed by scores and figures in sports results ("S. Watkin 4-28").
 */
const PHRASE_START = /^[ \t]+(?:a|an|the|this|that|these|those|his|her|its|their|our|least|(?:19|20)\d\d(?!\d))(?![\p{L}])/u;

/** Candidate right parts; of all that fit, the split with the longest known left part wins. */
const RIGHT_PARTS = [...GLUE_FUNCTION_WORDS].sort((a, b) => b.length - a.length);
const RIGHT_SET = new Set(GLUE_FUNCTION_WORDS);
const MIN_RIGHT = Math.min(...GLUE_FUNCTION_WORDS.map((w) => w.length));
const MAX_RIGHT = Math.max(...GLUE_FUNCTION_WORDS.map((w) => w.length));
/** The last two letters of every function word (glued words are lower case at the end). */
const LAST_TWO = new Set(GLUE_FUNCTION_WORDS.map((w) => w.slice(-2)));

/** Cheap first test, run on every word of every article: does it end in a function word at all? */
function endsInFunctionWord(word: string): boolean {
  if (!LAST_TWO.has(word.slice(-2))) return false;
  const lower = word.toLowerCase();
  for (let k = MIN_RIGHT; k <= MAX_RIGHT && k < lower.length; k++) {
    if (RIGHT_SET.has(lower.slice(-k))) return true;
  }
  return false;
}

/**
 * Proper names this article uses more than once as words of their own: capitalized words that are not dictionary
 * words ("Baghdad", "Blinken"). Twice, because a name the article uses once is weak evidence.
 */
export function namesInText(text: string): Set<string> {
  const english = englishWords();
  const seen = new Set<string>();
  const names = new Set<string>();
  const runs = letterRuns(text);
  for (let k = 0; k < runs.length; k += RUN) {
    const start = runs[k];
    const end = runs[k + 1];
    // Title Case opens with a capital: an ASCII word that does not is no name, without a slice or a regex.
    if (end - start < 3 || end - start > 30 || !mayOpenWithCapital(text.charCodeAt(start))) continue;
    const w = text.slice(start, end);
    if (!TITLE_CASE.test(w)) continue;
    if (seen.has(w)) {
      if (!english.has(w.toLowerCase())) names.add(w);
    } else seen.add(w);
  }
  return names;
}

/** Can a word starting with this code unit be upper case? Only A-Z among ASCII; any other may. */
function mayOpenWithCapital(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90);
}

/** A name glued to the verb after it: "Novi Sadkilled", "Putinsaid". Ends in a past tense or a reporting verb. */
const REPORTING_END = /(?:ed|said|says|told)$/;
const REPORTING_VERBS = new Set(['said', 'says', 'told']);

/**
 * Splits a capitalized word into a known name and the past-tense or reporting verb after it ("Sadkilled" ->
 * "Sad killed", as in Novi Sad). The verb must be a common word of news text, the name known to a lexicon.
 */
function splitBeforeVerb(word: string, articleNames: () => ReadonlySet<string>): { left: string; right: string } | null {
  const { places, names, known, common } = properNameLexicon();
  for (let k = 4; k <= Math.min(12, word.length - 3); k++) {
    const right = word.slice(-k);
    const left = word.slice(0, -k);
    const verb = REPORTING_VERBS.has(right) || (right.length >= 5 && right.endsWith('ed') && common.has(right));
    if (!verb || !VOWEL.test(left)) continue;
    if (places.has(left) || names.has(left) || known.has(left) || articleNames().has(left)) return { left, right };
  }
  return null;
}

/**
 * Nouns that make names and brands of a place's name ("Chinatown", "Kievstar", "Swissport", "Qatar Holding"): a
 * place glued to one of them is more often one word than a lost space.
 */
const COMPOUND_HEADS = new Set([
  'town', 'towns', 'land', 'lands', 'star', 'trust', 'port', 'side', 'wide', 'bound', 'based', 'born', 'field', 'ford',
  'wood', 'gate', 'ville', 'shire', 'stan', 'burg', 'water', 'view', 'park', 'bank', 'mart', 'link', 'line', 'lines',
  'post', 'rail', 'life', 'tech', 'soft', 'care', 'food', 'foods', 'sport', 'sports', 'home', 'group', 'power', 'express',
  'times', 'news', 'daily', 'today', 'online', 'world', 'city', 'fund', 'hotel', 'tours', 'travel', 'wind', 'light',
  'ward', 'wards', 'holding', 'holdings', 'mobile', 'phone', 'energy', 'cell', 'telecom', 'cement', 'steel', 'bridge',
  'mouth', 'borough', 'castle', 'hill', 'hills', 'dale', 'marsh', 'green', 'stone', 'ville', 'worth', 'well', 'wells',
]);

/** Where a candidate word stands, for the evidence that needs it (all optional: a word alone is judged alone). */
export interface GlueContext {
  /** The names this article keeps using (see namesInText), computed only when asked. */
  articleNames: () => ReadonlySet<string>;
  /** A noun phrase follows the word ("Gujaratby 2030", "Ankaraat the talks"). */
  phraseFollows?: boolean;
  /** Capitalized words and name particles right before the word, nearest last ("Viña", "del" before "Marand"). */
  leading?: readonly string[];
  /** Does the article write this phrase elsewhere, as whole words? */
  inArticle?: (phrase: string) => boolean;
  /** How often the glued word itself occurs in the article (a brand recurs; a lost space happens once). */
  occurrences?: () => number;
}

/** A place a gazetteer knows by this name (cities with their English names, provinces, countries). */
function knownPlace(name: string): boolean {
  return lookupName(name)?.type === 'PLACE';
}

/**
 * A known name ending where the glued word's left part ends: the left part alone, or with the capitalized words
 * before it ("Viña del Mar" of "Viña del Marand", "Quebec City" of "Quebec Cityon"), known to a gazetteer or
 * written whole elsewhere in the article.
 */
function namedWithLeading(left: string, context: GlueContext): boolean {
  const leading = context.leading ?? [];
  for (let n = 1; n <= leading.length; n++) {
    const phrase = `${leading.slice(leading.length - n).join(' ')} ${left}`;
    if (knownPlace(phrase) || context.inArticle?.(phrase)) return true;
  }
  return false;
}

/**
 * Splits a word that is a name on its own only where the words before it and its left part make a longer known name
 * (gazetteer, or written whole elsewhere in the article) that the whole word does not: "Viña del Marand".
 */
function splitAfterLeadingName(word: string, leading: readonly string[], count: (phrase: string) => number): { left: string; right: string } | null {
  if (leading.length === 0) return null;
  const lower = word.toLowerCase();
  for (const right of RIGHT_PARTS) {
    if (!lower.endsWith(right) || word.length - right.length < 2) continue;
    const left = word.slice(0, word.length - right.length);
    for (let n = 1; n <= leading.length; n++) {
      const prefix = leading.slice(leading.length - n).join(' ');
      const phrase = `${prefix} ${left}`;
      // The whole ("Viña del Marand") is written here once; a name written so elsewhere too is a name.
      if ((knownPlace(phrase) || count(phrase) > 0) && !knownPlace(`${prefix} ${word}`) && count(`${prefix} ${word}`) <= 1) return { left, right };
    }
  }
  return null;
}

/** The longest common news word of four letters or more that ends the word, with the rest before it. */
function commonWordEnd(word: string): { left: string; right: string } | null {
  const { common } = properNameLexicon();
  const lower = word.toLowerCase();
  for (let k = Math.min(12, word.length - 3); k >= 4; k--) {
    const right = lower.slice(-k);
    if (common.has(right) && !COMPOUND_HEADS.has(right)) return { left: word.slice(0, -k), right };
  }
  return null;
}

/**
 * How a word is best split, or null when it should stay whole. `articleNames` gives the names the article keeps
 * using (see namesInText); it is a function so that it is computed only for the rare word that needs it.
 */
export function splitGluedWord(word: string, context: GlueContext): { left: string; right: string } | null {
  const { articleNames } = context;
  const phraseFollows = context.phraseFollows ?? false;
  if (word.length < 5 || word.length > 40) return null;
  const camel = CAMEL.exec(word);
  if (camel) return RIGHT_SET.has(camel[1]) ? { left: camel[1], right: camel[2] } : null;
  const title = TITLE_CASE.test(word);
  if (!title && !LOWER_CASE.test(word)) return null;
  const english = englishWords();
  const lower = word.toLowerCase();
  if (english.has(lower)) return null;
  const { places, names, known, common } = properNameLexicon();
  // A name, also when written in lower case ("clinton" in a tweet).
  if (known.has(word) || known.has(word[0].toUpperCase() + lower.slice(1))) return null;
  // Candidates are ranked by the strength of the evidence for the left part (a known name beats an unknown one that
  // only its context supports: "Abuja that", not "Abujath at"), then by the length of the left part.
  let best: { left: string; right: string } | null = null;
  let bestStrength = 0;
  const consider = (left: string, right: string, strength: number): void => {
    if (strength > bestStrength || (strength === bestStrength && best !== null && left.length > best.left.length)) {
      best = { left, right };
      bestStrength = strength;
    }
  };
  if (title && REPORTING_END.test(word)) {
    const verbSplit = splitBeforeVerb(word, articleNames);
    if (verbSplit) consider(verbSplit.left, verbSplit.right, 2);
  }
  for (const right of RIGHT_PARTS) {
    if (!lower.endsWith(right)) continue;
    const left = word.slice(0, word.length - right.length);
    if (!VOWEL.test(left)) continue;
    if (title) {
      // A short function word ("at", "in", "on") ends many names ("Jenson", "Sikhin"): split before it only after a
      // place or a name this article keeps using; before a distinctive one ("which", "will"), after any name.
      const distinctive = DISTINCTIVE_FUNCTION_WORDS.has(right);
      // A frequent news name of five letters or more also counts ("Washingtonto"), but not before "on": surnames end
      // so ("Bergeron", "Adamson").
      const newsName = left.length >= 5 && right !== 'on' && names.has(left);
      const strongLeft = left.length >= 3 && (places.has(left) || newsName || articleNames().has(left));
      // A preposition followed by what prepositions take ("Gujaratby 2030", "Ankaraat the talks"): the context is
      // the evidence, for any name.
      const unknownName = left.length >= 4 && !english.has(left.toLowerCase());
      const prepositionLeft = phraseFollows && PREPOSITIONS.has(right) && right !== 'on' && unknownName;
      const nameLeft = distinctive && unknownName;
      // A place a gazetteer knows ("Genevaby"), a name that ends with the capitalized words before it ("Viña del
      // Marand", "Quebec Cityon"), or a town's name before a function word of three letters or more ("Zeebruggeand"):
      // town names are many, and a short function word ends too many names after them.
      const placeLeft = left.length >= 3 && right !== 'on' && knownPlace(left);
      const townLeft = left.length >= 5 && right.length >= 3 && known.has(left) && !english.has(left.toLowerCase());
      if (strongLeft || placeLeft || townLeft || namedWithLeading(left, context)) consider(left, right, 2);
      else if (nameLeft || prepositionLeft) consider(left, right, 1);
    } else if (left.length >= 4 && english.has(left) && (DISTINCTIVE_FUNCTION_WORDS.has(right) || common.has(left))) {
      // Before a short function word, only a common word: rare ones make false splits ("rais on", "lech on").
      consider(left, right, 2);
    }
  }
  // A place glued to a common word ("Perthhead office"): only where the article names the place apart and writes the
  // glued word once (a brand made of a place's name, "Kievstar", recurs).
  if (best === null && title) {
    const end = commonWordEnd(word);
    if (end && end.left.length >= 4 && (places.has(end.left) || knownPlace(end.left) || articleNames().has(end.left)) && context.inArticle?.(end.left) && (context.occurrences?.() ?? 2) === 1) {
      consider(end.left, end.right, 2);
    }
  }
  return best;
}

/**
 * Whether a word could be split in some context. Most words that end like a function word or a past tense are
 * dictionary words ("nation", "walked") or known names, and for those `splitGluedWord` answers null whatever the
 * article and the words around: that answer depends on the word alone, so it is remembered across articles
 * (findGluedWords 0.59 -> 0.2 ms per news article).
 */
function mayBeGlued(word: string): boolean {
  if (word.length < 5 || word.length > 40) return false; // as candidateWord says, without a lookup
  let verdict = mayBeGluedMemo.get(word);
  if (verdict === undefined) {
    verdict = candidateWord(word);
    if (mayBeGluedMemo.size >= MAX_MEMO) mayBeGluedMemo.clear();
    mayBeGluedMemo.set(word, verdict);
  }
  return verdict;
}

/** Words already judged by mayBeGlued; cleared when full, so that a long run's memory stays bounded. */
const mayBeGluedMemo = new Map<string, boolean>();
const MAX_MEMO = 50_000;

/** The context-free part of findGluedWords and splitGluedWord: false only where both always give nothing. */
function candidateWord(word: string): boolean {
  if (word.length < 5 || word.length > 40) return false;
  if (!(endsInFunctionWord(word) || CAMEL.test(word) || REPORTING_END.test(word) || (TITLE_CASE.test(word) && word.length >= 8 && commonWordEnd(word) !== null))) return false;
  if (CAMEL.test(word)) return true;
  if (!TITLE_CASE.test(word) && !LOWER_CASE.test(word)) return false;
  const lower = word.toLowerCase();
  if (englishWords().has(lower)) return false;
  const { known } = properNameLexicon();
  return !(known.has(word) || known.has(word[0].toUpperCase() + lower.slice(1)));
}

/** Every glued word of a text and where to split it. */
export function findGluedWords(text: string): GlueSplit[] {
  const splits: GlueSplit[] = [];
  let articleNames: Set<string> | null = null;
  const runs = letterRuns(text);
  for (let k = 0; k < runs.length; k += RUN) {
    const start = runs[k];
    const end = runs[k + 1];
    // Words of under two letters are never split (a split leaves two letters or more on each side).
    if (end - start < 2) continue;
    const word = text.slice(start, end);
    const glued = mayBeGlued(word);
    // A known name ("Marand", a town in Iran) is never split alone, but after the words it ends a longer name with
    // it may be ("Viña del Marand" is "Viña del Mar and").
    const afterName = !glued && start > 1 && text[start - 1] === ' ' && mayOpenWithCapital(word.charCodeAt(0)) && TITLE_CASE.test(word) && endsInFunctionWord(word) && /[\p{L}\p{M}]/u.test(text[start - 2]);
    if (!afterName && !glued) continue;
    const before = start > 0 ? text[start - 1] : ' ';
    const after = end < text.length ? text[end] : ' ';
    if (TECHNICAL_BEFORE.test(before)) continue;
    // An apostrophe after the word is a possessive for "toObama's", but a sign of something else after "Iraqat".
    if (TECHNICAL_AFTER.test(after) && !((after === "'" || after === '’') && CAMEL.test(word))) continue;
    if (after === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue; // a domain name: "syriawill.com"
    const phraseFollows = PHRASE_START.test(text.slice(end, end + 12));
    if (afterName) {
      const split = splitAfterLeadingName(word, leadingNameWords(text, start), (phrase) => wholeWordsAt(text, phrase).length);
      if (split) splits.push({ at: start + split.left.length, word, left: split.left, right: split.right });
      continue;
    }
    const split = splitGluedWord(word, {
      articleNames: () => (articleNames ??= namesInText(text)),
      phraseFollows,
      leading: leadingNameWords(text, start),
      inArticle: (phrase) => wholeWordsAt(text, phrase).length > 0,
      occurrences: () => wholeWordsAt(text, word).length,
    });
    if (split) splits.push({ at: start + split.left.length, word, left: split.left, right: split.right });
  }
  return splits;
}

/** Lower-case words that join the words of a name ("Viña del Mar", "Rio de Janeiro"). */
const NAME_PARTICLES = new Set(['del', 'de', 'la', 'le', 'las', 'los', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'di', 'al', 'el']);

/** Up to three capitalized words and particles right before `at`, separated by single spaces, nearest last. */
function leadingNameWords(text: string, at: number): string[] {
  const out: string[] = [];
  let end = at;
  while (out.length < 3 && end > 1 && text[end - 1] === ' ') {
    let start = end - 1;
    while (start > 0 && /[\p{L}\p{M}'’.-]/u.test(text[start - 1])) start--;
    const word = text.slice(start, end - 1);
    if (word.length === 0 || !(/^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word))) break;
    out.unshift(word);
    end = start;
  }
  // A name does not start with a particle: "del Mar" alone is not "Viña del Mar".
  while (out.length > 0 && NAME_PARTICLES.has(out[0])) out.shift();
  return out;
}

/** Offsets where `phrase` occurs in `text` as whole words. */
function wholeWordsAt(text: string, phrase: string): number[] {
  const out: number[] = [];
  const letter = /[\p{L}\p{M}\p{N}]/u;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if ((at > 0 && letter.test(text[at - 1])) || letter.test(text[at + phrase.length] ?? ' ')) continue;
    out.push(at);
  }
  return out;
}
