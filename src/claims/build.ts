/**
 * Claims from quotes: one claim per statement (the content spans of one cue are one statement: "“A,” he said,
 * “B.”"), typed by the cue's family, with polarity, modality and the places, quantities and times of its sentences.
 */
import type { Claim, Doc, Quote, Span } from '../model/doc.js';
import { AUTHORITY_ACTS, claimTypeOf, JUDICIAL_ACTS, NEGATIVE_LEMMAS, refineType } from './types.js';
import { firstModal, isNegated, ownClauseOfSpaced } from './modality.js';
import { tokenAt, type Unit } from '../quotes/units.js';
import { speakerBefore } from '../quotes/speaker.js';
import { contextOf, isHeadline, type ClaimContext } from './context.js';
import { claimSpeakers, conjunctBefore, conjuncts, subjectSpeaker, type Speaker } from './speaker.js';
import { actDrafts } from './acts.js';
import { isAuthority, isJudicial, type Draft } from './draft.js';
import { inside, placesWithin, within } from './within.js';
import { cutCircumstance, cutContent, gappedParty, mainClauseContent, nearerCue, skipLeadingAdverbials, stripMarks, withHeadNoun } from './object.js';

/** The sentences holding a span, as one evidence span (start of the first, end of the last). */
function evidenceOf(units: Unit[], span: Span): Span {
  let start = span.start;
  let end = span.end;
  for (const u of units) {
    if (u.end <= span.start || u.start >= span.end) continue;
    start = Math.min(start, u.start);
    end = Math.max(end, u.end);
  }
  return { start, end };
}

/** From the first to the last of a draft's content, cue and speaker. */
function extentOf(d: Draft): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of [...d.parts, d.cue, d.speaker]) {
    if (!s) continue;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Groups quote indices that share a cue (one statement), keeping text order. */
function statements(quotes: Quote[]): number[][] {
  const groups: number[][] = [];
  const byCue = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (q.kind === 'term') return;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    // A cue-less quote continues the previous statement only through the speaker; it is its own statement.
    if (key && byCue.has(key)) {
      byCue.get(key)!.push(i);
      return;
    }
    const g = [i];
    groups.push(g);
    if (key) byCue.set(key, g);
  });
  return groups;
}

/** Speech verbs whose content is a clause: content without any verb is the verb's adverbial or addressee. */
const SPEECH = new Set(['say', 'tell', 'add', 'write', 'state', 'note', 'explain', 'announce']);
/** Verbs that report a count when their object is a number ("reported 30,000 cases", "recorded 1,200 violations"). */
const COUNTING = new Set(['report', 'record', 'register', 'count', 'post', 'confirm', 'log']);

/** ", followed by X with N" at the end of a reported count: the part before it, and X's own count. */
function followedBy(doc: Doc, part: Span): { before: Span; speaker: Speaker; count: Span } | null {
  const m = /,\s*followed by\s+(.+?)\s+with\s+(.+?)[\s.,;]*$/u.exec(doc.text.slice(part.start, part.end));
  if (!m) return null;
  const subjectStart = part.start + m.index + m[0].indexOf(m[1]);
  const countStart = part.start + m.index + m[0].lastIndexOf(m[2]);
  return {
    before: { start: part.start, end: part.start + m.index },
    speaker: subjectSpeaker(doc, { start: subjectStart, end: subjectStart + m[1].length }),
    count: { start: countStart, end: countStart + m[2].length },
  };
}

/** Verbs that can follow what they report ("..., the minister said", "..., grid operator Nordgrid estimated"). */
const POSTPOSED = new Set([
  'say', 'tell', 'add', 'write', 'announce', 'report', 'estimate', 'claim', 'state', 'note', 'explain', 'insist',
  'stress', 'argue', 'acknowledge', 'admit', 'confirm', 'declare', 'predict', 'reply', 'respond', 'answer', 'recall',
  'observe', 'conclude', 'concede', 'accord', 'suggest', 'allege', 'contend', 'maintain', 'warn',
  'complain', 'joke', 'remark', 'comment', 'tweet', 'post', 'boast', 'emphasize', 'emphasise', 'reveal', 'show',
  'indicate', 'forecast', 'assert', 'reiterate', 'repeat', 'caution',
]);
function hasVerb(doc: Doc, span: Span): boolean {
  let i = tokenAt(doc, span.start);
  if (i < 0) return true; // no tokens (a hand-made doc): do not judge
  for (; i < doc.tokens.start.length && doc.tokens.start[i] < span.end; i++) {
    if (doc.tokens.pos[i] === 'VERB' || doc.tokens.pos[i] === 'AUX') return true;
  }
  return false;
}

