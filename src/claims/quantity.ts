/**
 * Quantity claims: counted facts stated with a verb ("Washington, which maintains about 2,500 troops in Iraq and
 * 900 in Syria" → Washington / maintain / about 2,500 troops in Iraq, and 900 in Syria with the same verb).
 * A quantity with no verb governing it ("a 2,500-strong force") states nothing by itself and gives no claim.
 */
import type { Claim, Doc, Span } from '../model/doc.js';
import { sentenceUnits, tokenAt, wordsOf, type Word } from '../quotes/units.js';
import { phraseEndingAt, skipBetween, type SpeakerMatch } from '../quotes/speaker.js';
import { firstModal, isNegated } from './modality.js';

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
  /** Text between the subject and the verb, for negation and modals ("has not kept"). */
  between: string;
}

/** The subject of a verb at `v`; a relative pronoun ("Washington, which maintains") stands for the phrase before it. */
function subjectOfVerb(words: Word[], v: number): SpeakerMatch | null {
  const j = skipBetween(words, v - 1);
  if (j < 0) return null;
  if (RELATIVES.has(words[j].lower)) {
    const k = words[j - 1]?.text === ',' ? j - 2 : j - 1;
    return phraseEndingAt(words, k, 0);
  }
  return phraseEndingAt(words, j, 0);
}

export function quantityClaims(doc: Doc): Claim[] {
  if (doc.quantities.length === 0) return [];
  const text = doc.text;
  const units = sentenceUnits(doc);
  const claims: Claim[] = [];
  let previous: { unit: number; governor: Governor; end: number } | null = null;
  const wordsByUnit = new Map<number, Word[]>();

  doc.quantities.forEach((q, qi) => {
    const u = units.findIndex((s) => s.start <= q.start && q.end <= s.end);
    if (u < 0) return;
    const unit = units[u];
    let words = wordsByUnit.get(u);
    if (!words) {
      words = wordsOf(text, unit.start, unit.end);
      wordsByUnit.set(u, words);
    }
    const at = words.findIndex((w) => w.end > q.start);
    if (at <= 0) return;

    let governor: Governor | null = null;
    let b = at - 1;
    // Qualifiers the quantity layer left outside its span ("some", "nearly") sit between verb and number.
    while (b >= 0 && NOT_VERBS.has(words[b].lower) && /^(?:some|around|nearly|almost|approximately|roughly|about|over|more|less|than|least|only|just)$/.test(words[b].lower)) b--;
    if (b >= 0 && words[b].lower === 'and' && previous && previous.unit === u && previous.end <= words[b].start) {
      governor = previous.governor; // "2,500 troops in Iraq and 900 in Syria"
    } else if (b >= 0 && !NOT_VERBS.has(words[b].lower) && /^\p{Ll}/u.test(words[b].text)) {
      const lemma = verbLemma(doc, words[b]);
      if (lemma && !REPORTING.has(lemma)) {
        const subject = subjectOfVerb(words, b);
        const between = subject ? text.slice(subject.end, words[b].start) : '';
        governor = { verb: words[b], lemma, subject, between };
      }
    }
    if (!governor) return;

    // The counted fact: the quantity and what follows it up to the clause's end ("about 2,500 troops in Iraq").
    let e = at;
    while (e < words.length && words[e].end <= q.end) e++;
    for (let n = 0; e < words.length && n < 8; n++, e++) {
      const w = words[e];
      if (/^[,;:.!?()—–]$/.test(w.text) || RELATIVES.has(w.lower) || firstModal(w.text)) break;
      if (w.lower === 'and' && /^\p{N}/u.test(words[e + 1]?.text ?? '')) break;
    }
    const objectEnd = e > at ? words[e - 1].end : q.end;
    const object = text.slice(q.start, Math.max(q.end, objectEnd)).trim();
    const evidence: Span = { start: unit.start, end: unit.end };
    const sub = governor.subject;
    const subjectMention = sub ? doc.mentions.find((m) => m.start < sub.end && sub.start < m.end && m.entity !== undefined) : undefined;

    const places: number[] = [];
    if (q.place !== undefined && doc.mentions[q.place]?.entity !== undefined) places.push(doc.mentions[q.place].entity!);
    for (const m of doc.mentions) {
      if (m.type === 'PLACE' && m.entity !== undefined && m.start >= q.start && m.end <= q.start + object.length && !places.includes(m.entity))
        places.push(m.entity);
    }
    claims.push({
      start: evidence.start,
      end: evidence.end,
      speaker: subjectMention?.entity ?? null,
      speakerText: sub ? text.slice(sub.start, sub.end) : null,
      predicate: governor.lemma,
      type: 'quantity',
      object,
      polarity: isNegated(governor.between) ? 'negative' : 'positive',
      modality: firstModal(governor.between),
      places,
      quantities: [qi],
      times: doc.times.flatMap((t, ti) => (t.start >= evidence.start && t.end <= evidence.end ? [ti] : [])),
    });
    previous = { unit: u, governor, end: q.end };
  });
  return claims;
}
