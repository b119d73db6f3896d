/**
 * Polarity and modality of a claim, read from the words around its cue and the head of what is claimed.
 */

const MODALS: Record<string, string> = {
  will: 'will', "'ll": 'will', '’ll': 'will', "won't": 'will', 'won’t': 'will', would: 'would', "'d": 'would',
  may: 'may', might: 'may', could: 'could', can: 'can', "can't": 'can', 'can’t': 'can', cannot: 'can', must: 'must',
  should: 'should', shall: 'will',
};
const NEGATIONS = /\b(?:not|never|no longer|n[o']t|cannot|won[’']t|can[’']t|didn[’']t|doesn[’']t|don[’']t|wouldn[’']t|isn[’']t|wasn[’']t|hasn[’']t|haven[’']t|hadn[’']t|shouldn[’']t|couldn[’']t)\b|n[’']t\b/i;

/** Words before "will" / "may" / "can" that make it a noun ("the will of the people", "a tin can"). */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'free', 'political', 'good', 'ill', 'popular', 'own', 'this', 'that']);

/** Any text holding a modal word holds one of these (most texts hold none: no word scan needed). */
const MAYBE_MODAL = /(?<![\p{L}’'])(?:will|would|may|might|could|can|cannot|can['’]t|must|should|shall|won['’]t)(?![\p{L}’'])|['’](?:ll|d)(?![\p{L}’'])/iu;

/** The first modal word of `text` (lower-case, contractions folded), or null. */
export function firstModal(text: string): string | null {
  if (!MAYBE_MODAL.test(text)) return null;
  // Word by word up to the first modal (the rest of a long content is never lower-cased).
  const re = /[\p{L}’']+/gu;
  let previous = '';
  let m = re.exec(text);
  let w = m ? m[0].toLowerCase() : '';
  while (m) {
    const nextMatch = re.exec(text);
    const next = nextMatch ? nextMatch[0].toLowerCase() : '';
    if (MODALS[w]) {
      if (!((w === 'will' || w === 'may' || w === 'can') && (NOUN_BEFORE.has(previous) || next === 'of'))) return MODALS[w];
    } else {
      const contracted = /(['’](?:ll|d))$/.exec(w);
      if (contracted) return MODALS[contracted[1]] ?? null;
    }
    previous = w;
    m = nextMatch;
    w = next;
  }
  return null;
}

/** Does the stretch hold a negation ("did not say", "never promised", "chose not to")? */
export function isNegated(text: string): boolean {
  return NEGATIONS.test(text);
}

/**
 * The head of a claimed clause: its first words up to a comma or a relative clause, where a negation or a modal
 * belongs to the claim itself ("that he would not run" → would, negative) rather than to something nested later.
 */
export function clauseHead(object: string, maxWords = 10): string {
  // The first `maxWords` words, spaces folded (what splitting at runs of spaces and joining with one gives), looked
  // for before the stop: a stop after them cannot shorten them, and a long content is not searched to its end.
  const gap = /\s+/g;
  let end = object.length;
  for (let k = 0; k < maxWords; k++) {
    const g = gap.exec(object);
    if (!g) break;
    if (k === maxWords - 1) end = g.index;
  }
  const stop = /[,;:(]|\b(?:which|who|because|although|while|but)\b/i.exec(object.slice(0, end));
  if (stop) end = stop.index;
  return object.slice(0, end).replace(/\s+/g, ' ');
}
