/**
 * Quantity claims: counted facts the article itself states with a verb ("Voltara employs about 41,000 people" →
 * Voltara / employ / about 41,000 people; "Washington, which maintains about 2,500 troops in Iraq and 900 in Syria" →
 * one claim holding both counts). A count is a claim only when it is a fact about a named entity:
 * - a number with no verb governing it ("a 2,500-strong force") states nothing by itself;
 * - a number inside what someone is reported to have said belongs to that statement, not to the narrator
 *   ("Moore said the government will build 1.5 million homes"), except in an aside the writer inserts about a named
 *   entity ("promised that Washington, which maintains 2,500 troops, will ...");
 * - plans and possibilities are not facts ("to cut 3,500 jobs", "which will deliver 400 million cubic metres");
 * - the subject must be a name ("Polkom, which has 11 million customers"), not a common noun ("annual inflation
 *   reached 31.2 percent") nor a place inside a prepositional phrase ("the collapse ... in Novi Sad killed 16").
 */
import type { Claim, Doc, Mention, Quantity, Span } from '../model/doc.js';
import { tokenAt, type Word } from '../quotes/units.js';
import { contextOf } from './context.js';
import { phraseEndingAt, skipBetween, type SpeakerMatch } from '../quotes/speaker.js';
import { firstModal, isNegated } from './modality.js';
import { placesWithin, within } from './within.js';

/** Words that cannot be the verb right before a quantity. */
const NOT_VERBS = new Set([
  'in', 'of', 'for', 'by', 'with', 'to', 'from', 'about', 'than', 'at', 'on', 'over', 'under', 'and', 'or', 'the', 'a',
  'an', 'some', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'least', 'most', 'more', 'less', 'fewer',
  'up', 'between', 'among', 'his', 'her', 'their', 'its', 'our', 'those', 'these', 'only', 'just', 'another', 'all',
  'after', 'before', 'since', 'until', 'during', 'per', 'each', 'every', 'into', 'out', 'that', 'which', 'who', 'as',
  'is', 'was', 'are', 'were', 'be', 'been', 'being',
]);
const IRREGULAR_PAST: Record<string, string> = {
  has: 'have', have: 'have', had: 'have', won: 'win', lost: 'lose', spent: 'spend', sent: 'send', got: 'get',
  made: 'make', took: 'take', gave: 'give', paid: 'pay', kept: 'keep', put: 'put', cut: 'cut', hit: 'hit',
  held: 'hold', built: 'build', sold: 'sell', bought: 'buy', brought: 'bring', rose: 'rise', fell: 'fall',
  grew: 'grow', drew: 'draw', saw: 'see', left: 'leave', led: 'lead', met: 'meet', found: 'find', told: 'tell',
};
const RELATIVES = new Set(['which', 'who', 'that']);
/** "said 300 people died": the number belongs to the reported clause, whose verb comes after it. */
const REPORTING = new Set(['say', 'tell', 'accord', 'report', 'add', 'write', 'claim', 'state', 'note', 'announce', 'be']);
/** Prepositions before a subject phrase: the phrase is their object, the clause's subject lies further left. */
const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'on', 'for', 'with', 'by', 'near', 'since', 'after', 'before', 'about', 'to', 'into', 'across']);
/** What may stand between two counts of one fact: "2,500 troops in Iraq and 900 in Syria", "41,000 people, 18,000 of them". */
const JOINS_COUNT = /^\s*(?:,\s*)?(?:and\s+)?$/;
/** An appositive that restates a count: "620,000 cars in 2024, a drop of 12 percent". */
const APPOSITIVE_COUNT = /^\s*,\s*(?:a|an)\s+[\p{Ll}-]+\s+of\s+$/u;

/** Lemma of a verb: the segmenter's when it tagged the word, else a few suffix rules. */
function verbLemma(doc: Doc, w: Word): string | null {
  const t = doc.tokens;
  if (t.start.length > 0) {
    const i = tokenAt(doc, w.start);
    // Tokens exist but none starts here, or the tagger saw no verb: not a verb.
    if (i < 0 || (t.pos[i] !== 'VERB' && t.pos[i] !== 'AUX')) return null;
    return (t.lemma[i] || w.lower).toLowerCase();
  }
  if (IRREGULAR_PAST[w.lower]) return IRREGULAR_PAST[w.lower];
  if (/^\p{Ll}+(?:ed|s)$/u.test(w.text) && w.lower.length > 3 && !/(?:ss|us|is)$/.test(w.lower)) {
    if (w.lower.endsWith('ied')) return w.lower.slice(0, -3) + 'y';
    if (w.lower.endsWith('ed')) return w.lower.slice(0, -2);
    if (w.lower.endsWith('ies')) return w.lower.slice(0, -3) + 'y';
    return w.lower.slice(0, -1);
  }
  return null;
}

