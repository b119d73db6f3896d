import type { Doc } from '../model/doc.js';
import { claimsFromQuotes } from '../claims/build.js';
import { quantityClaims } from '../claims/quantity.js';

/**
 * Normalized claims (speaker entity, predicate lemma, type, object, polarity, modality, places / quantities / times
 * of their sentences): one per statement found by `quotes` whose verb reports, promises, demands, agrees, denies,
 * warns or decides, one per party of a coordinated speaker, one per act stated without a reported clause ("Romania
 * and Moldova sign gas deal", "the central bank raised its rate"), and one per counted fact about a named entity.
 * Claims are in text order. Never throws: a failure is recorded as a message and leaves the layer empty.
 */
export function claims(doc: Doc): Doc {
  try {
    const all = [...claimsFromQuotes(doc), ...quantityClaims(doc)].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...doc, claims: all };
  } catch (err) {
    const text = `claims: ${err instanceof Error ? err.message : String(err)}`;
    return { ...doc, claims: [], messages: [...doc.messages, { stage: 'claims', severity: 'error', text }] };
  }
}
