/**
 * What lies inside a claim's evidence span (its sentences): the indices of a layer's items, the place entities
 * mentioned. Shared by the claims from quotes and the quantity claims.
 */
import type { Doc, Mention, Span } from '../model/doc.js';
import { lowerBound } from '../model/spans.js';

export const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * The starts of a layer's items when they are in text order (null when not), found once per layer: every claim asks
 * for the items inside its evidence, and a scan of the whole layer per claim was ~2% of the stage.
 */
const STARTS = new WeakMap<readonly Span[], Int32Array | null>();
function sortedStarts(items: readonly Span[]): Int32Array | null {
  let starts = STARTS.get(items);
  if (starts === undefined) {
    starts = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      starts[i] = items[i].start;
      if (i > 0 && starts[i] < starts[i - 1]) {
        starts = null;
        break;
      }
    }
    STARTS.set(items, starts);
  }
  return starts;
}

/** Indices of the things of a layer lying inside the span. */
export function within<T extends Span>(items: T[], span: Span): number[] {
  const out: number[] = [];
  const starts = sortedStarts(items);
  if (starts === null) {
    items.forEach((it, i) => {
      if (inside(span, it)) out.push(i);
    });
    return out;
  }
  // In text order, only the items starting from the span's start up to its end can lie inside it.
  for (let i = lowerBound(starts, span.start); i < starts.length && starts[i] <= span.end; i++) {
    if (items[i].end <= span.end) out.push(i);
  }
  return out;
}

/** The place mentions that name an entity, in the document's order, once per document. */
const PLACES = new WeakMap<readonly Mention[], Mention[]>();
function placeMentions(mentions: Mention[]): Mention[] {
  let places = PLACES.get(mentions);
  if (!places) {
    places = mentions.filter((m) => m.type === 'PLACE' && m.entity !== undefined);
    PLACES.set(mentions, places);
  }
  return places;
}

/** Place entities mentioned inside the span (entity indices, each once, in text order). */
export function placesWithin(doc: Doc, span: Span): number[] {
  const out: number[] = [];
  const places = placeMentions(doc.mentions);
  for (const i of within(places, span)) {
    const entity = places[i].entity!;
    if (!out.includes(entity)) out.push(entity);
  }
  return out;
}
