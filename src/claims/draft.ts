/**
 * A claim before its object text, type refinement, polarity and the places, quantities and times of its evidence
 * are worked out: what the quote-based and the verb-based finders both produce.
 */
import type { ClaimType, Doc, Span } from '../model/doc.js';
import type { Speaker } from './speaker.js';

export interface Draft {
  speaker: Speaker | null;
  lemma: string;
  type: ClaimType;
  /** Content spans, in text order. */
  parts: Span[];
  cue: Span | null;
  /** Words of the act itself, for negation and modals ("did not say", "would never promise"). */
  actWindow: string;
  quote?: number;
  /** Negated by its speaker phrase ("Neither side agreed"). */
  negative?: boolean;
  /** The content holds quotation marks: the speaker's own words. */
  quoted?: boolean;
}

/** Words heading a speaker that make it an authority able to decide. */
const AUTHORITY_NOUNS = /\b(?:government|parliament|regulator|authority|authorities|bank|court|commission|council|cabinet|ministry|congress|senate|assembly|administration|agency|watchdog|committee|board|state|police|coast guard|president|minister|chancellor|mayor|governor|judge|kremlin)$/i;

/** Words naming a court or a regulator, whose clearing, overturning or fining is a decision. */
const JUDICIAL_WORDS = /\b(?:court|courts|judge|judges|tribunal|justices?|regulator|regulators|authority|watchdog|commission|ombudsman|prosecutors?|jury)\b/i;

/** Is this speaker a court or a regulator (by its words, its entity's name, or the words that describe it)? */
export function isJudicial(doc: Doc, speaker: Speaker | null): boolean {
  if (!speaker) return false;
  if (JUDICIAL_WORDS.test(speaker.text)) return true;
  if (speaker.entity === null) return false;
  const e = doc.entities[speaker.entity];
  if (JUDICIAL_WORDS.test(e.canonical)) return true;
  // "the competition authority UOKiK": the words before a mention of the entity describe it.
  return doc.mentions.some((m) => m.entity === speaker.entity && JUDICIAL_WORDS.test(doc.text.slice(Math.max(0, m.start - 40), m.start).split(/[,.;]/).pop() ?? ''));
}

/** Can this speaker decide: a country, a city standing for its government, an organisation, an office holder? */
export function isAuthority(doc: Doc, speaker: Speaker | null): boolean {
  if (!speaker) return false;
  if (speaker.entity !== null) {
    const e = doc.entities[speaker.entity];
    return e.type !== 'PERSON' || e.roles.length > 0;
  }
  return AUTHORITY_NOUNS.test(speaker.text.trim());
}
