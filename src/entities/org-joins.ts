/**
 * Long organization names that recognizers break at their linking words: "International Committee" + "Red Cross",
 * "Mining" + "Energy Workers Alliance", "Ministry of Foreign Affairs" + "Trade". The model learned from CoNLL, where
 * such names are rare, that "of" and "and" end names. The pieces are joined back when the name's own words say they
 * belong together: a table knows the whole, an organization head takes the "of" phrase ("Committee of"), or a
 * common noun is coordinated inside the name ("Mining and Energy", "Foreign Affairs and Trade").
 */
import type { Mention } from '../model/doc.js';
import { lookupDemonym, lookupName } from '../gazetteer/index.js';
import { englishWords } from '../lexicon/words.js';
import { NEVER_NAME, ORG_HEAD_NOUNS, ORG_OF_HEADS, ORG_SUFFIXES } from './lexicon.js';

/** The words between two pieces of one name. */
const OF_LINK = /^ (?:of|for)(?: the)? $/;
const AND_LINK = /^ (?:and|&) $/;

function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
}

/** A capitalized common noun that is no name of its own: "Mining", "Trade", "Energy" (not "Nexa", "Iraq"). */
function commonNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return englishWords().has(word.toLowerCase()) && !lookupName(word) && !lookupDemonym(word);
}

/** Is `word` written elsewhere in the article as a name of its own (a mention that is only this word)? */
function namedAlone(names: readonly Mention[], word: string, except: Mention | undefined): boolean {
  return names.some((m) => m !== except && m.text === word);
}

function joined(text: string, a: Mention, b: Mention, source: string): Mention {
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'ORG', kind: 'name', source: `${a.source}+${source}` };
}

/** Joins the pieces of long organization names; `names` are non-overlapping name mentions sorted by start. */
export function joinOrganizationNames(text: string, names: Mention[]): Mention[] {
  if (names.length === 0) return names;
  const out: Mention[] = [];
  for (let k = 0; k < names.length; k++) {
    let m = names[k];
    // "International Committee" + "of the" + "Red Cross", "Port" + "of" + "Antwerp-Bruges".
    while (k + 1 < names.length) {
      const next = names[k + 1];
      const gap = text.slice(m.end, next.start);
      if (!OF_LINK.test(gap) || next.kind !== 'name') break;
      const whole = text.slice(m.start, next.end);
      const known = lookupName(whole);
      const head = m.type === 'ORG' && ORG_OF_HEADS.has(lastWord(m.text)) && next.type !== 'PERSON';
      if (!(known?.type === 'ORG' || head)) break;
      m = joined(text, m, next, 'of');
      k++;
    }
    // "Ministry of Foreign Affairs" + "and" + "Trade": a common noun coordinated inside an "of" name.
    if (m.type === 'ORG' && / (?:of|for) /.test(m.text)) {
      const after = /^ (?:and|&) (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’-])(?! \p{Lu})/u.exec(text.slice(m.end, m.end + 40));
      if (after && commonNoun(after[1])) {
        const end = m.end + after[0].length;
        const next = names[k + 1];
        const piece = next && next.start < end ? next : undefined;
        if ((!piece || (piece.start === end - after[1].length && piece.end === end)) && !namedAlone(names, after[1], piece)) {
          m = { ...m, end, text: text.slice(m.start, end), source: `${m.source}+and` };
          if (piece) k++;
        }
      }
    }
    out.push(m);
  }
  // "Mining" + "and" + "Energy Workers Alliance": a common noun coordinated before an organization's head.
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.type !== 'ORG' || !/\s/.test(m.text)) continue;
    const last = lastWord(m.text);
    if (!ORG_SUFFIXES.has(last) && !ORG_HEAD_NOUNS.has(last)) continue;
    const before = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}+) (?:and|&) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before || !commonNoun(before[1])) continue;
    const start = m.start - before[0].length;
    const prev = k > 0 ? out[k - 1] : undefined;
    const piece = prev && prev.end > start ? prev : undefined;
    if (piece && !(piece.start === start && piece.end === start + before[1].length)) continue;
    if (namedAlone(out, before[1], piece)) continue;
    // The word before the noun is no capitalized name word: "Redgum Mining and ..." is two names.
    const lead = /(\p{Lu}[\p{L}\p{M}]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
    if (lead && !NEVER_NAME.has(lead[1].toLowerCase())) continue;
    const merged: Mention = { ...m, start, text: text.slice(start, m.end), source: `${m.source}+and` };
    if (piece) {
      out.splice(k - 1, 2, merged);
      k--;
    } else out[k] = merged;
  }
  return out;
}
