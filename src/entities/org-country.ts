/**
 * The country of a national body named by common words: "Chile's Senate", "the Chilean Senate", "Poland's Supreme
 * Court", "the Senate of Chile", "the Foreign Ministry in Baghdad". Every country has a senate and a supreme court,
 * so such a name alone does not say which one; the qualifier does, and the entity key must carry it, or the store
 * (which merges entities across articles by type and key) makes one "Senate" of Chile's and the United States'.
 */
import { countryAdjective, countryByName, countryByNationalDemonym, foldKey, lookupDemonym, lookupName, cityByName, type GazetteerEntry } from '../gazetteer/index.js';
import { englishWords } from '../lexicon/words.js';

/**
 * Last words of the bodies every state has. A name of common words ending in one of them is a national body when
 * a country qualifies it; a name with a word of its own ("Bundestag", "UOKiK", "Voltara Motors") needs no country.
 */
const INSTITUTION_HEADS = new Set([
  'senate', 'congress', 'parliament', 'assembly', 'legislature', 'court', 'tribunal', 'judiciary', 'ministry',
  'government', 'cabinet', 'council', 'commission', 'committee', 'bank', 'treasury', 'army', 'navy', 'police',
  'guard', 'guards', 'forces', 'force', 'agency', 'authority', 'regulator', 'office', 'department', 'service',
  'bureau', 'directorate', 'inspectorate', 'chamber', 'house', 'party', 'prosecutor', 'prosecutors',
]);

/** Words that join the words of a body's name: "Ministry of Foreign Affairs", "House of Commons". */
const LINKS = new Set(['of', 'for', 'the', 'and', '&', 'on']);

export interface OrgCountry {
  /** ISO 3166-1 alpha-2 code of the qualifying country. */
  countryCode: string;
  /** The name without its qualifier ("Supreme Court" of "Polish Supreme Court"). */
  core: string;
  /** The qualifier is inside the mention ("Polish Supreme Court", "Central Bank of Nigeria"): the name is whole. */
  inside: boolean;
  /** The qualifier as written just before the mention ("Chilean", "Hong Kong"), to name the body as the article does. */
  written?: string;
}

/** The key of a national body: the country code, then the name ("cl senate"); the US Senate's is "us senate". */
export function nationalKey(countryCode: string, core: string): string {
  return `${countryCode.toLowerCase()} ${foldKey(core)}`;
}

/** The name of a national body written with its country: "Chilean Senate", "US Supreme Court". */
export function nationalName(q: OrgCountry): string {
  const { countryCode, core } = q;
  if (q.written) return `${q.written} ${core}`;
  const adjective = countryAdjective(countryCode);
  return adjective ? `${adjective} ${core}` : core;
}

/**
 * Could `name` name a body at all: its last word, or a word before "of" ("Ministry of Foreign Affairs"), is an
 * institution word. A cheap test that most organization names fail, before any lookup.
 */
