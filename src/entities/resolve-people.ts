/**
 * Who is who within one article: full names, surnames and first names of the same person are one cluster; titles
 * carried by a name are that person's roles; a nominal title mention joins the person with that role; a pronoun
 * joins the latest compatible person of its own or the previous sentence.
 */
import type { Mention } from '../model/doc.js';
import { foldKey } from '../gazetteer/normalize.js';
import { genderOf, type Gender } from './gender.js';
import { parseRole, roleMatches, type ParsedRole } from './roles.js';
import { PERSON_PRONOUNS } from './lexicon.js';
import { isNameParticle } from './words.js';

export interface PersonCluster {
  /** Indices into the mentions array. */
  mentions: number[];
  /** The fullest name seen. */
  canonical: string;
  words: Set<string>;
  roles: string[];
  parsedRoles: ParsedRole[];
  gender?: Gender;
  /** Set for an office known only by its title ("the Iraqi Prime Minister" with no name in the article). */
  key?: string;
}

/** "Blinken’s" -> "Blinken", "Mr. Smith" keeps "Smith" (honorifics are outside name spans already). */
export function personName(surface: string): string {
  return surface.replace(/['’]s?$/, '').trim();
}

function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const w of name.split(/\s+/)) {
    if (!w || isNameParticle(w)) continue;
    out.push(foldKey(w));
    const bare = /^(?:al|el)-(.+)$/i.exec(w);
    if (bare) out.push(foldKey(bare[1]));
  }
  return out;
}

/**
 * Clusters the PERSON name mentions, then attaches nominal and pronoun mentions. `sentenceOf` gives the sentence
 * index of an offset. Returns the clusters; `assigned[i]` is the cluster of mention i (or -1).
 */
