import type { Doc } from '../model/doc.js';

/** Placeholder until the stage lands: returns the document unchanged. */
export function dates(doc: Doc): Doc {
  return doc;
}
