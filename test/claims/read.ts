import { createDoc } from '../../src/model/create.js';
import type { Claim, Doc } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';
import { resolve } from '../../src/stages/resolve.js';
import { quantities } from '../../src/stages/quantities.js';
import { dates } from '../../src/stages/dates.js';
import { quotes } from '../../src/stages/quotes.js';
import { claims } from '../../src/stages/claims.js';

/** A text through every stage up to claims. */
export function read(raw: string, published = '2025-01-22'): Doc {
  const doc = createDoc({ id: 't', source: 'test', published, title: null, raw });
  return claims(quotes(dates(quantities(resolve(entities(segment(clean(doc))))))));
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