export function resolvePeople(
  text: string,
  mentions: readonly Mention[],
  sentenceOf: (offset: number) => number,
  isModifier: (m: Mention) => boolean = () => false,
): { clusters: PersonCluster[]; assigned: Int32Array } {
  const assigned = new Int32Array(mentions.length).fill(-1);
  const clusters: PersonCluster[] = [];
  // Each name's words once (the sort below compares them many times).
  const names = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.type === 'PERSON' && m.kind === 'name')
    .map(({ m, i }) => {
      const name = personName(m.text);
      return { m, i, name, words: nameWords(name) };
    });

  // Full names first (longest first), so that "Blinken" early in a text still finds "Anthony Blinken" later.
  const byLength = [...names].sort((a, b) => b.words.length - a.words.length);
  // The words of each cluster's canonical name, kept as it changes (every single-word name compares their last words).
  const canonicalWords: string[][] = [];
  for (const { m, i, name, words } of byLength) {
    if (words.length === 0) continue;
    let target = -1;
    if (words.length >= 2) {
      // Same full name, or one name's words inside the other's ("Joe Biden" / "Joseph R. Biden" share Biden: not enough).
      target = clusters.findIndex((c) => words.every((w) => c.words.has(w)));
    } else {
      // A single word: the person whose last name, then whose first name, it is; the latest one before it wins.
      const w = words[0];
      const hits: number[] = [];
      for (let k = 0; k < clusters.length; k++) if (lastOf(canonicalWords[k]) === w) hits.push(k);
      if (hits.length === 0) for (let k = 0; k < clusters.length; k++) if (clusters[k].words.has(w)) hits.push(k);
      if (hits.length === 1) target = hits[0];
      else if (hits.length > 1) target = latestBefore(hits, clusters, mentions, m.start);
    }
    if (target < 0) {
      clusters.push({ mentions: [], canonical: name, words: new Set(words), roles: [], parsedRoles: [] });
      canonicalWords.push(words);
      target = clusters.length - 1;
    }
    const c = clusters[target];
    c.mentions.push(i);
    if (words.length > canonicalWords[target].length) {
      c.canonical = name;
      canonicalWords[target] = words;
    }
    for (const w of words) c.words.add(w);
    assigned[i] = target;
  }
  for (const c of clusters) {
    c.mentions.sort((a, b) => a - b);
    for (const mi of c.mentions) {
      const role = mentions[mi].role;
      if (role && !c.roles.includes(role)) {
        c.roles.push(role);
        c.parsedRoles.push(parseRole(role));
      }
    }
    const firstMention = mentions[c.mentions[0]];
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, firstMention.start - 12), firstMention.start));
    c.gender = genderOf(c.canonical, c.roles, before?.[1]);
  }

  // Nominal titles: the person holding that role in the article, the latest one before the mention if several.
  mentions.forEach((m, i) => {
    if (m.kind !== 'nominal' || m.type !== 'PERSON' || !m.role) return;
    const wanted = parseRole(m.role);
    const hits: number[] = [];
    clusters.forEach((c, k) => {
      if (c.parsedRoles.some((r) => roleMatches(wanted, r))) hits.push(k);
    });
    // No one holds that office, but one person only is known by a title of that country ("his Turkish counterpart
    // Kemal Aydın" ... "the Turkish minister"): that person.
    if (hits.length === 0 && wanted.countryCode) {
      clusters.forEach((c, k) => {
        if (!c.key && c.parsedRoles.some((r) => r.countryCode === wanted.countryCode)) hits.push(k);
      });
      if (hits.length > 1) hits.length = 0;
    }
    if (hits.length === 1) assigned[i] = hits[0];
    else if (hits.length > 1) assigned[i] = latestBefore(hits, clusters, mentions, m.start);
    else if (wanted.countryCode) {
      // A national office named only by its title is still one person in the article: "the Iraqi Prime Minister"
      // twice, with no name given, is one entity keyed by country and office. A bare "the minister" stays open.
      const key = `role:${wanted.countryCode.toLowerCase()}:${wanted.core}`;
      let k = clusters.findIndex((c) => c.key === key);
      if (k < 0) {
        const role = m.role.replace(/^the\s+/i, '');
        clusters.push({ mentions: [], canonical: role, words: new Set(), roles: [role], parsedRoles: [wanted], key });
        k = clusters.length - 1;
      }
      assigned[i] = k;
    }
    if (assigned[i] >= 0) clusters[assigned[i]].mentions.push(i);
  });

  // Pronouns: the latest person mention (name or resolved nominal) before it, in its sentence or the one before.
  const personMentions = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => m.type === 'PERSON' && m.kind !== 'pronoun' && assigned[i] >= 0)
    .sort((a, b) => a.m.start - b.m.start);
  mentions.forEach((m, i) => {
    if (m.kind !== 'pronoun') return;
    const gender = PERSON_PRONOUNS[m.text.toLowerCase()];
    const sentence = sentenceOf(m.start);
    // Start from the last person mention that begins before the pronoun (binary search: long articles stay fast).
    let lo = 0;
    let hi = personMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (personMentions[mid].m.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    /** The latest compatible person before the pronoun, in its sentence or the previous one, or -1. */
    function antecedent(from: number, allowModifiers: boolean, back: number): number {
      for (let k = from - 1; k >= 0; k--) {
        const cand = personMentions[k];
        if (cand.m.end > m.start) continue;
        if (sentenceOf(cand.m.start) < sentence - back) break;
        if (!allowModifiers && isModifier(cand.m)) continue;
        const c = clusters[assigned[cand.i]];
        if (gender && c.gender && c.gender !== gender) continue;
        return assigned[cand.i];
      }
      return -1;
    }

    // "the Assad regime": a name modifying a noun is rarely what a later "he" refers to, so such names are taken
    // only when no other person is near ("The Trump campaign said he ...").
    // The speaker after a quote ("...,” he said") may be several quoted sentences away from the name.
    const speaking = SPEECH_AFTER.test(text.slice(m.end, m.end + 16));
    const passes: Array<[boolean, number]> = speaking ? [[false, 1], [true, 1], [false, 3]] : [[false, 1], [true, 1]];
    for (const [allowModifiers, back] of passes) {
      const found = antecedent(lo, allowModifiers, back);
      if (found >= 0) {
        assigned[i] = found;
        clusters[found].mentions.push(i);
        break;
      }
    }
  });
  for (const c of clusters) c.mentions.sort((a, b) => a - b);
  return { clusters, assigned };
}

const SPEECH_AFTER = /^\s+(?:said|says|told|added|insisted|warned|explained|noted|argued|wrote|replied)\b/;

function lastOf(words: readonly string[]): string {
  return words[words.length - 1] ?? '';
}

/** Of several candidate clusters, the one mentioned last before `offset` (or the first one mentioned at all). */
function latestBefore(candidates: number[], clusters: PersonCluster[], mentions: readonly Mention[], offset: number): number {
  let best = candidates[0];
  let bestAt = -1;
  for (const k of candidates) {
    for (const mi of clusters[k].mentions) {
      const at = mentions[mi].start;
      if (at < offset && at > bestAt) {
        bestAt = at;
        best = k;
      }
    }
  }
  return best;
}
