import { GAZ_CLASSES, type Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';
import { AFFIXES, FLAG_ALL_CAPS, FLAG_HAS_LETTER, FLAG_INIT_CAP, posHash, posId, vocab } from './vocab.js';
import type { NerTokens } from './tokens.js';

/**
 * Per-token values hashed once per document; features are then integer mixes of a template id and these values.
 * Document-level facts (how a word is written elsewhere in the article, headline sentences) are computed here too.
 */
export interface DocContext {
  tokens: NerTokens;
  /** Vocabulary id of each token's surface (see vocab.ts), valid for `vocabGeneration`. */
  wordId: Int32Array;
  vocabGeneration: number;
  /** Small id of each token's POS tag. */
  posId: Uint16Array;
  /** Lower-cased surface per token (gazetteer matching needs the strings). */
  words: string[];
  /** Vocabulary id of each token's lower-cased surface (Vocab.lowerId): the key of the document memory. */
  lowerId: Int32Array;
  lower: Uint32Array;
  raw: Uint32Array;
  shape: Uint32Array;
  /** Shape with runs collapsed: "Xx", "X.X.", "d-d". */
  short: Uint32Array;
  pos: Uint32Array;
  flags: Uint16Array;
  /** Prefix and suffix hashes of length 1..4, 4 per token (0 when the word is shorter). */
  prefix: Uint32Array;
  suffix: Uint32Array;
  gazMask: Uint16Array;
  gazPos: Uint8Array;
  /** How the same word is written in ordinary (not first, not headline) positions of the document: bit 1 capitalized, bit 2 lower-case. */
  docCase: Uint8Array;
  /** Per sentence: HEADLINE_CAPS when written in capitals (headlines, sports tables), HEADLINE_TITLE for a Title Case headline, else 0. */
  headline: Uint8Array;
}

export const HEADLINE_CAPS = 1;
export const HEADLINE_TITLE = 2;

/** Words of four letters or more that Title Case leaves lower-case. */
const SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'upon', 'amid', 'after', 'about', 'under', 'while']);

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * How each lower-cased word is written in the document being built (bits as in `docCase`), by lower id; zero again
 * once the document is done. One table for the process instead of a Map per document.
 */
let caseBits = new Uint8Array(1024);

export function buildDocContext(tokens: NerTokens, gazetteer: Gazetteer): DocContext {
  const n = tokens.start.length;
  const text = tokens.text;
  const words = new Array<string>(n);
  const wordId = new Int32Array(n);
  const lowerId = new Int32Array(n);
  const posIds = new Uint16Array(n);
  const lower = new Uint32Array(n);
  const raw = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const short = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const flags = new Uint16Array(n);
  const prefix = new Uint32Array(n * AFFIXES);
  const suffix = new Uint32Array(n * AFFIXES);
  vocab.trim();
  for (let i = 0; i < n; i++) {
    const id = vocab.idAt(text, tokens.start[i], tokens.end[i]);
    wordId[i] = id;
    lowerId[i] = vocab.lowerId[id];
    words[i] = vocab.lowerWord[id];
    lower[i] = vocab.lower[id];
    raw[i] = vocab.raw[id];
    shape[i] = vocab.shape[id];
    short[i] = vocab.short[id];
    flags[i] = vocab.flags[id];
    const p = posId(tokens.pos[i] ?? '');
    posIds[i] = p;
    pos[i] = posHash(p);
    for (let k = 0; k < AFFIXES; k++) {
      prefix[i * AFFIXES + k] = vocab.prefix[id * AFFIXES + k];
      suffix[i * AFFIXES + k] = vocab.suffix[id * AFFIXES + k];
    }
  }

  const sentences = tokens.sentStart.length;
  const headline = new Uint8Array(sentences);
  const gazMask = new Uint16Array(n);
  const gazPos = new Uint8Array(n);
  if (caseBits.length < vocab.lowerCount) caseBits = new Uint8Array(vocab.lowerCount * 2);
  const caseOf = caseBits;
  const noteCase = (a: number, b: number): void => {
    for (let i = a + 1; i < b; i++) {
      if ((flags[i] & FLAG_HAS_LETTER) === 0) continue;
      caseOf[lowerId[i]] |= (flags[i] & FLAG_INIT_CAP) !== 0 ? 1 : 2;
    }
  };
  const titleCandidates: number[] = [];
  for (let s = 0; s < sentences; s++) {
    const a = tokens.sentStart[s];
    const b = tokens.sentEnd[s];
    let lettered = 0;
    let caps = 0;
    let longCapped = 0;
    let longLower = 0;
    for (let i = a; i < b; i++) {
      if ((flags[i] & FLAG_HAS_LETTER) === 0) continue;
      lettered++;
      if ((flags[i] & FLAG_ALL_CAPS) !== 0) caps++;
      if (words[i].length >= 4 && !SMALL_WORDS.has(words[i])) {
        if ((flags[i] & FLAG_INIT_CAP) !== 0) longCapped++;
        else longLower++;
      }
    }
    gazetteer.match(words, a, b, gazMask, gazPos, lowerId, vocab.generation);
    if (lettered > 0 && caps / lettered >= 0.6) headline[s] = HEADLINE_CAPS;
    else if (longCapped >= 3 && longLower === 0) titleCandidates.push(s);
    else noteCase(a, b);
  }
  // A Title Case line is a headline when some of its words are written lower-case elsewhere in the article;
  // otherwise it is an ordinary sentence full of names ("Barack Obama, Hillary Clinton and Donald Trump met").
  for (const s of titleCandidates) {
    const a = tokens.sentStart[s];
    const b = tokens.sentEnd[s];
    let lowerElsewhere = false;
    for (let i = a; i < b && !lowerElsewhere; i++) lowerElsewhere = words[i].length >= 4 && (caseOf[lowerId[i]] & 2) !== 0;
    if (lowerElsewhere) headline[s] = HEADLINE_TITLE;
  }
  for (const s of titleCandidates) if (headline[s] === 0) noteCase(tokens.sentStart[s], tokens.sentEnd[s]);
  const docCase = new Uint8Array(n);
  for (let i = 0; i < n; i++) docCase[i] = caseOf[lowerId[i]];
  for (let i = 0; i < n; i++) caseOf[lowerId[i]] = 0;

  return { tokens, wordId, vocabGeneration: vocab.generation, posId: posIds, words, lowerId, lower, raw, shape, short, pos, flags, prefix, suffix, gazMask, gazPos, docCase, headline };
}

