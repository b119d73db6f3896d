import type { Doc } from '../model/doc.js';
import { findQuotes } from '../quotes/attribute.js';
import { filterQuotes } from '../quotes/filter.js';

/**
 * Direct, partial and indirect quotes with their speaker and cue (see `src/quotes/`). Never throws: a failure on an
 * odd article is recorded as a message and leaves the layer empty, so the rest of the article is still stored.
 */
export function quotes(doc: Doc): Doc {
  try {
    return { ...doc, quotes: filterQuotes(doc, findQuotes(doc)) };
  } catch (err) {
    const text = `quotes: ${err instanceof Error ? err.message : String(err)}`;
    return { ...doc, quotes: [], messages: [...doc.messages, { stage: 'quotes', severity: 'error', text }] };
  }
}
