/**
 * Companies named without a corporate suffix ("Karoo Retail", "Redgum") look like people to the model and to the
 * name-shape rules. The article says what they are: their shares trade, they have a chief executive and employees,
 * they are "Perth-based" or "the company". A name the article gives such evidence for is an organization in every
 * one of its mentions, and its mentions that no recognizer found (a sentence-initial "Redgum said it would cut 400
 * jobs") are added.
 */
import type { Mention } from '../model/doc.js';
import { lookupDemonym, lookupName } from '../gazetteer/index.js';
import { englishWords } from '../lexicon/words.js';
import { allMatches } from '../text/matches.js';
import { isFirstName } from './compromise-tags.js';
import { MISC_WORDS, NEVER_NAME, ORG_CUES, ORG_HEAD_NOUNS } from './lexicon.js';

/** A capitalized word of a name as a regex source: "Redgum", "Hydro-Québec", "AT&T", "O'Neill". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-‐'’&][\p{L}\p{M}]+)*`;
const NAME = String.raw`${NAME_WORD}(?: (?:${NAME_WORD}|&|of|and|de|del|du|la|le|van|von)){0,4}`;

/** Share-price verbs: "Redgum shares fell" (not "Smith shares his view"). */
const PRICE_VERBS = String.raw`(?:fell|rose|dropped|slid|slumped|plunged|jumped|gained|climbed|surged|tumbled|sank|soared|closed|ended|opened|were|have|had|are|traded|lost|added|edged|hit|rallied|declined|advanced|recovered|reacted|moved|slipped|eased|firmed|shed|finished|outperformed|underperformed)`;

/** Business acts after "X said it would": "Redgum said it would cut 400 jobs". */
const BUSINESS_VERBS = String.raw`(?:cut|close|shut|sell|buy|acquire|hire|shed|lay|invest|raise|open|build|expand|list|merge|suspend|resume|halt|reduce|increase|delist|restructure|pay|boost|axe|slash|spend|issue|float|relocate|move|write|book|report)`;

/** What only an organization has, after its possessive: "Redgum's shares", "Karoo Retail's chief executive". */
const POSSESSED = String.raw`(?:shares|stock|share price|shareholders|stockholders|board of directors|chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|chairman|chairwoman|managing director|subsidiary|subsidiaries|headquarters|head office|workforce|employees|annual report|net profit|net loss|operating profit|pre-tax profit|revenue|revenues|earnings|market value|market capitali[sz]ation|mines|refinery|smelter|factories|stores|listed shares|division|divisions|brands|products|customers)`;

/** Nouns that, in apposition, say a name is an organization: "Redgum, an Australian nickel miner, said". */
const ORG_NOUNS = String.raw`(?:company|firm|group|retailer|carmaker|automaker|lender|insurer|airline|carrier|utility|conglomerate|manufacturer|chain|website|news site|portal|newspaper|broadcaster|news agency|charity|bank|start-?up|subsidiary|brand|outlet|publisher|exporter|importer|refiner|distributor|consortium|cooperative|co-operative|organi[sz]ation|association|foundation|think tank|miner|mining company|producer|developer|operator|supermarket|union)`;

/** Evidence after a name (the text right after it). */
const AFTER = new RegExp(
  String.raw`^(?:['’]s ${POSSESSED}\b` +
    String.raw`|[ ](?:shares|stock) ${PRICE_VERBS}\b` +
    String.raw`|[ ](?:chief executive|chief financial officer|CEO|CFO|chairman|chairwoman|managing director|shareholders|stockholders|employees|board members)\b` +
    String.raw`|[ ](?:employs|employed) (?:about |around |some |more than |nearly |over )?\d` +
    String.raw`|, which (?:operates|owns|employs|makes|manufactures|produces|sells|supplies|mines|runs|builds|provides|trades|is listed|is owned|is controlled|is based|is headquartered)\b` +
    String.raw`|, (?:a|an|the) (?:[^\s,.;:()]+ ){0,5}?${ORG_NOUNS}(?=[,.;:)]| (?:that|which|whose|based|owned|listed|headquartered|in|with)\b)` +
    String.raw`|[ ]said its\b` +
    String.raw`|[ ]said(?: on \p{Lu}\p{Ll}+)?(?: that)? it (?:would|will|had|has|was|is|plans|planned|expects|expected|intends|aims|hoped|hopes|could|may|might)(?: be| not| also| now| soon| have| to)* ${BUSINESS_VERBS}\b)`,
  'u',
);

