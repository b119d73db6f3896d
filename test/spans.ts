import type { Doc, Span } from '../src/model/doc.js';

/** Every span of every layer with the surface it claims, for invariant checks ("offsets are sacred"). */
export function spansWithSurface(doc: Doc): Array<{ layer: string; span: Span; surface?: string }> {
  const out: Array<{ layer: string; span: Span; surface?: string }> = [];
  for (const s of doc.sentences) out.push({ layer: 'sentences', span: s });
  for (const m of doc.mentions) out.push({ layer: 'mentions', span: m, surface: m.text });
  for (const q of doc.quantities) out.push({ layer: 'quantities', span: q, surface: q.text });
  for (const t of doc.times) out.push({ layer: 'times', span: t, surface: t.text });
  for (const q of doc.quotes) {
    out.push({ layer: 'quotes', span: q, surface: q.text });
    if (q.speaker) out.push({ layer: 'quotes.speaker', span: q.speaker, surface: q.speaker.text });
    if (q.cue) out.push({ layer: 'quotes.cue', span: q.cue, surface: q.cue.text });
  }
  for (const c of doc.claims) out.push({ layer: 'claims', span: c });
  for (let i = 0; i < doc.tokens.start.length; i++) {
    out.push({ layer: 'tokens', span: { start: doc.tokens.start[i], end: doc.tokens.end[i] } });
  }
  return out;
}

/** The spans that break the invariant: outside the text, inverted, or whose surface differs from the text. */
export function brokenSpans(doc: Doc): string[] {
  const broken: string[] = [];
  for (const { layer, span, surface } of spansWithSurface(doc)) {
    const inside = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end >= span.start && span.end <= doc.text.length;
    if (!inside) broken.push(`${layer} [${span.start},${span.end}) outside text of length ${doc.text.length}`);
    else if (surface !== undefined && doc.text.slice(span.start, span.end) !== surface) {
      broken.push(`${layer} [${span.start},${span.end}) is ${JSON.stringify(doc.text.slice(span.start, span.end))}, not ${JSON.stringify(surface)}`);
    }
  }
  return broken;
}
