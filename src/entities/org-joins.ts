/**
 * Long organization names that recognizers break at their linking words: "International Committee" + "Red Cross",
 * "Mining" + "Energy Workers Alliance", "Ministry of Foreign Affairs" + "Trade". The model learned from CoNLL, where
 * such names are rare, that "of" and "and" end names. The pieces are joined back when the name's own words say they
 * belong together: a table knows the whole, an organization head takes the "of" phrase ("Committee of"), or a
 * common noun is coordinated inside the name ("Mining and Energy", "Foreign Affairs and Trade").
 */
import type { Mention } from '../model/doc.js';
import { lookupName } from '../gazetteer/index.js';
import { englishWords } from '../lexicon/words.js';
import { allMatches } from '../text/matches.js';
import { NEVER_NAME, ORG_HEAD_NOUNS, ORG_OF_HEADS, ORG_SUFFIXES } from './lexicon.js';
import { isCapitalizedCommonWord } from './words.js';

/** The words between two pieces of one name. */
const OF_LINK = /^ (?:of|for)(?: the)? $/;
const AND_LINK = /^ (?:and|&) $/;

function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
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
      if (next.kind !== 'name') break;
      const whole = text.slice(m.start, next.end);
      // "Bosnia" + "and" + "Herzegovina": a table knows the whole.
      if (AND_LINK.test(gap) && m.type === next.type && lookupName(whole)?.type === m.type) {
        m = { ...joined(text, m, next, 'and'), type: m.type };
        k++;
        continue;
      }
      if (!OF_LINK.test(gap)) break;
      const known = lookupName(whole);
      const head = m.type === 'ORG' && ORG_OF_HEADS.has(lastWord(m.text)) && next.type !== 'PERSON';
      if (!(known?.type === 'ORG' || head)) break;
      m = joined(text, m, next, 'of');
      k++;
    }
    // "Ministry of Foreign Affairs" + "and" + "Trade": a common noun coordinated inside an "of" name.
    if (m.type === 'ORG' && / (?:of|for) /.test(m.text)) {
      const after = /^ (?:and|&) (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’-])(?! \p{Lu})/u.exec(text.slice(m.end, m.end + 40));
      if (after && isCapitalizedCommonWord(after[1])) {
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
    if (!before || !isCapitalizedCommonWord(before[1])) continue;
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
  return splitAtAnd(text, extendForeignNames(text, out));
}

/**
 * Heads of organization names in French, Spanish, Italian and Portuguese, whose adjectives follow them in lower case
 * ("Alliance québécoise", "Parti québécois", "Front national", "Partido popular"), and words that make a name of a
 * place an organization when they lead it ("Hydro-Québec", "Air France", "Radio Canada").
 */
const FOREIGN_ORG_HEADS = new Set([
  'parti', 'partido', 'partito', 'partij', 'rassemblement', 'mouvement', 'movimiento', 'movimento', 'frente', 'front',
  'bloc', 'bloque', 'alliance', 'alianza', 'alleanza', 'union', 'unión', 'unione', 'congrès', 'congreso', 'conseil',
  'consejo', 'consiglio', 'assemblée', 'asamblea', 'banque', 'banco', 'société', 'sociedad', 'società', 'compagnie',
  'compañía', 'confédération', 'confederación', 'fédération', 'federación', 'institut', 'instituto', 'ministère',
  'ministerio', 'caisse', 'centrale', 'agence', 'agencia', 'office', 'groupe', 'grupo', 'coalition', 'coalición',
]);
const ORG_PREFIXES = new Set(['air', 'radio', 'hydro', 'télé', 'tele', 'petro', 'aero', 'electro', 'gaz', 'loto']);

/** A lower-case word that is no English word, or a Romance adjective English also has ("national", "social"). */
function foreignAdjective(word: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word)) return false;
  return !englishWords().has(word) || /^(?:national|nationale|social|sociale|populaire|popular|radical|central|general|liberal|democratic)$/.test(word);
}

