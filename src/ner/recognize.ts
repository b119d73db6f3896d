import type { Doc, Mention } from '../model/doc.js';

/**
 * Names found by the trained sequence model (PERSON / PLACE / ORG, kind `name`, source `model`), over `doc.tokens`.
 * Placeholder until the model lands: finds nothing, so the entities stage falls back on its other recognizers.
 */
export function recognizeNames(doc: Doc): Mention[] {
  void doc;
  return [];
}