interface Governor {
  verb: Word;
  lemma: string;
  subject: SpeakerMatch | null;
  /** The subject is a relative pronoun after a comma: the clause is an aside about the phrase before it. */
  aside: boolean;
  /** Text between the subject and the verb, for negation and modals ("has not kept"). */
  between: string;
}

/** The subject of a verb at `v`; a relative pronoun ("Washington, which maintains") stands for the phrase before it. */
function subjectOfVerb(words: Word[], v: number): { subject: SpeakerMatch | null; aside: boolean } {
  const j = skipBetween(words, v - 1);
  if (j < 0) return { subject: null, aside: false };
  if (RELATIVES.has(words[j].lower)) {
    const comma = words[j - 1]?.text === ',';
    return { subject: phraseEndingAt(words, comma ? j - 2 : j - 1, 0), aside: comma && words[j].lower !== 'that' };
  }
  return { subject: phraseEndingAt(words, j, 0), aside: false };
}

/**
 * The named mention heading a subject phrase: the name ending where the phrase ends ("Voltara chief executive Sabine
 * Kessler" → Sabine Kessler); it may start before the phrase when the phrase scan stopped inside the name
 * ("Coalition for Change").
 */
function namedHead(doc: Doc, sub: SpeakerMatch): Mention | undefined {
  return doc.mentions.find((m) => m.kind === 'name' && m.entity !== undefined && m.end === sub.end && m.start < sub.end);
}

const insideAny = (spans: Span[], s: Span): boolean => spans.some((q) => q.start <= s.start && s.end <= q.end);

