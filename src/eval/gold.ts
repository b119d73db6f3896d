/**
 * Gold documents: the types the scorer reads, and the parser that turns one JSON value (our own format, CoNLL or
 * PolNeAR as converted in ../shared/eval) into a checked `GoldDoc`, or a list of problems.
 *
 * Every span is checked against the text (`text.slice(start, end) === span.text`): a gold line whose offsets are wrong
 * would silently score the pipeline against the wrong words, so such a line is rejected as a whole.
 */
import type { ClaimType, EntityType } from '../model/doc.js';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldEntity extends GoldSpan {
  type: EntityType;
  canonical?: string;
}

export interface GoldCoref extends GoldSpan {
  canonical: string;
}

export interface GoldQuantity extends GoldSpan {
  /** Null when the gold marks the span but gives no value: the span is scored, the value is not. */
  value: number | null;
  unit: string | null;
  approx: boolean;
}

export interface GoldDate extends GoldSpan {
  /** Null when the gold gives no normalized value (a vague expression): the span is scored, the value is not. */
  value: string | null;
}

export type GoldQuoteKind = 'direct' | 'mixed' | 'indirect';

/** A quote's speaker: a span in the text (PolNeAR), a canonical name (our corpus), or nobody. */
export type GoldSpeaker = { span: GoldSpan; canonical?: undefined } | { span?: undefined; canonical: string } | null;

export interface GoldQuote extends GoldSpan {
  kind: GoldQuoteKind;
  speaker: GoldSpeaker;
}

export interface GoldClaim {
  speaker: string | null;
  type: ClaimType;
  predicate: string;
  object: string;
  polarity: 'positive' | 'negative';
}

/** One gold document; a layer is present only when the gold file annotates it. */
export interface GoldDoc {
  id: string;
  /** Where it came from, for messages: `file` and 1-based `line` (1 for a whole-file JSON document). */
  file: string;
  line: number;
  text: string;
  published: string | null;
  entities?: GoldEntity[];
  /** Entity spans whose type we do not predict (CoNLL MISC): a prediction on them is neither right nor wrong. */
  ignoredEntities?: GoldSpan[];
  coref?: GoldCoref[];
  quantities?: GoldQuantity[];
  dates?: GoldDate[];
  quotes?: GoldQuote[];
  claims?: GoldClaim[];
}

export const LAYERS = ['entities', 'coref', 'quantities', 'dates', 'quotes', 'claims'] as const;
export type LayerName = (typeof LAYERS)[number];

/** CoNLL tags map onto ours; MISC (nationalities, events, ...) has no counterpart and is left out of scoring. */
const ENTITY_TYPES: Record<string, EntityType | 'MISC'> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  PLACE: 'PLACE',
  LOC: 'PLACE',
  GPE: 'PLACE',
  ORG: 'ORG',
  MISC: 'MISC',
};

const CLAIM_TYPES: ReadonlySet<string> = new Set([
  'statement',
  'commitment',
  'promise',
  'demand',
  'agreement',
  'denial',
  'warning',
  'decision',
  'quantity',
]);

export type ParseResult = { ok: true; doc: GoldDoc } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects problems while reading one document; the first few are enough to fix a line. */
class Checker {
  readonly problems: string[] = [];
  constructor(readonly text: string) {}

  span(v: unknown, where: string): GoldSpan | null {
    if (!isObject(v)) {
      this.problems.push(`${where}: not an object`);
      return null;
    }
    const { start, end, text } = v;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      this.problems.push(`${where}: start/end must be integers`);
      return null;
    }
    const s = start as number;
    const e = end as number;
    if (s < 0 || e < s || e > this.text.length) {
      this.problems.push(`${where}: offsets ${s}..${e} outside the text (length ${this.text.length})`);
      return null;
    }
    const surface = this.text.slice(s, e);
    if (typeof text !== 'string') {
      this.problems.push(`${where}: missing "text"`);
      return null;
    }
    if (surface !== text) {
      this.problems.push(`${where}: text.slice(${s}, ${e}) is ${JSON.stringify(surface)}, not ${JSON.stringify(text)}`);
      return null;
    }
    return { start: s, end: e, text: surface };
  }

  list(v: unknown, where: string): unknown[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.problems.push(`${where}: not an array`);
      return [];
    }
    return v;
  }
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** `2016-09-12`, or the date part of a longer ISO timestamp. */
function isoDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  return m ? m[1] : null;
}

function parseSpeaker(v: unknown, c: Checker, where: string): GoldSpeaker {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : { canonical: v };
  const span = c.span(v, where);
  return span ? { span } : null;
}