/** Hashed feature ids per token of one sentence: token k's are `ids[offsets[k] .. offsets[k + 1])`. */
export class FeatureBuffer {
  ids = new Int32Array(4096);
  offsets = new Int32Array(257);
  count = 0;

  reset(tokens: number): void {
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(tokens * 2 + 1);
    this.count = 0;
    this.offsets[0] = 0;
  }

  push(id: number): void {
    if (this.count === this.ids.length) this.reserve(1);
    this.ids[this.count++] = id;
  }

  /** Makes room for `more` ids after the current ones. */
  reserve(more: number): void {
    if (this.count + more <= this.ids.length) return;
    const grown = new Int32Array(Math.max(this.ids.length * 2, this.count + more));
    grown.set(this.ids.subarray(0, this.count));
    this.ids = grown;
  }
}

/** What earlier sentences of the document said a word was: lower id (DocContext.lowerId) → NER type index + 1. */
export type DocMemory = Map<number, number>;

// Template ids: any distinct constants; changing one changes every hash, so a model must be retrained.
const enum Tpl {
  Bias = 1,
  Word,
  Raw,
  Prefix,
  Suffix,
  Shape,
  Short,
  Flags,
  WordM1,
  WordP1,
  WordM2,
  WordP2,
  ShortM1,
  ShortP1,
  Short3,
  WordM1Word,
  WordWordP1,
  Pos,
  PosM1,
  PosP1,
  Pos3,
  FirstShort,
  HeadlineWord,
  HeadlineShort,
  Gaz,
  GazM1,
  GazP1,
  DocCase,
  DocCaseFirst,
  Memory,
  MemoryShort,
  MemoryM1,
  MemoryP1,
  WordM1Short,
  ShortWordP1,
  SuffixM1,
  GazShort,
  WordM2M1,
  WordP1P2,
  SuffixP1,
  ShortM2,
  ShortP2,
  GazWordM1,
  PrefixShort,
  TitleDocCase,
  CapRun,
  CapRunWord,
}

/** Per token of the sentence being featurized: its type in the document memory (0 none). */
let memoryOf = new Uint8Array(256);

/**
 * Where a token stands relative to the tagged token: itself, or its neighbour one or two to the left or right.
 * A token's features in these slots depend on its surface and POS alone (see `slotFeatures`), so their scores can
 * be summed once per word and reused; everything else is `contextFeatures`.
 */
export const SLOT_SELF = 0;
export const SLOT_LEFT1 = 1;
export const SLOT_RIGHT1 = 2;
export const SLOT_LEFT2 = 3;
export const SLOT_RIGHT2 = 4;
export const SLOTS = 5;

/**
 * Features that token `j` gives the tagged token from `slot`; `j` -1 is the sentence boundary on that side. They
 * read only j's own values (word, surface, affixes, shapes, flags, POS), never its neighbours or the document.
 */