/** Evidence before a name (the text right before it). */
const BEFORE = new RegExp(
  String.raw`(?:\b(?:[Cc]hief executive|CEO|[Cc]hief financial officer|CFO|[Cc]hairman|[Cc]hairwoman|[Mm]anaging director|[Gg]eneral manager|[Ff]ounder|[Cc]o-founder|[Ss]hareholders|[Ss]tockholders|[Ee]mployees|[Ww]orkers|[Bb]oard|[Ee]xecutives|[Ss]ubsidiary|[Uu]nit|[Dd]ivision|[Ss]hares|[Ss]take|[Tt]akeover|[Aa]cquisition|[Mm]erger|[Pp]resident) (?:of|in|at|with) (?:the )?` +
    String.raw`|\p{L}-(?:based|owned|listed|controlled|headquartered|run) )$`,
  'u',
);

/** Evidence of a person, which no organization evidence overrides: "Smith, who", "Smith said he", "Mr. Smith". */
const PERSON_AFTER = /^(?:, who\b| said (?:he|she)\b| (?:told|added|says) (?:him|her)self\b|['’]s (?:wife|husband|son|daughter|father|mother|brother|sister|lawyer|attorney)\b)/u;
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.? $/u;

/** Scans for organization names that evidence points to, wherever they stand (also where no recognizer found one). */
const DISCOVER_AFTER = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’&-])(${NAME})(?=${AFTER.source.slice(1)})`, 'gu');
// (A name starts with a capital: testing that first spares the long look-behind at every other position.)
const DISCOVER_BEFORE = new RegExp(`(?=\\p{Lu})(?<=${BEFORE.source.slice(0, -1)})(${NAME})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/** Is a person name vouched for as a person: a title, an honorific, or a first name before more words. */
function vouched(m: Mention): boolean {
  if (m.role || /honorific|title/.test(m.source)) return true;
  const words = m.text.split(/\s+/);
  return words.length > 1 && isFirstName(words[0]);
}

/** Strips a trailing possessive: "Redgum's" -> "Redgum". */
function bare(surface: string): string {
  return surface.replace(/['’]s$/, '');
}

/** Every whole-word occurrence of `phrase` in `text` (as written, case-sensitive). */
function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at > 0 && (word.test(text[at - 1]) || text[at - 1] === '-')) continue;
    const after = text[at + phrase.length] ?? ' ';
    if (word.test(after) || (after === '-' && word.test(text[at + phrase.length + 1] ?? ' '))) continue;
    out.push(at);
  }
  return out;
}

/**
 * Could this phrase be a company's name: not a common word or a place, and with a word of its own (not an English
 * word, not a first name) or an organization head noun at its end ("Karoo Retail").
 */
function nameLike(phrase: string, named: ReadonlySet<string>): boolean {
  const words = phrase.split(' ');
  if (words.some((w) => NEVER_NAME.has(w.toLowerCase()) || MISC_WORDS.has(w.toLowerCase()))) return false;
  if (lookupName(phrase) || lookupDemonym(phrase)) return false;
  if (named.has(phrase)) return true;
  const english = englishWords();
  const own = words.some((w) => /^\p{Lu}/u.test(w) && !english.has(w.toLowerCase()) && !isFirstName(w) && !lookupName(w) && !lookupDemonym(w));
  const headed = words.length > 1 && ORG_HEAD_NOUNS.has(words[words.length - 1].toLowerCase()) && !isFirstName(words[0]);
  return own || headed;
}

