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

/**
 * Any text holding a modal word holds a match of this (same flags, no look-arounds): half of the texts hold none,
 * and this test costs a third of MAYBE_MODAL's, whose look-behind is tried at every position.
 */
const MAY_HOLD_MODAL = /will|would|may|might|could|can|must|should|shall|won['’]t|['’](?:ll|d)/iu;
/** Any text holding a modal word holds one of these (most texts hold none: no word scan needed). */
const MAYBE_MODAL = /(?<![\p{L}’'])(?:will|would|may|might|could|can|cannot|can['’]t|must|should|shall|won['’]t)(?![\p{L}’'])|['’](?:ll|d)(?![\p{L}’'])/iu;

/** The first modal word of `text` (lower-case, contractions folded), or null. */
export function firstModal(text: string): string | null {
  if (!MAY_HOLD_MODAL.test(text) || !MAYBE_MODAL.test(text)) return null;
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
  const stop = HEAD_STOP.exec(object.slice(0, end));
  if (stop) end = stop.index;
  return object.slice(0, end).replace(/\s+/g, ' ');
}

/** Where a clause's head stops: a comma, a parenthesis, a relative or subordinate clause. */
const HEAD_STOP = /[,;:(]|\b(?:which|who|because|although|while|but)\b/i;
/** A condition after the claim ("could lose the funds if no deal is reached"), which negates nothing. */
const CONDITION = /\b(?:if|unless|until|when)\b/i;

/**
 * `clauseHead` of a text whose words are separated by single spaces (as `stripMarks` leaves them), cut before a
 * condition: the words of the claim's own clause. With single spaces the words are found by indexOf and nothing
 * needs folding (the general scan and fold were ~5% of the claims stage).
 */
export function ownClauseOfSpaced(object: string, maxWords = 10): string {
  let end = object.length;
  let at = -1;
  for (let k = 0; k < maxWords; k++) {
    at = object.indexOf(' ', at + 1);
    if (at < 0) break;
    if (k === maxWords - 1) end = at;
  }
  let head = end < object.length ? object.slice(0, end) : object;
  const stop = HEAD_STOP.exec(head);
  if (stop) head = head.slice(0, stop.index);
  // What `head.split(CONDITION)[0]` gives, without the splitter copy of the regex that split makes per call.
  const condition = CONDITION.exec(head);
  return condition ? head.slice(0, condition.index) : head;
}