export function quantityClaims(doc: Doc): Claim[] {
  if (doc.quantities.length === 0) return [];
  const text = doc.text;
  const ctx = contextOf(doc);
  const units = ctx.units;
  // What speakers are reported to say, and the cues attributing it.
  const reported = doc.quotes.filter((q) => q.kind !== 'term');
  const contents: Span[] = reported.map((q) => ({ start: q.start, end: q.end }));
  const cues: Span[] = [];
  for (const q of reported) if (q.cue) cues.push(q.cue);
  const claims: Claim[] = [];
  let previous: { unit: number; governor: Governor; claim: Claim | null; objectStart: number; objectEnd: number } | null = null;
  const wordsByUnit = new Map<number, Word[]>();
  const namedUnits = new Map<number, boolean>();
  const named = (u: number): boolean => {
    let has = namedUnits.get(u);
    if (has === undefined) {
      const unit = units[u];
      // A subject's last word may carry an abbreviation's period past the sentence's end ("U.S.").
      has = doc.mentions.some((m) => m.kind === 'name' && m.entity !== undefined && m.end > unit.start && m.end <= unit.end + 1);
      namedUnits.set(u, has);
    }
    return has;
  };

  doc.quantities.forEach((q, qi) => {
    const found = ctx.sentenceOf(q.start);
    const u = found >= 0 && q.end <= units[found].end ? found : -1;
    if (u < 0) return;
    const unit = units[u];
    // A count is a claim only about a name heading its subject: a sentence naming nothing makes none.
    if (!named(u)) return;
    let words = wordsByUnit.get(u);
    if (!words) {
      words = ctx.wordsIn(unit.start, unit.end);
      wordsByUnit.set(u, words);
    }
    const at = words.findIndex((w) => w.end > q.start);
    if (at <= 0) return;
    const sameUnit = previous !== null && previous.unit === u;

    // A second count of the same fact extends the previous claim ("and 900 in Syria", ", 18,000 of them in Germany").
    if (sameUnit && previous!.claim && previous!.objectEnd <= q.start) {
      const gap = text.slice(previous!.objectEnd, q.start);
      if (JOINS_COUNT.test(gap) || APPOSITIVE_COUNT.test(gap)) {
        const end = objectEnd(words, at, q);
        const c = previous!.claim!;
        c.object = text.slice(previous!.objectStart, end).trim();
        c.quantities.push(qi);
        for (const p of placesOf(doc, q, end)) if (!c.places.includes(p)) c.places.push(p);
        previous!.objectEnd = end;
        return;
      }
    }

    let governor: Governor | null = null;
    let b = at - 1;
    // Qualifiers the quantity layer left outside its span ("some", "nearly") sit between verb and number.
    while (b >= 0 && NOT_VERBS.has(words[b].lower) && /^(?:some|around|nearly|almost|approximately|roughly|about|over|more|less|than|least|only|just)$/.test(words[b].lower)) b--;
    if (b >= 0 && !NOT_VERBS.has(words[b].lower) && /^\p{Ll}/u.test(words[b].text)) {
      const lemma = verbLemma(doc, words[b]);
      if (lemma && !REPORTING.has(lemma)) {
        let { subject, aside } = subjectOfVerb(words, b);
        // "Voltara employs ..., and sold 620,000 cars": the second verb shares the first one's subject.
        const j = skipBetween(words, b - 1);
        if (!subject && j >= 0 && words[j].lower === 'and' && sameUnit) ({ subject, aside } = previous!.governor);
        const between = subject ? text.slice(subject.end, words[b].start) : '';
        governor = { verb: words[b], lemma, subject, aside, between };
      }
    }
    if (!governor) return;
    const record = (claim: Claim | null, end: number): void => {
      previous = { unit: u, governor: governor!, claim, objectStart: q.start, objectEnd: end };
    };

    const sub = governor.subject;
    const head = sub ? namedHead(doc, sub) : undefined;
    const verbAt = words.indexOf(governor.verb);
    const infinitive = words[skipBetween(words, verbAt - 1)]?.lower === 'to';
    const modal = firstModal(governor.between) !== null || firstModal(words[verbAt - 1]?.text ?? '') !== null;
    const inPhrase = sub !== null && sub.first > 0 && PREPOSITIONS.has(words[sub.first - 1].lower) && !governor.aside;
    // Reported by someone: inside a quote's content, or in a sentence whose attribution follows ("..., police said").
    const attributed = insideAny(contents, q) || cues.some((c) => c.start >= q.end && c.end <= unit.end);
    if (!head || infinitive || modal || inPhrase || (attributed && !governor.aside)) {
      record(null, q.end);
      return;
    }

    // The counted fact: the quantity and what follows it up to the clause's end ("about 2,500 troops in Iraq").
    const end = objectEnd(words, at, q);
    const object = text.slice(q.start, end).trim();
    const places = placesOf(doc, q, end);
    const claim: Claim = {
      start: unit.start,
      end: unit.end,
      speaker: head.entity ?? null,
      speakerText: text.slice(Math.min(sub!.start, head.start), sub!.end),
      predicate: governor.lemma,
      type: 'quantity',
      object,
      polarity: isNegated(governor.between) ? 'negative' : 'positive',
      modality: null,
      places,
      quantities: [qi],
      times: within(doc.times, unit),
    };
    claims.push(claim);
    record(claim, end);
  });
  return claims;
}

/** Places of a counted phrase: the quantity's own ("troops in Iraq") first, then those named up to `end`. */
function placesOf(doc: Doc, q: Quantity, end: number): number[] {
  const named = placesWithin(doc, { start: q.start, end });
  const own = q.place !== undefined ? doc.mentions[q.place]?.entity : undefined;
  return own === undefined ? named : [own, ...named.filter((e) => e !== own)];
}

/** End of a counted phrase: the quantity and up to 8 words after it, stopping at punctuation, a clause or a modal. */
function objectEnd(words: Word[], at: number, q: Span): number {
  let e = at;
  while (e < words.length && words[e].end <= q.end) e++;
  for (let n = 0; e < words.length && n < 8; n++, e++) {
    const w = words[e];
    if (/^[,;:.!?()—–]$/.test(w.text) || RELATIVES.has(w.lower) || firstModal(w.text)) break;
    if (w.lower === 'and' && /^\p{N}/u.test(words[e + 1]?.text ?? '')) break;
    if (w.lower === 'and' && /^\p{Ll}+(?:ed|s)$/u.test(words[e + 1]?.text ?? '')) break;
  }
  return e > at ? Math.max(q.end, words[e - 1].end) : q.end;
}
