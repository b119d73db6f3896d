import type { ClaimType } from '../model/doc.js';

/**
 * Claim type of a cue lemma. The families follow DESIGN.md; a reporting verb not listed here is a plain statement
 * (PolNeAR's cues include "argue", "suggest", "tweet", ... which all report what someone said).
 */
const BY_LEMMA: Record<string, ClaimType> = {};
function family(type: ClaimType, lemmas: string[]): void {
  for (const l of lemmas) BY_LEMMA[l] = type;
}
family('commitment', ['reaffirm', 'pledge', 'vow', 'commit', 'swear', 'guarantee', 'undertake']);
family('promise', ['promise', 'assure']);
family('demand', ['demand', 'urge', 'call', 'ask', 'request', 'appeal', 'press', 'insist']);
family('agreement', ['agree', 'sign', 'accept', 'endorse', 'approve']);
family('denial', ['deny', 'reject', 'refuse', 'dismiss', 'decline', 'dispute', 'refute']);
family('warning', ['warn', 'threaten', 'caution']);
family('decision', ['decide', 'choose', 'order', 'rule', 'vote', 'resolve', 'elect']);

export function claimTypeOf(lemma: string): ClaimType {
  return BY_LEMMA[lemma] ?? 'statement';
}

/** Cue lemmas that make a claim negative by themselves ("refused to", "denied that"). */
export const NEGATIVE_LEMMAS = new Set(['deny', 'refuse', 'reject', 'decline', 'dismiss', 'refute', 'dispute']);

/**
 * Types that depend on more than the lemma: "call" is a demand only as "call for" / "call on" ("called him a liar"
 * is a statement); "ask" is a demand when it asks for something or someone to act, a question (statement) when
 * followed by if / whether / what; a statement of what someone "will work to" do is a commitment.
 */
export function refineType(type: ClaimType, lemma: string, cueText: string, object: string): ClaimType {
  if (lemma === 'call' && !/\b(?:for|on|upon)\b/i.test(cueText)) return 'statement';
  if (lemma === 'ask' && /^(?:if|whether|what|who|why|how|when|where|which)\b/i.test(object)) return 'statement';
  if (type === 'statement' && /^(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,6}(?:will|would)\s+(?:work|strive|continue to work)\s+to\b/iu.test(object))
    return 'commitment';
  return type;
}