export function slotFeatures(ctx: DocContext, j: number, slot: number, mask: number, buf: FeatureBuffer): void {
  const add = (tpl: number, v: number): void => buf.push(mix(tpl, v) & mask);
  const add2 = (tpl: number, v1: number, v2: number): void => buf.push(mix(mix(tpl, v1), v2) & mask);
  if (slot === SLOT_SELF) {
    add(Tpl.Bias, 0);
    add(Tpl.Word, ctx.lower[j]);
    add(Tpl.Raw, ctx.raw[j]);
    for (let k = 0; k < AFFIXES; k++) {
      const p = ctx.prefix[j * AFFIXES + k];
      if (p === 0) break;
      add2(Tpl.Prefix, k, p);
      add2(Tpl.Suffix, k, ctx.suffix[j * AFFIXES + k]);
    }
    add(Tpl.Shape, ctx.shape[j]);
    add(Tpl.Short, ctx.short[j]);
    add(Tpl.Flags, ctx.flags[j]);
    if (ctx.prefix[j * AFFIXES + 2] !== 0) add2(Tpl.PrefixShort, ctx.prefix[j * AFFIXES + 2], ctx.short[j]);
    add(Tpl.Pos, ctx.pos[j]);
    return;
  }
  const left = slot === SLOT_LEFT1 || slot === SLOT_LEFT2;
  const edge = left ? BOS : EOS;
  const lower = j < 0 ? edge : ctx.lower[j];
  const short = j < 0 ? edge : ctx.short[j];
  if (slot === SLOT_LEFT2 || slot === SLOT_RIGHT2) {
    add(left ? Tpl.WordM2 : Tpl.WordP2, lower);
    add(left ? Tpl.ShortM2 : Tpl.ShortP2, short);
    return;
  }
  const suffix = j >= 0 && ctx.suffix[j * AFFIXES + 2] !== 0 ? ctx.suffix[j * AFFIXES + 2] : edge;
  add(left ? Tpl.WordM1 : Tpl.WordP1, lower);
  add(left ? Tpl.ShortM1 : Tpl.ShortP1, short);
  add(left ? Tpl.SuffixM1 : Tpl.SuffixP1, suffix);
  add(left ? Tpl.PosM1 : Tpl.PosP1, j < 0 ? edge : ctx.pos[j]);
}

/**
 * Features of sentence `s` into `buf`, hashed into a table of `1 << bits` rows. Returns the token count.
 * `memory` holds the types predicted for words in earlier sentences of the document. With `withSlots` false only
 * the context features are written: the caller adds the slot features' scores itself (see `SlotScores`).
 */
export function sentenceFeatures(ctx: DocContext, s: number, memory: DocMemory, bits: number, buf: FeatureBuffer, withSlots = true): number {
  const a = ctx.tokens.sentStart[s];
  const b = ctx.tokens.sentEnd[s];
  const n = b - a;
  const mask = (1 << bits) - 1;
  const flags = ctx.flags;
  buf.reset(n);
  // what the memory says of each token, looked up once (each token also reads its neighbours')
  if (memoryOf.length < n) memoryOf = new Uint8Array(n * 2);
  for (let i = a; i < b; i++) memoryOf[i - a] = memory.get(ctx.lowerId[i]) ?? 0;
  // Runs of capitalized tokens ("European Commission", "Loyola de Palacio" is two runs), for contextFeatures.
  let runStart = a;
  let runEnd = a;
  for (let i = a; i < b; i++) {
    if (i >= runEnd) {
      runStart = i;
      runEnd = i;
      if ((flags[i] & FLAG_INIT_CAP) !== 0) while (runEnd < b && (flags[runEnd] & FLAG_INIT_CAP) !== 0) runEnd++;
      else runEnd = i + 1;
    }
    if (withSlots) {
      slotFeatures(ctx, i, SLOT_SELF, mask, buf);
      slotFeatures(ctx, i - 1 >= a ? i - 1 : -1, SLOT_LEFT1, mask, buf);
      slotFeatures(ctx, i + 1 < b ? i + 1 : -1, SLOT_RIGHT1, mask, buf);
      slotFeatures(ctx, i - 2 >= a ? i - 2 : -1, SLOT_LEFT2, mask, buf);
      slotFeatures(ctx, i + 2 < b ? i + 2 : -1, SLOT_RIGHT2, mask, buf);
    }
    buf.reserve(MAX_CONTEXT_FEATURES);
    contextFeatures(ctx, s, i, runStart, runEnd, memoryOf, mask, buf);
    buf.offsets[i - a + 1] = buf.count;
  }
  return n;
}

/** Most context features one token can have (contextFeatures: 11 gazetteer classes and 25 others at most). */
const MAX_CONTEXT_FEATURES = 40;

/** Feature id of template `tpl` over one value, or over two in order. */
function id1(tpl: number, v: number, mask: number): number {
  return mix(tpl, v) & mask;
}
function id2(tpl: number, v1: number, v2: number, mask: number): number {
  return mix3(tpl, v1, v2) & mask;
}

