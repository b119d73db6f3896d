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

/** The first modal word of `text` (lower-case, contractions folded), or null. */
export function firstModal(text: string): string | null {
  const words = [...text.matchAll(/[\p{L}’']+/gu)].map((m) => m[0].toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (MODALS[w]) {
      if ((w === 'will' || w === 'may' || w === 'can') && (NOUN_BEFORE.has(words[i - 1] ?? '') || words[i + 1] === 'of')) continue;
      return MODALS[w];
    }
    const contracted = /(['’](?:ll|d))$/.exec(w);
    if (contracted) return MODALS[contracted[1]] ?? null;
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
  const cut = object.split(/[,;:(]|\b(?:which|who|because|although|while|but)\b/i)[0];
  return cut.split(/\s+/).slice(0, maxWords).join(' ');
}
