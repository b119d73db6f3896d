/**
 * Role titles ("Secretary of State", "Prime Minister") and honorifics ("Mr", "Dr"): a title before a name gives the
 * name a role; a title after "the" with no name is a nominal mention of a person ("the Iraqi Prime Minister").
 */

/** Titles as lower-case token sequences, longest first when matched. */
const TITLE_PHRASES = [
  'president', 'president-elect', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister',
  'prime minister-designate', 'premier', 'chancellor', 'minister', 'foreign minister', 'defence minister',
  'defense minister', 'interior minister', 'finance minister', 'oil minister', 'health minister', 'economy minister',
  'justice minister', 'trade minister', 'energy minister', 'minister of foreign affairs', 'minister of defence',
  'minister of defense', 'minister of state', 'secretary of state', 'secretary of defense', 'defense secretary',
  'foreign secretary', 'home secretary', 'treasury secretary', 'secretary-general', 'secretary general',
  'secretary', 'under secretary', 'undersecretary', 'attorney general', 'ambassador', 'envoy', 'special envoy',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'general', 'gen.', 'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'brigadier general',
  'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.', 'admiral', 'adm.', 'commander', 'king', 'queen',
  'prince', 'crown prince', 'princess', 'emir', 'sheikh', 'sultan', 'pope', 'cardinal', 'archbishop', 'bishop',
  'ayatollah', 'supreme leader', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'chief executive', 'ceo', 'chief of staff', 'director', 'director general', 'director-general', 'judge',
  'justice', 'chief justice', 'speaker', 'leader', 'opposition leader', 'party leader', 'coach', 'manager',
  'striker', 'goalkeeper', 'captain', 'foreign ministry spokesman', 'national security adviser', 'adviser',
  'advisor', 'commissioner', 'president-elect', 'vice president-elect', 'first lady', 'nominee',
  'presidential nominee', 'presidential candidate', 'candidate', 'running mate', 'campaign manager',
  'campaign chairman', 'press secretary', 'white house press secretary', 'communications director', 'pollster',
  'counterpart', 'diplomat', 'top diplomat', 'negotiator', 'chief negotiator', 'strategist', 'economist', 'analyst', 'professor', 'lawmaker', 'legislator', 'businessman', 'businesswoman',
  'billionaire', 'activist', 'official', 'aide', 'lawyer', 'attorney', 'prosecutor', 'police chief', 'sheriff',
];

/** Words that may stand before a title without being part of a name: "former", "outgoing", "acting". */
const TITLE_MODIFIERS = new Set([
  'former', 'outgoing', 'incoming', 'acting', 'interim', 'deputy', 'then', 'then-', 'late', 'new', 'current',
  'top', 'senior', 'chief', 'state', 'federal', 'regional', 'caretaker', 'republican', 'democratic', 'democrat',
  'gop', 'labour', 'conservative', 'liberal', 'presidential', 'vice-presidential', 'independent', 'longtime',
  'veteran', 'prominent', 'influential', 'controversial', 'presumptive', 'shadow',
]);

/**
 * Honorifics: stripped from a name (CoNLL spans exclude them) and a hint of gender. Maps, not object literals: a
 * word looked up in an object is interned first (a cost on every capitalized word of a run) and may hit an inherited
 * property ("constructor").
 */
const HONORIFICS = new Map<string, 'm' | 'f' | null>(Object.entries({
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dr: null, 'dr.': null, sir: 'm',
  dame: 'f', lord: 'm', lady: 'f', madam: 'f', madame: 'f', mme: 'f', 'mme.': 'f', mister: 'm', prof: null,
  'prof.': null, professor: null,
}));
/** The longest honorific: a longer word is none (lower-casing never shortens a word). */
const HONORIFIC_MAX_LENGTH = Math.max(...[...HONORIFICS.keys()].map((h) => h.length));

/** Titles that say the holder's gender. */
const GENDERED_TITLES = new Map<string, 'm' | 'f'>(Object.entries({
  king: 'm', queen: 'f', prince: 'm', 'crown prince': 'm', princess: 'f', spokesman: 'm', spokeswoman: 'f',
  chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', emir: 'm', sheikh: 'm', sultan: 'm',
  pope: 'm', 'first lady': 'f', ayatollah: 'm',
}));

/** Titles by their first word, longest first: a lookup per position instead of a scan of the whole list. */
const titlesByFirstWord = new Map<string, string[][]>();
for (const t of [...new Set(TITLE_PHRASES)].map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
  const list = titlesByFirstWord.get(t[0]) ?? [];
  list.push(t);
  titlesByFirstWord.set(t[0], list);
}

/** A lower-case token with its typographic hyphens made plain (the token itself when it has none). */
export function plainHyphens(lower: string): string {
  // most tokens have no typographic hyphen: skip the replace (a regex run) for them
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 0x2010 && c <= 0x2015) return lower.replace(/[\u2010-\u2015]/g, '-');
  }
  return lower;
}

/** Lower-cases and turns typographic hyphens plain, for comparing a token with the title lexicon. */
function norm(token: string): string {
  return plainHyphens(token.toLowerCase());
}

/**
 * Length in tokens of the longest title starting at `i` in `words`, or 0. The words are normalized (`norm`: lower
 * case, plain hyphens) by the caller, once for all the positions it asks about.
 */
export function titleLengthAt(words: readonly string[], i: number): number {
  if (i >= words.length) return 0;
  const seqs = titlesByFirstWord.get(words[i]);
  if (seqs === undefined) return 0;
  for (const seq of seqs) {
    if (i + seq.length > words.length) continue;
    let ok = true;
    for (let j = 1; j < seq.length; j++) {
      if (words[i + j] !== seq[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

/** Is a normalized word (see titleLengthAt) one that may stand before a title ("former", "acting")? */
export function isTitleModifier(word: string): boolean {
  return TITLE_MODIFIERS.has(word);
}

/** The gender an honorific says, `null` for none (Dr), undefined when the word is no honorific. */
export function honorificGender(word: string): 'm' | 'f' | null | undefined {
  if (word.length > HONORIFIC_MAX_LENGTH) return undefined;
  return HONORIFICS.get(norm(word));
}

export function titleGender(title: string): 'm' | 'f' | undefined {
  return GENDERED_TITLES.get(norm(title));
}

/**
 * The comparable core of a role: lower-case, without qualifiers such as "former" or a country ("US", "Iraqi"),
 * which `parseRole` returns apart. "US Secretary of State" and "the American Secretary of State" have the same core.
 */
export function roleCore(role: string): string {
  const words = role.split(/\s+/).filter(Boolean).map(norm);
  for (let i = 0; i < words.length; i++) {
    const n = titleLengthAt(words, i);
    // A "shadow chancellor" is not the chancellor.
    const shadow = i > 0 && words[i - 1] === 'shadow' ? 'shadow ' : '';
    if (n > 0) return shadow + words.slice(i, i + n).join(' ');
  }
  return norm(role);
}