/**
 * "Alliance québécoise", "Front national": lower-case adjectives after a foreign organization head belong to the name,
 * and make it an organization; "Hydro-Québec", "Air France": a place after an organization prefix is an
 * organization's name.
 */
function extendForeignNames(text: string, found: Mention[]): Mention[] {
  const names = addForeignHeads(text, found);
  return names.map((m, k) => {
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    let out = m;
    if (FOREIGN_ORG_HEADS.has(last)) {
      let end = m.end;
      for (let n = 0; n < 2; n++) {
        const next = /^ (\p{Ll}+)(?![\p{L}\p{M}\p{N}'’-])/u.exec(text.slice(end, end + 30));
        if (!next || !foreignAdjective(next[1])) break;
        end += next[0].length;
      }
      const following = names[k + 1];
      if (end > m.end && !(following && following.start < end)) {
        out = { ...m, end, text: text.slice(m.start, end), type: 'ORG', source: `${m.source}+foreign` };
      }
    }
    if (out.type === 'PLACE') {
      // "Air France", "Radio Canada": a capitalized prefix word before a place.
      const prefix = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, out.start - 12), out.start));
      const previous = names[k - 1];
      if (prefix && ORG_PREFIXES.has(prefix[1].toLowerCase()) && !(previous && previous.end > out.start - prefix[0].length)) {
        const start = out.start - prefix[0].length;
        return { ...out, start, text: text.slice(start, out.end), type: 'ORG' as const, source: `${out.source}+prefix` };
      }
      // "Hydro-Québec": a prefix word hyphenated to a place the table knows.
      const hyphen = /^(\p{L}+)[-‐](\p{Lu}.*)$/u.exec(out.text);
      if (hyphen && ORG_PREFIXES.has(hyphen[1].toLowerCase()) && lookupName(hyphen[2])?.type === 'PLACE' && !lookupName(out.text)) {
        out = { ...out, type: 'ORG', source: `${out.source}+prefix` };
      }
    }
    return out;
  });
}

/** A capitalized foreign organization head followed by its lower-case adjectives: "the Parti québécois". */
const FOREIGN_HEAD_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’-])(?:${[...FOREIGN_ORG_HEADS].map((h) => h[0].toUpperCase() + h.slice(1)).join('|')})(?= \p{Ll})`,
  'gu',
);

/**
 * Adds a foreign organization head that no recognizer found when lower-case adjectives follow it ("Parti québécois"),
 * for extendForeignNames to extend; names stay sorted and apart.
 */
function addForeignHeads(text: string, names: Mention[]): Mention[] {
  let added: Mention[] | null = null;
  for (const hit of allMatches(FOREIGN_HEAD_PHRASE, text)) {
    const start = hit.index;
    const end = start + hit[0].length;
    const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 30));
    if (!next || !foreignAdjective(next[1]) || englishWords().has(next[1])) continue;
    if (names.some((m) => m.start < end && start < m.end)) continue;
    (added ??= []).push({ start, end, text: hit[0], type: 'ORG', kind: 'name', source: 'foreign' });
  }
  if (!added) return names;
  return [...names, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Banco do Brasil and Petróleos de Venezuela" read as one name: an "and" after a name that ends in a linked place
 * ("... do Brasil", "... of England") and before two or more capitalized words joins two organizations. "Bosnia and
 * Herzegovina", "Ministry of Foreign Affairs and Trade" stay whole.
 */
function splitAtAnd(text: string, names: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    const at = m.type === 'ORG' ? m.text.indexOf(' and ') : -1;
    if (at <= 0) {
      out.push(m);
      continue;
    }
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 5);
    const linked = /\s(?:of|do|de|da|du|des|del|di)\s(?:the\s)?(\p{Lu}[\p{L}\p{M}.'’ -]*)$/u.exec(left);
    if (!linked || lookupName(linked[1])?.type !== 'PLACE' || !/^\p{Lu}\S*\s+\S/u.test(right) || lookupName(m.text)) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end: m.start + at, text: left, source: `${m.source}+split` });
    out.push({ ...m, start: m.start + at + 5, text: right, source: `${m.source}+split` });
  }
  return out;
}
