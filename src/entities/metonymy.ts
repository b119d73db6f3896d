/**
 * A place named for its government: "Washington wants ...", "Baghdad, whose diplomatic mission ...", "Iraq chose
 * not to ...". The place is kept as the entity; the mention is flagged so claims can take it as a speaker.
 */

/** Verbs of will, speech and decision that a country or capital takes as subject when it means its government. */
const GOVERNMENT_VERBS = new Set([
  'wants', 'want', 'wanted', 'said', 'says', 'say', 'announced', 'announces', 'demanded', 'demands', 'insisted',
  'insists', 'warned', 'warns', 'promised', 'promises', 'pledged', 'pledges', 'urged', 'urges', 'accused', 'accuses',
  'rejected', 'rejects', 'denied', 'denies', 'agreed', 'agrees', 'decided', 'decides', 'chose', 'chooses',
  'refused', 'refuses', 'threatened', 'threatens', 'welcomed', 'welcomes', 'condemned', 'condemns', 'called',
  'calls', 'signed', 'signs', 'hopes', 'hoped', 'believes', 'believed', 'plans', 'planned', 'seeks', 'sought',
  'intends', 'intended', 'vowed', 'vows', 'declared', 'declares', 'claimed', 'claims', 'insisted', 'expects',
  'expected', 'opposes', 'opposed', 'supports', 'supported', 'backs', 'backed', 'ordered', 'orders', 'imposed',
  'imposes', 'sanctioned', 'recognized', 'recognizes', 'recalled', 'recalls', 'expelled', 'expels', 'protested',
  'protests', 'responded', 'responds', 'retaliated', 'asked', 'asks', 'told', 'tells', 'will', 'would', 'has',
  'had', 'maintains', 'maintained', 'wishes', 'wished', 'aims', 'aimed', 'offered', 'offers',
]);

/** Relative words that open a clause about the government: "Washington, which maintains ...", "Baghdad whose ...". */
const RELATIVE = /^\s*,?\s*(?:whose|which|who)\b/i;
const NEXT_WORD = /^\s*,?\s*([\p{L}']+)/u;
/** Verbs that only mean the government when followed by another verb ("has decided", "will work", "is ready"). */
const AUXILIARIES = new Set(['will', 'would', 'has', 'had']);

/** Prepositions that make a place a location, not an actor ("900 in Syria will ..."). */
const LOCATIVE_BEFORE = /\b(?:in|into|to|from|at|across|near|of|for|on|over|inside|outside|throughout|toward|towards|via|through|around|within)\s+(?:the\s+)?$/i;

/**
 * Does the context make a place mention a government: a speech/decision verb right after it, or a relative clause,
 * and no preposition before it. `after`/`before` are the texts around the mention (a few dozen characters).
 */
export function isMetonymic(after: string, before = ''): boolean {
  if (LOCATIVE_BEFORE.test(before)) return false;
  if (RELATIVE.test(after)) return true;
  const m = NEXT_WORD.exec(after);
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (!GOVERNMENT_VERBS.has(w)) return false;
  if (!AUXILIARIES.has(w)) return true;
  // "Iraq has decided", "Washington will work": the auxiliary must be followed by a verb-looking word.
  const rest = after.slice(m.index + m[0].length);
  const next = /^\s+(?:not\s+|also\s+|already\s+)?([\p{L}]+)/u.exec(rest);
  return next !== null && /ed$|^(?:work|seek|try|continue|say|help|send|keep|want|insist|refuse|make|take|do|chose|sought|told|said)$/.test(next[1].toLowerCase());
}
