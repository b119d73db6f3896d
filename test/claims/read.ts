import type { Claim, Doc } from '../../src/model/doc.js';
import { readThrough } from '../pipeline.js';

/** A text through every stage up to claims. */
export function read(raw: string, published = '2025-01-22'): Doc {
  return readThrough('claims', raw, published);
}

export interface ClaimView {
  type: Claim['type'];
  predicate: string;
  /** Canonical name of the speaker entity, else the speaker as written. */
  speaker: string | null;
  object: string;
  polarity: Claim['polarity'];
}

/** The claims of a text as a reader sees them: who, what kind, which verb, what. */
export function claimsOf(raw: string): ClaimView[] {
  const doc = read(raw);
  return doc.claims.map((c) => ({
    type: c.type,
    predicate: c.predicate,
    speaker: c.speaker !== null ? doc.entities[c.speaker].canonical : c.speakerText,
    object: c.object,
    polarity: c.polarity,
  }));
}