/** What the article says about each phrase: organization evidence, and person evidence against it. */
function evidenceFor(text: string, phrase: string): { org: boolean; person: boolean } {
  let org = false;
  let person = false;
  for (const at of occurrences(text, phrase)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + phrase.length, at + phrase.length + 120);
    if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) person = true;
    // A noun that introduces an organization ("tyre and cables giant Pirelli", "the company Talvora") too.
    if (!org && (AFTER.test(after) || BEFORE.test(before) || ORG_CUES.test(before))) org = true;
  }
  return { org, person };
}

/**
 * Retypes as organizations the names the article gives organization evidence for, and adds their mentions no
 * recognizer found. `names` are non-overlapping name mentions; the result is too.
 */
export function organizationsByEvidence(text: string, names: Mention[]): Mention[] {
  // Words of people the article vouches for ("Sarah Long" makes "Long" a person whatever else it says).
  const personWords = new Set<string>();
  const isVouched = new Set<Mention>();
  for (const m of names) {
    if (m.type !== 'PERSON' || !vouched(m)) continue;
    isVouched.add(m);
    for (const w of m.text.split(/\s+/)) personWords.add(w);
  }
  const named = new Set(names.map((m) => bare(m.text)));

  // Phrases to judge: names typed PERSON without a voucher or PLACE without a table, and phrases a cue points at.
  const candidates = new Set<string>();
  for (const m of names) {
    const surface = bare(m.text);
    if (m.type === 'PERSON' && !isVouched.has(m) && !surface.split(/\s+/).some((w) => personWords.has(w))) candidates.add(surface);
    else if (m.type === 'PLACE' && !lookupName(surface) && !lookupDemonym(surface)) candidates.add(surface);
  }
  for (const re of [DISCOVER_AFTER, DISCOVER_BEFORE]) {
    for (const hit of allMatches(re, text)) {
      const phrase = trimPhrase(hit[1]);
      if (phrase && !phrase.split(' ').some((w) => personWords.has(w))) candidates.add(phrase);
    }
  }
  if (candidates.size === 0) return names;

  const orgs = new Set<string>();
  for (const phrase of candidates) {
    if (!nameLike(phrase, named)) continue;
    const { org, person } = evidenceFor(text, phrase);
    if (org && !person) orgs.add(phrase);
  }
  if (orgs.size === 0) return names;

  const out = names.map((m) => {
    if (m.type === 'ORG' || !orgs.has(bare(m.text))) return m;
    if (isVouched.has(m)) return m;
    if (m.type === 'PLACE' && lookupName(bare(m.text))) return m;
    return { ...m, type: 'ORG' as const, source: `${m.source}+evidence` };
  });
  // Mentions no recognizer found: every whole-word occurrence outside the names found.
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number): boolean => sorted.some((m) => m.start < e && s < m.end);
  for (const phrase of orgs) {
    for (const at of occurrences(text, phrase)) {
      const end = at + phrase.length;
      if (covered(at, end)) continue;
      const m: Mention = { start: at, end, text: phrase, type: 'ORG', kind: 'name', source: 'evidence' };
      out.push(m);
      sorted.push(m);
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * A captured phrase without the capitalized function words a sentence may open with ("The", "But") and without
 * trailing linking words ("Redgum and" cannot be a name).
 */
function trimPhrase(phrase: string): string | null {
  const words = phrase.split(' ');
  while (words.length > 0 && (NEVER_NAME.has(words[0].toLowerCase()) || /^(?:of|and|de|del|du|la|le|van|von|&)$/.test(words[0]))) words.shift();
  while (words.length > 0 && /^(?:of|and|de|del|du|la|le|van|von|&)$/.test(words[words.length - 1])) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}
