/**
 * Claims from quotes: one claim per statement (the content spans of one cue are one statement: "“A,” he said,
 * “B.”"), typed by the cue's family, with polarity, modality and the places, quantities and times of its sentences.
 */
import type { Claim, Doc, Quote, Span } from '../model/doc.js';
import { claimTypeOf, NEGATIVE_LEMMAS, refineType } from './types.js';
import { clauseHead, firstModal, isNegated } from './modality.js';
import { sentenceUnits, type Unit } from '../quotes/units.js';

/** Quotation marks are not part of what was said. */
export function stripMarks(text: string): string {
  return text
    .replace(/``|''|[“”"„«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences holding a span, as one evidence span (start of the first, end of the last). */
function evidenceOf(units: Unit[], span: Span): Span {
  let start = span.start;
  let end = span.end;
  for (const u of units) {
    if (u.end <= span.start || u.start >= span.end) continue;
    start = Math.min(start, u.start);
    end = Math.max(end, u.end);
  }
  return { start, end };
}

const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Indices of the things of a layer lying inside the evidence span. */
function within<T extends Span>(items: T[], span: Span): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    if (inside(span, it)) out.push(i);
  });
  return out;
}

/** Place entities mentioned inside the span (entity indices, each once, in text order). */
function placesWithin(doc: Doc, span: Span): number[] {
  const out: number[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'PLACE' || m.entity === undefined || !inside(span, m)) continue;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/** Groups quote indices that share a cue (one statement), keeping text order. */
function statements(quotes: Quote[]): number[][] {
  const groups: number[][] = [];
  const byCue = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (q.kind === 'term') return;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    // A cue-less quote continues the previous statement only through the speaker; it is its own statement.
    if (key && byCue.has(key)) {
      byCue.get(key)!.push(i);
      return;
    }
    const g = [i];
    groups.push(g);
    if (key) byCue.set(key, g);
  });
  return groups;
}

export function claimsFromQuotes(doc: Doc): Claim[] {
  const text = doc.text;
  const units = sentenceUnits(doc);
  const claims: Claim[] = [];
  for (const group of statements(doc.quotes)) {
    const first = doc.quotes[group[0]];
    const parts = group.map((i) => doc.quotes[i]);
    const object = stripMarks(parts.map((q) => q.text).join(' '));
    if (!object) continue;
    const lemma = first.cue?.lemma ?? 'say';
    const type = refineType(claimTypeOf(lemma), lemma, first.cue?.text ?? '', object.replace(/^that\s+/i, ''));

    // The span of the whole statement: its contents, its cue and its speaker.
    const spans: Span[] = [...parts];
    if (first.cue) spans.push(first.cue);
    if (first.speaker) spans.push(first.speaker);
    const whole = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    const evidence = evidenceOf(units, whole);

    // Words of the act itself: between the speaker and the content ("did not say", "would never promise").
    const contentStart = Math.min(...parts.map((q) => q.start));
    let actWindow = '';
    if (first.cue) {
      const from = first.speaker && first.speaker.end <= first.cue.start ? first.speaker.end : Math.max(evidence.start, first.cue.start - 20);
      const to = first.cue.end <= contentStart ? contentStart : first.cue.end;
      actWindow = text.slice(Math.min(from, first.cue.start), Math.max(to, first.cue.end));
    }
    const head = clauseHead(object.replace(/^that\s+/i, ''));
    const negative = NEGATIVE_LEMMAS.has(lemma) || isNegated(actWindow) || /^(?:not|never)\b/i.test(object) || isNegated(head);
    const modality = firstModal(actWindow) ?? firstModal(object.split(/\s+/).slice(0, 25).join(' '));

    claims.push({
      start: evidence.start,
      end: evidence.end,
      speaker: first.speaker?.entity ?? null,
      speakerText: first.speaker?.text ?? null,
      predicate: lemma,
      type,
      object,
      polarity: negative ? 'negative' : 'positive',
      modality,
      quote: group[0],
      places: placesWithin(doc, evidence),
      quantities: within(doc.quantities, evidence),
      times: within(doc.times, evidence),
    });
  }
  return claims;
}
