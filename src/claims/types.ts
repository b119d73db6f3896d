import type { ClaimType } from '../model/doc.js';

/**
 * The verbs that make claims, by family (DESIGN.md, corpus/README.md). The quote finder's cues come from PolNeAR,
 * where any source of an attribution counts ("seem", "hope", "seek", "experience" when a tagger errs); a claim is a
 * communicative act or a decision, so a cue outside these lists reports nothing and makes no claim.
 */
const BY_LEMMA: Record<string, ClaimType> = {};
function family(type: ClaimType, lemmas: string[]): void {
  for (const l of lemmas) BY_LEMMA[l] = type;
}
family('statement', [
  'say', 'tell', 'accord', 'call', 'write', 'add', 'ask', 'show', 'note', 'suggest', 'report', 'argue', 'announce',
  'claim', 'describe', 'accuse', 'criticize', 'criticise', 'cite', 'respond', 'explain', 'acknowledge', 'question',
  'declare', 'mention', 'reveal', 'defend', 'praise', 'recall', 'attack', 'state', 'blast', 'admit', 'predict',
  'denounce', 'reply', 'confirm', 'repeat', 'echo', 'reiterate', 'assert', 'boast', 'emphasize', 'emphasise', 'stress',
  'concede', 'tout', 'estimate', 'allege', 'comment', 'remark', 'complain', 'lament', 'decry', 'condemn', 'hail',
  'applaud', 'welcome', 'charge', 'testify', 'inform', 'answer', 'post', 'tweet', 'joke', 'shout', 'proclaim',
  'contend', 'maintain', 'forecast', 'find', 'conclude', 'indicate', 'observe', 'point', 'highlight', 'underline',
  'underscore', 'signal', 'hint', 'imply', 'express', 'voice', 'label', 'dub', 'brand', 'blame', 'counter', 'object',
  'protest', 'slam', 'mock', 'deride', 'chide', 'rebuke', 'assail', 'lambast', 'speculate', 'disclose', 'recount',
  'recognize', 'recognise', 'clarify', 'specify', 'detail', 'outline', 'confess', 'portray', 'liken', 'characterize',
  'regret', 'apologize', 'apologise', 'insist', 'refuse', 'decline', 'recommend', 'advise', 'propose', 'exclude',
  'rule out',
]);
family('commitment', ['reaffirm', 'pledge', 'vow', 'commit', 'swear', 'guarantee', 'undertake', 'offer']);
family('promise', ['promise', 'assure']);
family('demand', ['demand', 'urge', 'request', 'appeal', 'press', 'plead', 'implore']);
family('agreement', ['agree', 'sign', 'accept', 'endorse']);
family('denial', ['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebuff']);
family('warning', ['warn', 'threaten', 'caution']);
family('decision', ['decide', 'choose', 'order', 'rule', 'resolve', 'elect', 'decree']);

/**
 * Acts of an authority: a decision when a government, a parliament, a regulator or a bank does them ("Madrid
 * approves water transfer", "Regulator blocks telecom merger", "the central bank raised its rate"), nothing when
 * tractors block a street.
 */
export const AUTHORITY_ACTS = new Set([
  'approve', 'ban', 'block', 'seize', 'suspend', 'freeze', 'impose', 'lift', 'adopt', 'cap', 'veto', 'authorize',
  'authorise', 'set', 'raise', 'cut', 'lower', 'hike', 'pass', 'outlaw', 'halt', 'scrap', 'extend', 'sanction', 'expel',
]);

/**
 * Acts of a court or a regulator ("the court cleared the merger", "the appeals court overturned the ban", "the
 * watchdog fined Telkor"): decisions when a judicial or regulatory body does them, nothing otherwise (police clear
 * a square, a striker clears the ball).
 */
export const JUDICIAL_ACTS = new Set(['clear', 'overturn', 'uphold', 'quash', 'annul', 'reverse', 'fine', 'acquit', 'convict', 'sentence', 'dissolve']);

/** Claim type of a cue lemma, or null when the verb makes no claim. */
export function claimTypeOf(lemma: string): ClaimType | null {
  if (AUTHORITY_ACTS.has(lemma) || JUDICIAL_ACTS.has(lemma)) return 'decision';
  return BY_LEMMA[lemma] ?? null;
}

/** Cue lemmas that make a claim negative by themselves: "refused to rule out", "declined to comment". */
export const NEGATIVE_LEMMAS = new Set(['refuse', 'decline']);

const MAY_PROMISE_WORK = /w(?:ill|ould)\s/i;

/**
 * Types that depend on more than the lemma: "call" is a demand only as "call for" / "call on" ("called him a liar"
 * is a statement) and a decision when an election is called; "ask" is a demand when it asks for something or
 * someone to act, a question (statement) when followed by if / whether / what; "announce" a decree or a ban is a
 * decision; a statement of what someone "will work to" do is a commitment.
 */
export function refineType(type: ClaimType, lemma: string, cueText: string, object: string): ClaimType {
  if (lemma === 'call') {
    if (/\b(?:for|on|upon)\b/i.test(cueText)) return 'demand';
    if (/^(?:an?|the)\s+(?:(?:snap|early|general|new|fresh|national)\s+)*(?:election|elections|referendum|vote|strike|ceasefire)\b/i.test(object)) return 'decision';
    return 'statement';
  }
  if (lemma === 'ask') return /^(?:if|whether|what|who|why|how|when|where|which)\b/i.test(object) ? 'statement' : 'demand';
  if ((lemma === 'announce' || lemma === 'declare' || lemma === 'impose') && /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:decree|ban|moratorium|embargo|sanctions?|curfew|state of (?:emergency|disaster|siege|alert)|martial law|lockdown)\b/iu.test(object)) return 'decision';
  if (lemma === 'declare' && /^(?:martial law|war|independence|a national day|(?:a\s+)?(?:national\s+)?(?:day|days) of mourning)\b/i.test(object)) return 'decision';
  // The pattern tries up to six words at the start of every statement; "will"/"would" and a space must occur in it
  // for it to match (no other letters fold to theirs), and most objects hold neither.
  if (type === 'statement' && MAY_PROMISE_WORK.test(object) && /^(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,6}(?:will|would)\s+(?:work|strive|continue to work)\s+to\b/iu.test(object))
    return 'commitment';
  return type;
}