export function claimsFromQuotes(doc: Doc): Claim[] {
  const ctx = contextOf(doc);
  const speakers = claimSpeakers(doc, ctx.units, ctx.sentenceOf);
  const drafts: Draft[] = [];
  const cuesTaken = new Set<number>();
  for (const q of doc.quotes) if (q.cue) cuesTaken.add(q.cue.start);
  for (const group of statements(doc.quotes)) statementDrafts(doc, ctx, group, speakers, cuesTaken, drafts);
  drafts.push(...actDrafts(doc, ctx.units, takenByStatements(drafts)));
  addParties(doc, ctx, drafts);
  const claims: Claim[] = [];
  for (const d of drafts) {
    const claim = claimOf(doc, ctx.units, d);
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * The drafts of one statement (the quote indices of one cue): its own, and those of a second party ("Germany pledged
 * €25 million and Britain another £10 million"), a second verb ("welcomed the help but accused ...") or a second
 * count ("followed by Kazakhstan with 28,000") inside its content. Pushed onto `drafts`; `cuesTaken` gains the
 * second verbs.
 */
function statementDrafts(doc: Doc, ctx: ClaimContext, group: number[], speakers: Array<Speaker | null>, cuesTaken: Set<number>, drafts: Draft[]): void {
  const text = doc.text;
  const { units, sentenceOf } = ctx;
  const first = doc.quotes[group[0]];
  let lemma = first.cue?.lemma ?? 'say';
  let cue: Span | null = first.cue;
  const nearer = cue ? nearerCue(doc, cue, first.start) : null;
  if (nearer) ({ span: cue, lemma } = nearer);
  const family = claimTypeOf(lemma);
  if (family === null) return; // "seeks to coordinate", "experienced the brutality": no act of saying
  // "Peru rejects mining levy, says investors need stability": read as a clause said by "investors need stability",
  // it is Peru that says the words after the verb.
  const inverted = group.length === 1 ? clauseAfterCue(doc, first) : null;
  if (inverted) {
    drafts.push({ speaker: inverted.speaker, lemma, type: family, parts: [inverted.content], cue, actWindow: '', quote: group[0] });
    return;
  }
  const speaker = speakers[group[0]];
  const others = doc.quotes.filter((_, i) => !group.includes(i) && doc.quotes[i].kind !== 'term');
  const parts: Span[] = [];
  const relative = /^\s*who\s*$/i.test(first.speaker?.text ?? '');
  const indirect = group.every((i) => doc.quotes[i].kind === 'indirect');
  for (const i of group) {
    let content: Span = cue ? withHeadNoun(doc, cue, doc.quotes[i]) : doc.quotes[i];
    if (relative) content = mainClauseContent(doc, content) ?? content;
    const cut = cutContent(doc, skipLeadingAdverbials(doc, content), others);
    const unit = units[sentenceOf(cut.span.start)];
    if (indirect && cut.span.end > cut.span.start) cut.span = cutCircumstance(doc, cut.span, !!unit && isHeadline(doc, unit), lemma);
    // "Germany pledged €25 million and Britain another £10 million": the second party's own claim.
    const gap = cut.span.end > cut.span.start ? gappedParty(doc, cut.span) : null;
    if (gap) {
      cut.span = gap.own;
      drafts.push({ speaker: subjectSpeaker(doc, gap.party), lemma, type: family, parts: [gap.other], cue, actWindow: '', quote: i });
    }
    if (cut.span.end > cut.span.start) parts.push(cut.span);
    // "welcomed the help but accused Madrid of acting too late": the second verb is a claim of its own.
    const second = cut.second;
    if (second && !cuesTaken.has(second.verb.start) && second.content.end > second.content.start) {
      cuesTaken.add(second.verb.start);
      const own = second.subject ? subjectSpeaker(doc, second.subject) : speaker;
      drafts.push({ speaker: own, lemma: second.lemma, type: claimTypeOf(second.lemma)!, parts: [second.content], cue: second.verb, actWindow: '', quote: i });
    }
  }
  if (parts.length === 0) return;
  // "Romania reported the most cases, about 30,000, followed by Kazakhstan with 28,000": two counts, two speakers.
  const ranked = COUNTING.has(lemma) ? followedBy(doc, parts[parts.length - 1]) : null;
  if (ranked) {
    parts[parts.length - 1] = ranked.before;
    drafts.push({ speaker: ranked.speaker, lemma, type: family, parts: [ranked.count], cue, actWindow: '', quote: group[0] });
  }
  // Content before its verb is a report's ("..., Defence Minister says"); before "vows", "calls for" or "declined"
  // it is another clause the quote finder took for content ("Regulator blocks telecom merger, companies vow to
  // appeal", "Polkom, which has 11 million customers, declined to comment").
  if (cue && indirect && !POSTPOSED.has(lemma) && parts.every((p) => p.end <= cue.start)) return;
  // "said in a joint report on Thursday", "told reporters in Nairobi": an adverbial or an addressee, no content.
  if (indirect && SPEECH.has(lemma) && (!parts.some((p) => hasVerb(doc, p)) || /^(?:on|in|at|with|during|after|before|from)\b/i.test(text.slice(parts[0].start, parts[0].end)))) return;
  if (AUTHORITY_ACTS.has(lemma) && !isAuthority(doc, speaker)) return; // tractors blocking a street decide nothing
  if (JUDICIAL_ACTS.has(lemma) && !isJudicial(doc, speaker)) return; // police clearing a square decide nothing
  // "his decision was overturned by an appeals court": a passive's subject is what the act was done to.
  if (family === 'decision' && cue && (/\b(?:was|were|is|are|been|be|being)\s*$/i.test(text.slice(Math.max(0, cue.start - 12), cue.start)) || /^by\b/i.test(text.slice(parts[0].start, parts[0].start + 3)))) return;
  const contentStart = Math.min(...group.map((i) => doc.quotes[i].start));
  const actWindow = cue ? actWindowOf(doc, ctx, first, cue, contentStart) : '';
  drafts.push({ speaker, lemma, type: family, parts, cue, actWindow, quote: group[0], quoted: !indirect });
}

/** Words of the act itself: between the speaker and the content ("did not say", "would never promise"). */
function actWindowOf(doc: Doc, ctx: ClaimContext, first: Quote, cue: Span, contentStart: number): string {
  const text = doc.text;
  const sentence = ctx.units[ctx.sentenceOf(cue.start)];
  const from = first.speaker && first.speaker.end <= cue.start ? first.speaker.end : Math.max(sentence?.start ?? 0, cue.start - 20);
  const to = cue.end <= contentStart ? contentStart : cue.end;
  const actWindow = text.slice(Math.min(from, cue.start), Math.max(to, cue.end));
  // "said the government would not raise prices and promised ...": only the words of this verb's own clause.
  const before = text.slice(Math.min(from, cue.start), cue.start);
  const clause = lastMatch(CLAUSE_JOIN, before);
  return clause ? actWindow.slice(clause.index + clause[0].length) : actWindow;
}

/**
 * What the verb-based finder leaves alone: the cues of the statements, and their contents. Acts inside what someone
 * is said to have said are theirs, not the article's, except in a report the source follows ("The Czech government
 * decided ..., the minister announced"), which the article relays as an event.
 */
function takenByStatements(drafts: Draft[]): { cues: Set<number>; spans: Span[] } {
  const reported: Span[] = [];
  const cues = new Set<number>();
  for (const d of drafts) {
    for (const p of d.parts) if (!d.cue || p.start >= d.cue.end || d.quoted) reported.push(p);
    if (d.cue) cues.add(d.cue.start);
  }
  return { cues, spans: reported };
}

/**
 * "Nikos Petridis and his Turkish counterpart Kemal Aydın agreed", "Romania and Moldova sign": one claim for each
 * party, whether the speaker phrase holds both or only the last. Drafts of the later parties are pushed onto `drafts`.
 */
function addParties(doc: Doc, ctx: ClaimContext, drafts: Draft[]): void {
  for (const d of [...drafts]) {
    if (!d.speaker) continue;
    // "Neither side agreed to ...": a negative claim by each of the two parties named before.
    if (NEITHER.test(d.speaker.text)) {
      d.negative = true;
      const pair = pairBefore(doc, d.speaker.start);
      if (pair) {
        d.speaker = pair[0];
        drafts.push({ ...d, speaker: pair[1] });
      }
      continue;
    }
    const parties = conjuncts(doc, d.speaker);
    if (parties.length > 1) {
      d.speaker = parties[0];
      for (const p of parties.slice(1)) drafts.push({ ...d, speaker: p });
      continue;
    }
    if (!d.cue || d.speaker.end > d.cue.start) continue;
    const unit = ctx.units[ctx.sentenceOf(d.speaker.start)];
    const other = unit ? conjunctBefore(doc, unit, d.speaker) : null;
    if (other) drafts.push({ ...d, speaker: other });
  }
}

/** The claim of a draft: its object, refined type, polarity, modality and what its sentences hold; null without object. */
function claimOf(doc: Doc, units: Unit[], d: Draft): Claim | null {
  const text = doc.text;
  let object = stripMarks(d.parts.map((p) => text.slice(p.start, p.end)).join(' '));
  if (d.lemma === 'warn') object = object.replace(/^of\s+/i, ''); // "warns of tax rises": the warning is about tax rises
  if (!object) return null;
  const bare = object.replace(/^that\s+/i, '');
  let type = refineType(d.type, d.lemma, d.cue ? cueWithParticle(text, d.cue) : '', bare);
  // "Romania reported the most cases, about 30,000": a count reported without a clause is a counted fact.
  if (COUNTING.has(d.lemma) && d.parts.some((p) => doc.quantities.some((q) => inside(p, q))) && !d.parts.some((p) => hasVerb(doc, p))) type = 'quantity';
  const evidence = evidenceOf(units, extentOf(d));
  // The claim's own clause: a condition after it ("could lose the funds if no deal is reached") negates nothing.
  const head = ownClauseOfSpaced(bare);
  const negative = d.negative === true || NEGATIVE_LEMMAS.has(d.lemma) || isNegated(d.actWindow) || /^(?:not|never|no|nobody|nothing|none)\b/i.test(bare) || isNegated(head) || /\b(?:no|nobody|nothing)\b/i.test(head);
  const modality = firstModal(d.actWindow) ?? firstModal(firstWords(bare, 25));
  return {
    start: evidence.start,
    end: evidence.end,
    speaker: d.speaker?.entity ?? null,
    speakerText: d.speaker?.text ?? null,
    predicate: d.lemma,
    type,
    object,
    polarity: negative ? 'negative' : 'positive',
    modality,
    ...(d.quote !== undefined ? { quote: d.quote } : {}),
    places: placesWithin(doc, evidence),
    quantities: within(doc.quantities, evidence),
    times: within(doc.times, evidence),
  };
}

/** What joins two clauses of one subject: the act's own clause starts after the last of them. */
const CLAUSE_JOIN = /,|\band\b|\bbut\b/g;

/**
 * The last match of a global pattern in `s`, or null: what `/(?:P)(?![\s\S]*(?:P))/` finds, without trying the
 * look-ahead over the rest of the text at every match.
 */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

/** The first `n` words of a text whose words are separated by single spaces (as `stripMarks` leaves them). */
function firstWords(s: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = s.indexOf(' ', at + 1);
    if (at < 0) return s;
  }
  return s.slice(0, at);
}

/**
 * A quote read as "<content>, says <speaker>" whose speaker is a clause ("Peru rejects mining levy, says investors
 * need stability"): the verb goes on with the subject of the clause before it, and what it says is that clause
 * (a name needs no verb, a clause does). Null for a true trailing attribution ("..., says Defence Minister").
 */
function clauseAfterCue(doc: Doc, q: Quote): { speaker: Speaker; content: Span } | null {
  const cue = q.cue;
  const said = q.speaker;
  if (!cue || !said || said.start < cue.end || cue.start < q.end || !/^\s*,\s*$/.test(doc.text.slice(q.end, cue.start))) return null;
  if (!hasVerb(doc, said)) return null;
  const ctx = contextOf(doc);
  const words = ctx.wordsIn(q.start, q.end);
  for (let v = 1; v < words.length; v++) {
    const ti = ctx.tokenAt(words[v].start);
    if (ti < 0 || doc.tokens.pos[ti] !== 'VERB') continue;
    const subject = speakerBefore(words, v, 0);
    if (!subject || subject.first !== 0) return null;
    return { speaker: subjectSpeaker(doc, subject), content: { start: said.start, end: said.end } };
  }
  return null;
}

/** A speaker that denies the act of each of two parties ("Neither side", "neither country", "Neither of them"). */
const NEITHER = /^\s*neither\b/i;

/**
 * The two parties a "neither" refers to: the nearest coordinated names before it ("France and Italy met ...",
 * "talks between Ankara and Athens"), looked for back to three sentences before. Null when there is none.
 */
function pairBefore(doc: Doc, at: number): [Speaker, Speaker] | null {
  const { units, sentenceOf } = contextOf(doc);
  const u = sentenceOf(at);
  const from = u >= 0 ? units[Math.max(0, u - 3)].start : 0;
  const names = doc.mentions.filter((m) => m.kind === 'name' && m.entity !== undefined && m.start >= from && m.end <= at);
  for (let k = names.length - 1; k > 0; k--) {
    const a = names[k - 1];
    const b = names[k];
    if (a.entity === b.entity || !/^\s*(?:,\s*)?and\s+(?:the\s+)?$/i.test(doc.text.slice(a.end, b.start))) continue;
    return [subjectSpeaker(doc, a), subjectSpeaker(doc, b)];
  }
  return null;
}

/** The cue with the particle after it ("called" + "for"), which decides between a demand and a statement. */
function cueWithParticle(text: string, cue: Span): string {
  const after = /^\s+(for|on|upon)\b/i.exec(text.slice(cue.end, cue.end + 8));
  return text.slice(cue.start, cue.end) + (after ? ` ${after[1]}` : '');
}