export function hasInstitutionWord(name: string): boolean {
  const lower = name.toLowerCase().replace(/['’]s?$/, '');
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  if (INSTITUTION_HEADS.has(last)) return true;
  const of = lower.indexOf(' of ');
  return of > 0 && INSTITUTION_HEADS.has(lower.slice(lower.lastIndexOf(' ', of - 1) + 1, of));
}

/** Names repeat across articles: answers remembered per process, forgotten when the memo fills. */
const GENERIC_MEMO_LIMIT = 20_000;
const genericMemo = new Map<string, boolean>();

/** Is `name` the name of a kind of body (common words ending in an institution word), not of one body? */
export function isGenericBodyName(name: string): boolean {
  if (!hasInstitutionWord(name)) return false;
  let v = genericMemo.get(name);
  if (v === undefined) {
    if (genericMemo.size >= GENERIC_MEMO_LIMIT) genericMemo.clear();
    genericMemo.set(name, (v = genericBodyName(name)));
  }
  return v;
}

function genericBodyName(name: string): boolean {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // The head is the last word, or the word before "of" ("Ministry of Foreign Affairs").
  const of = lower.indexOf('of');
  const head = of > 0 ? lower[of - 1] : lower[lower.length - 1];
  if (!INSTITUTION_HEADS.has(head)) return false;
  const english = englishWords();
  for (let k = 0; k < words.length; k++) {
    if (LINKS.has(lower[k])) continue;
    // A place word ("European Commission", "Amazon Fund") names the body's own area: no country can qualify it.
    if (!/^\p{Lu}/u.test(words[k]) || !english.has(lower[k]) || lookupName(words[k])?.type === 'PLACE' || lookupDemonym(words[k])) return false;
  }
  return true;
}

/** A country named by one or two capitalized words: its name or, when `demonym`, a national demonym. */
function countryOf(phrase: string, demonym: boolean): GazetteerEntry | undefined {
  if (!/^\p{Lu}/u.test(phrase)) return undefined;
  return countryByName(phrase) ?? (demonym ? countryByNationalDemonym(phrase) : undefined);
}

/** A capital city stands for its country in "Moscow's Foreign Ministry" and "the Foreign Ministry in Baghdad". */
function capitalOf(phrase: string): string | undefined {
  const city = /^\p{Lu}/u.test(phrase) ? cityByName(phrase) : undefined;
  return city?.capital ? city.countryCode : undefined;
}

/** The last one or two words before `end` in `before` ("... Chile" or "... South Korea"), longest first. */
function lastWords(before: string): string[] {
  const m = /(?:^|[^\p{L}.])((?:\p{Lu}[\p{L}.’'-]*\s)?\p{Lu}[\p{L}.’'-]*)$/u.exec(before);
  if (!m) return [];
  const two = m[1];
  const space = two.indexOf(' ');
  return space < 0 ? [two] : [two, two.slice(space + 1)];
}

/**
 * The country qualifying an organization mention `text[start, end)`, when the name is a generic body's. `gazetteer`
 * says a table knows the name as written (then only a qualifier outside the mention counts: "Syrian Democratic
 * Forces" is a whole name, and "the World Bank in Washington" is where the bank is, not whose).
 */
export function orgCountry(text: string, start: number, end: number, gazetteer: boolean): OrgCountry | undefined {
  const surface = text.slice(start, end).replace(/['’]s?$/, '').replace(/^the\s+/i, '');
  if (!hasInstitutionWord(surface)) return undefined;
  // Inside: "Polish Supreme Court", "US Senate", "Central Bank of Nigeria".
  if (!gazetteer) {
    const words = surface.split(/\s+/);
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const country = countryOf(words.slice(0, n).join(' '), true);
      const core = words.slice(n).join(' ');
      if (country?.countryCode && isGenericBodyName(core)) return { countryCode: country.countryCode, core, inside: true };
    }
    const of = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)$/u.exec(surface);
    const country = of ? countryOf(of[2], false) : undefined;
    if (of && country?.countryCode && isGenericBodyName(of[1])) return { countryCode: country.countryCode, core: of[1], inside: true };
  }
  if (!isGenericBodyName(surface)) return undefined;
  // Before: "Chile's Senate", "Moscow's Foreign Ministry", "the Chilean Senate", "the US Senate".
  const before = text.slice(Math.max(0, start - 40), start);
  const possessive = /['’]s\s$/.exec(before);
  if (possessive) {
    for (const phrase of lastWords(before.slice(0, possessive.index))) {
      const cc = countryOf(phrase, false)?.countryCode ?? capitalOf(phrase);
      if (cc) return { countryCode: cc, core: surface, inside: false };
    }
  } else if (/\s$/.test(before) && !/\n\s*$/.test(before)) {
    for (const phrase of lastWords(before.slice(0, -1))) {
      const cc = countryOf(phrase, true)?.countryCode;
      if (cc) return { countryCode: cc, core: surface, inside: false, written: phrase };
    }
  }
  // After: "the Senate of Chile", "the Foreign Ministry in Baghdad".
  const after = /^\s+(of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)/u.exec(text.slice(end, end + 40));
  if (after) {
    const phrases = after[2].includes(' ') ? [after[2], after[2].slice(0, after[2].indexOf(' '))] : [after[2]];
    for (const phrase of phrases) {
      const cc = after[1] === 'of' ? countryOf(phrase, false)?.countryCode : gazetteer ? undefined : capitalOf(phrase) ?? countryOf(phrase, false)?.countryCode;
      if (cc) return { countryCode: cc, core: surface, inside: false };
    }
  }
  return undefined;
}
