/**
 * The document model: one `Doc` per article, one layer per stage.
 *
 * Every span is `{start, end}`: half-open UTF-16 offsets into `Doc.text` (the cleaned text that is stored), so
 * `doc.text.slice(start, end)` is the span's surface. `Doc.offsets` maps any text offset back to `Article.raw`.
 * Layers are arrays of plain objects (structured-clone friendly: a Doc crosses a worker boundary cheaply) and refer
 * to each other by index into the other layer's array, never by copying.
 */

/** A half-open character range into `Doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One article as loaded: nothing is changed here, `raw` is the text exactly as read. */
export interface Article {
  /** Stable id: the JSONL `id`, or the file path relative to the ingest root. */
  id: string;
  /** Where it came from: a file path, or `stdin`, or the JSONL `source` field. */
  source: string;
  /** Publication date, ISO `YYYY-MM-DD`; relative dates are resolved against it. */
  published: string | null;
  title: string | null;
  raw: string;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem found while processing, kept on the document (vfile style) rather than thrown or printed. */
export interface Message {
  stage: string;
  severity: Severity;
  text: string;
  /** Position in `Doc.text`, when the message is about a place. */
  start?: number;
  end?: number;
}

/**
 * Maps offsets of the cleaned `text` back to `raw`. `segments` are position-exact runs, sorted by `textStart`:
 * copied from raw, or substituted one character for one (NBSP -> space, ’ -> '). Text characters outside every run
 * were inserted or replaced by `clean` (`&amp;` -> `&`): a span starting there maps to the start of the raw stretch
 * they replaced, a span ending there to its end. See `src/text/offset-map.ts` for the functions that read it.
 */
export interface OffsetMap {
  segments: Array<{ textStart: number; rawStart: number; length: number }>;
  rawLength: number;
  textLength: number;
}

/** A photo-credit or caption line set aside by `clean`: it is in `raw`, not in `text`. */
export interface Credit {
  rawStart: number;
  rawEnd: number;
  text: string;
}

/** Tokens in flat arrays (wink-nlp style): token i spans `start[i]..end[i]` in `Doc.text`. */
export interface TokenTable {
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** Universal POS tag per token (wink-nlp): NOUN, PROPN, VERB, ADP, PUNCT, ... */
  pos: string[];
  /** Lower-cased normal form per token. */
  norm: string[];
  /** Lemma per token (wink-nlp). */
  lemma: string[];
}

export interface Sentence extends Span {
  /** First token index (inclusive) and last (exclusive) in `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** Paragraph index: paragraphs are separated by blank lines or single newlines in news text. */
  paragraph: number;
}

export type EntityType = 'PERSON' | 'PLACE' | 'ORG';

/** name: a proper name; nominal: "the US Secretary of State"; pronoun: "he"; demonym: "Iraqi". */
export type MentionKind = 'name' | 'nominal' | 'pronoun' | 'demonym';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Which recognizer found it (model, gazetteer, pattern, compromise, ...), for error analysis. */
  source: string;
  /** Index into `Doc.entities`, set by `resolve`. */
  entity?: number;
  /** A role or title attached to this mention ("Secretary of State", "Prime Minister"). */
  role?: string;
  /** A place used for its government ("Washington wants ..."): the org sense is noted, the place kept. */
  metonymy?: boolean;
}

/** One real-world thing in the article, made by `resolve`. */
export interface Entity {
  type: EntityType;
  /** The fullest name the article gives ("Anthony Blinken"), or the gazetteer's canonical name ("Iraq"). */
  canonical: string;
  /** Normalization key, unique per type across articles: lower-case, accents folded, e.g. `anthony blinken`, `iq`. */
  key: string;
  aliases: string[];
  roles: string[];
  /** ISO 3166-1 alpha-2 code of a place, or the country of a city. */
  countryCode?: string;
  lat?: number;
  lon?: number;
  /** Indices into `Doc.mentions`. */
  mentions: number[];
}

export type QuantityKind = 'count' | 'money' | 'percent' | 'measure';

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  value: number;
  /** Upper bound of a range ("between 10 and 20"), `value` being the lower one. */
  valueMax?: number;
  /**
   * What is counted, lower-case: the counted noun in its plural form ("troops", "people", "civilians"), copied from
   * the antecedent for elided units ("900 in Syria" -> "troops"); "percent" for percents; the ISO currency code for
   * money ("USD"); a short unit symbol for measures ("km", "kg", "C"). Null when nothing is counted.
   */
  unit: string | null;
  /** ISO 4217 code for money. */
  currency?: string;
  /** about, roughly, at least, more than, nearly, up to, ... as written (lower-case), or null. */
  qualifier: string | null;
  approx: boolean;
  /** Index into `Doc.mentions` of the place it is attached to ("in Iraq"), when there is one. */
  place?: number;
}

export type Granularity = 'day' | 'week' | 'month' | 'year' | 'range' | 'duration' | 'time';

export interface TimeExpression extends Span {
  text: string;
  /** ISO value: 2024-12-08, 2025-09, 2014, `a/b` for a range, `P5Y` for a duration. */
  value: string;
  granularity: Granularity;
  /** True when resolved against the publication date ("last Sunday"). */
  relative: boolean;
}

/** direct: wholly quoted; mixed: partly quoted; indirect: reported speech; term: a scare-quoted name, no statement. */
export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'term';

export interface Quote extends Span {
  /** The content span's surface including its quotation marks, as annotated in PolNeAR. */
  text: string;
  kind: QuoteKind;
  /** The speaker mention span, or null when none is found. */
  speaker: (Span & { text: string; entity?: number }) | null;
  /** The cue: a reporting verb ("said"), or ":" and the like. */
  cue: (Span & { text: string; lemma: string }) | null;
}

export type ClaimType =
  | 'statement'
  | 'commitment'
  | 'promise'
  | 'demand'
  | 'agreement'
  | 'denial'
  | 'warning'
  | 'decision'
  | 'quantity';

export interface Claim extends Span {
  /** Index into `Doc.entities` of the speaker, or null when unresolved. */
  speaker: number | null;
  /** The speaker as written, when there is one. */
  speakerText: string | null;
  /** Lemma of the cue or predicate verb: say, promise, reaffirm, demand, ... */
  predicate: string;
  type: ClaimType;
  /** What is said, promised or counted, without quotation marks. */
  object: string;
  polarity: 'positive' | 'negative';
  /** will, would, may, could, must, should, or null. */
  modality: string | null;
  /** Index into `Doc.quotes` when the claim comes from a quote. */
  quote?: number;
  /** Indices into `Doc.entities` (places), `Doc.quantities` and `Doc.times` inside the claim. */
  places: number[];
  quantities: number[];
  times: number[];
}

export interface Doc {
  article: Article;
  /** Cleaned text: every span points into it. */
  text: string;
  offsets: OffsetMap;
  credits: Credit[];
  messages: Message[];
  sentences: Sentence[];
  tokens: TokenTable;
  mentions: Mention[];
  entities: Entity[];
  quantities: Quantity[];
  times: TimeExpression[];
  quotes: Quote[];
  claims: Claim[];
}

/** The layers a pipeline adds, for code that walks them generically (validation, serialization). */
export const SPAN_LAYERS = ['sentences', 'mentions', 'quantities', 'times', 'quotes', 'claims'] as const;