/**
 * The features of token `i` of sentence `s` that read its neighbours together, the document or the memory. Written
 * straight into `buf.ids` (room made once per sentence) with module-level hash helpers: closures made per token for
 * adding a feature and reading a neighbour cost a fifth of the tagger's feature time.
 */
function contextFeatures(ctx: DocContext, s: number, i: number, runStart: number, runEnd: number, memoryOf: Uint8Array, mask: number, buf: FeatureBuffer): void {
  const a = ctx.tokens.sentStart[s];
  const b = ctx.tokens.sentEnd[s];
  const hl = ctx.headline[s];
  const { lower, short, pos, flags, gazMask, gazPos, docCase } = ctx;
  const ids = buf.ids;
  let c = buf.count;
  const f = flags[i];

  // Where a token sits in its run of capitalized tokens and how long the run is: evidence for name boundaries that
  // the word features lack for unseen names.
  if ((f & FLAG_INIT_CAP) !== 0 && !hl) {
    const len = runEnd - runStart;
    const place = len === 1 ? 4 : i === runStart ? 1 : i === runEnd - 1 ? 3 : 2;
    ids[c++] = id2(Tpl.CapRun, place, Math.min(len, 5) + (i === a ? 8 : 0), mask);
    ids[c++] = id2(Tpl.CapRunWord, place, lower[i], mask);
  }
  // neighbours, the sentence boundary standing in for missing ones
  const wm2 = i - 2 >= a ? lower[i - 2] : BOS;
  const wm1 = i - 1 >= a ? lower[i - 1] : BOS;
  const wp1 = i + 1 < b ? lower[i + 1] : EOS;
  const wp2 = i + 2 < b ? lower[i + 2] : EOS;
  const sm1 = i - 1 >= a ? short[i - 1] : BOS;
  const sp1 = i + 1 < b ? short[i + 1] : EOS;
  const pm1 = i - 1 >= a ? pos[i - 1] : BOS;
  const pp1 = i + 1 < b ? pos[i + 1] : EOS;
  ids[c++] = id2(Tpl.Short3, mix(sm1, short[i]), sp1, mask);
  ids[c++] = id2(Tpl.WordM1Word, wm1, lower[i], mask);
  ids[c++] = id2(Tpl.WordWordP1, lower[i], wp1, mask);
  ids[c++] = id2(Tpl.WordM1Short, wm1, short[i], mask);
  ids[c++] = id2(Tpl.ShortWordP1, short[i], wp1, mask);
  ids[c++] = id2(Tpl.WordM2M1, wm2, wm1, mask);
  ids[c++] = id2(Tpl.WordP1P2, wp1, wp2, mask);
  ids[c++] = id2(Tpl.Pos3, mix(pm1, pos[i]), pp1, mask);
  if (i === a) ids[c++] = id1(Tpl.FirstShort, short[i], mask);
  if (hl) {
    ids[c++] = id2(Tpl.HeadlineWord, hl, lower[i], mask);
    ids[c++] = id2(Tpl.HeadlineShort, hl, short[i], mask);
  }
  const g = gazMask[i];
  if (g !== 0) {
    for (let k = 0; k < GAZ_CLASSES.length; k++) if ((g & (1 << k)) !== 0) ids[c++] = id1(Tpl.Gaz, k * 8 + gazPos[i], mask);
    ids[c++] = id2(Tpl.GazShort, g, short[i], mask);
    ids[c++] = id2(Tpl.GazWordM1, g, wm1, mask);
  }
  ids[c++] = id1(Tpl.GazM1, i > a ? gazMask[i - 1] : 0xffff, mask);
  ids[c++] = id1(Tpl.GazP1, i + 1 < b ? gazMask[i + 1] : 0xffff, mask);
  if ((f & FLAG_HAS_LETTER) !== 0) {
    const caseBits = f & (FLAG_INIT_CAP | FLAG_ALL_CAPS);
    ids[c++] = id2(Tpl.DocCase, docCase[i], caseBits, mask);
    if (i === a || hl) ids[c++] = id2(Tpl.DocCaseFirst, docCase[i], hl * 2 + (i === a ? 1 : 0), mask);
    if (hl === HEADLINE_TITLE) ids[c++] = id2(Tpl.TitleDocCase, docCase[i], short[i], mask);
  }
  const m = memoryOf[i - a];
  if (m !== 0) {
    ids[c++] = id1(Tpl.Memory, m, mask);
    ids[c++] = id2(Tpl.MemoryShort, m, short[i], mask);
  }
  ids[c++] = id1(Tpl.MemoryM1, i - 1 >= a ? memoryOf[i - 1 - a] : 0, mask);
  ids[c++] = id1(Tpl.MemoryP1, i + 1 < b ? memoryOf[i + 1 - a] : 0, mask);
  buf.count = c;
}
