/**
 * What lies inside a claim's evidence span (its sentences): the indices of a layer's items, the place entities
 * mentioned. Shared by the claims from quotes and the quantity claims.
 */
import type { Doc, Span } from '../model/doc.js';

export const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Indices of the things of a layer lying inside the span. */
export function within<T extends Span>(items: T[], span: Span): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    if (inside(span, it)) out.push(i);
  });
  return out;
}

/** Place entities mentioned inside the span (entity indices, each once, in text order). */
export function placesWithin(doc: Doc, span: Span): number[] {
  const out: number[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'PLACE' || m.entity === undefined || !inside(span, m)) continue;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}