function quoteKind(v: unknown, text: string): GoldQuoteKind {
  if (v === 'direct' || v === 'mixed' || v === 'indirect') return v;
  // Same rule as the PolNeAR conversion: decided by the double quotation marks in the span.
  const t = text.trim();
  if (/^["“].*["”]$/s.test(t)) return 'direct';
  return /["“”]/.test(t) ? 'mixed' : 'indirect';
}

/** Parses one gold document, or says what is wrong with it. */
export function parseGoldDoc(value: unknown, file: string, line: number): ParseResult {
  if (!isObject(value)) return { ok: false, problems: ['not a JSON object'] };
  const text = value.text;
  if (typeof text !== 'string') return { ok: false, problems: ['missing "text" string'] };
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `${file}:${line}`;
  const meta = isObject(value.meta) ? value.meta : {};
  const c = new Checker(text);
  const doc: GoldDoc = { id, file, line, text, published: isoDay(value.published) ?? isoDay(meta.publication_date) };
  const misc: GoldSpan[] = [];

  const entities = c.list(value.entities, 'entities');
  if (entities) {
    doc.entities = [];
    entities.forEach((e, i) => {
      const span = c.span(e, `entities[${i}]`);
      if (!span || !isObject(e)) return;
      const type = ENTITY_TYPES[String(e.type).toUpperCase()];
      if (!type) {
        c.problems.push(`entities[${i}]: unknown type ${JSON.stringify(e.type)}`);
        return;
      }
      if (type === 'MISC') misc.push(span);
      else doc.entities!.push({ ...span, type, canonical: optionalString(e.canonical) });
    });
  }

  const coref = c.list(value.coref, 'coref');
  if (coref) {
    doc.coref = [];
    coref.forEach((m, i) => {
      const span = c.span(m, `coref[${i}]`);
      if (!span || !isObject(m)) return;
      const canonical = optionalString(m.canonical);
      if (!canonical) c.problems.push(`coref[${i}]: missing "canonical"`);
      else doc.coref!.push({ ...span, canonical });
    });
  }

  const quantities = c.list(value.quantities, 'quantities');
  if (quantities) {
    doc.quantities = [];
    quantities.forEach((q, i) => {
      const span = c.span(q, `quantities[${i}]`);
      if (!span || !isObject(q)) return;
      if (q.value !== undefined && q.value !== null && (typeof q.value !== 'number' || !Number.isFinite(q.value))) {
        c.problems.push(`quantities[${i}]: "value" must be a finite number or null`);
        return;
      }
      doc.quantities!.push({ ...span, value: typeof q.value === 'number' ? q.value : null, unit: optionalString(q.unit) ?? null, approx: q.approx === true });
    });
  }

  const dates = c.list(value.dates, 'dates');
  if (dates) {
    doc.dates = [];
    dates.forEach((d, i) => {
      const span = c.span(d, `dates[${i}]`);
      if (!span || !isObject(d)) return;
      if (d.value !== undefined && d.value !== null && typeof d.value !== 'string') {
        c.problems.push(`dates[${i}]: "value" must be an ISO string or null`);
        return;
      }
      doc.dates!.push({ ...span, value: typeof d.value === 'string' && d.value.trim() !== '' ? d.value : null });
    });
  }

  const quotes = c.list(value.quotes, 'quotes');
  if (quotes) {
    doc.quotes = [];
    quotes.forEach((q, i) => {
      const span = c.span(q, `quotes[${i}]`);
      if (!span || !isObject(q)) return;
      const speaker = parseSpeaker(q.speaker, c, `quotes[${i}].speaker`);
      doc.quotes!.push({ ...span, kind: quoteKind(q.kind, span.text), speaker });
    });
  }

  const claims = c.list(value.claims, 'claims');
  if (claims) {
    doc.claims = [];
    claims.forEach((k, i) => {
      if (!isObject(k)) {
        c.problems.push(`claims[${i}]: not an object`);
        return;
      }
      const type = String(k.type);
      if (!CLAIM_TYPES.has(type)) {
        c.problems.push(`claims[${i}]: unknown type ${JSON.stringify(k.type)}`);
        return;
      }
      if (typeof k.object !== 'string') {
        c.problems.push(`claims[${i}]: missing "object"`);
        return;
      }
      doc.claims!.push({
        speaker: optionalString(k.speaker) ?? null,
        type: type as ClaimType,
        predicate: typeof k.predicate === 'string' ? k.predicate : '',
        object: k.object,
        polarity: k.polarity === 'negative' ? 'negative' : 'positive',
      });
    });
  }

  if (misc.length > 0) doc.ignoredEntities = misc;
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  return { ok: true, doc };
}
