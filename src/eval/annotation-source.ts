/**
 * The hand-written annotation source of the bundled corpus (`corpus/annotations/*.ann`) and its compiler to gold JSON.
 *
 * People annotate by surface string, not by offset: offsets typed by hand are where gold data goes wrong. Each line
 * names a surface; the compiler finds it (in reading order: each layer keeps a cursor, so the next "he" is the next
 * one after the previous coref mention) and fails loudly when it is not there.
 *
 *   # comment
 *   E  TYPE  surface = Canonical Name        one entity mention (PERSON / PLACE / ORG), next after the last E line
 *   E* TYPE  surface = Canonical Name        every whole-word occurrence not already inside an entity
 *   R  surface = Canonical Name              a nominal or pronoun mention of a person (coref)
 *   N  surface = VALUE UNIT [~]              a quantity; UNIT "-" for none; "~" when approximate
 *   D  surface = ISO                         a time expression and its value
 *   Q  KIND  surface = Speaker Name          a quote (direct / mixed / indirect); speaker "-" for none
 *   C  TYPE  Speaker | predicate | polarity | object      a claim
 *
 * A surface may carry context around the span in [brackets] ("[Iraq]at" is "Iraq" glued to "at") and an occurrence
 * number counted from the cursor ("Blinken#2" is the second one after it). A surface must stand as whole words: "he"
 * is never found inside "the".
 */
import type { ClaimType, EntityType } from '../model/doc.js';
import type { GoldQuoteKind } from './gold.js';

export interface CompiledGold {
  id: string;
  text: string;
  published: string | null;
  entities: Array<{ start: number; end: number; type: EntityType; text: string; canonical: string }>;
  coref: Array<{ start: number; end: number; text: string; canonical: string }>;
  quantities: Array<{ start: number; end: number; text: string; value: number; unit: string | null; approx: boolean }>;
  dates: Array<{ start: number; end: number; text: string; value: string }>;
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; kind: GoldQuoteKind }>;
  claims: Array<{ speaker: string | null; type: ClaimType; predicate: string; object: string; polarity: 'positive' | 'negative' }>;
}

export class AnnotationError extends Error {}

const ENTITY_TYPES = new Set(['PERSON', 'PLACE', 'ORG']);
const QUOTE_KINDS = new Set(['direct', 'mixed', 'indirect']);
const CLAIM_TYPES = new Set(['statement', 'commitment', 'promise', 'demand', 'agreement', 'denial', 'warning', 'decision', 'quantity']);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Located {
  start: number;
  end: number;
}

/** Parses "ctx[span]ctx#n" into what to search for, where the span sits inside it, and which occurrence. */
function parseSurface(spec: string): { context: string; offset: number; length: number; nth: number } {
  let s = spec;
  let nth = 1;
  const m = /#(\d+)$/.exec(s);
  if (m) {
    nth = Number(m[1]);
    s = s.slice(0, m.index);
  }
  const open = s.indexOf('[');
  const close = s.indexOf(']');
  if (open >= 0 && close > open) {
    const context = s.slice(0, open) + s.slice(open + 1, close) + s.slice(close + 1);
    return { context, offset: open, length: close - open - 1, nth };
  }
  return { context: s, offset: 0, length: s.length, nth };
}

/** Whole-word occurrences of `context` in `text` at or after `from`. */
function occurrences(text: string, context: string, from: number): number[] {
  const found: number[] = [];
  if (context === '') return found;
  for (let i = text.indexOf(context, from); i >= 0; i = text.indexOf(context, i + 1)) {
    const startOk = !isWordChar(context[0]) || !isWordChar(text[i - 1]);
    const endOk = !isWordChar(context[context.length - 1]) || !isWordChar(text[i + context.length]);
    if (startOk && endOk) found.push(i);
  }
  return found;
}

function locate(text: string, spec: string, from: number, where: string): Located {
  const { context, offset, length, nth } = parseSurface(spec.trim());
  const hits = occurrences(text, context, from);
  if (hits.length < nth) {
    const anywhere = occurrences(text, context, 0).length;
    throw new AnnotationError(`${where}: ${JSON.stringify(spec)} not found after offset ${from}${anywhere > 0 ? ` (found ${anywhere}x earlier: out of reading order?)` : ''}`);
  }
  const start = hits[nth - 1] + offset;
  return { start, end: start + length };
}

function splitLast(s: string, sep: string, where: string): [string, string] {
  const i = s.lastIndexOf(sep);
  if (i < 0) throw new AnnotationError(`${where}: expected "${sep.trim()}"`);
  return [s.slice(0, i), s.slice(i + sep.length).trim()];
}

/** Compiles one annotation source against its article text. Throws AnnotationError naming the line. */
export function compileAnnotations(id: string, text: string, published: string | null, source: string, sourceName = id): CompiledGold {
  const out: CompiledGold = { id, text, published, entities: [], coref: [], quantities: [], dates: [], quotes: [], claims: [] };
  const cursor = { E: 0, R: 0, N: 0, D: 0, Q: 0 };
  const everywhere: Array<{ type: EntityType; surface: string; canonical: string; where: string }> = [];

  source.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    const where = `${sourceName}:${i + 1}`;
    if (line === '' || line.startsWith('#')) return;
    const m = /^(E\*|E|R|N|D|Q|C)\s+(.*)$/.exec(line);
    if (!m) throw new AnnotationError(`${where}: unknown line ${JSON.stringify(line)}`);
    const [, tag, rest] = m;
    switch (tag) {
      case 'E':
      case 'E*': {
        const t = /^(\S+)\s+(.*)$/.exec(rest);
        if (!t || !ENTITY_TYPES.has(t[1])) throw new AnnotationError(`${where}: expected an entity type`);
        const [surface, canonical] = splitLast(t[2], ' = ', where);
        if (tag === 'E*') everywhere.push({ type: t[1] as EntityType, surface: surface.trim(), canonical, where });
        else {
          const at = locate(text, surface, cursor.E, where);
          cursor.E = at.end;
          out.entities.push({ ...at, type: t[1] as EntityType, text: text.slice(at.start, at.end), canonical });
        }
        break;
      }
      case 'R': {
        const [surface, canonical] = splitLast(rest, ' = ', where);
        const at = locate(text, surface, cursor.R, where);
        cursor.R = at.end;
        out.coref.push({ ...at, text: text.slice(at.start, at.end), canonical });
        break;
      }
      case 'N': {
        const [surface, value] = splitLast(rest, ' = ', where);
        const v = /^(-?[\d.e+]+)\s+(\S+)(\s+~)?$/.exec(value);
        if (!v || !Number.isFinite(Number(v[1]))) throw new AnnotationError(`${where}: expected "VALUE UNIT [~]"`);
        const at = locate(text, surface, cursor.N, where);
        cursor.N = at.start + 1;
        out.quantities.push({ ...at, text: text.slice(at.start, at.end), value: Number(v[1]), unit: v[2] === '-' ? null : v[2], approx: v[3] !== undefined });
        break;
      }
      case 'D': {
        const [surface, value] = splitLast(rest, ' = ', where);
        const at = locate(text, surface, cursor.D, where);
        cursor.D = at.start + 1;
        out.dates.push({ ...at, text: text.slice(at.start, at.end), value });
        break;
      }
      case 'Q': {
        const t = /^(\S+)\s+(.*)$/.exec(rest);
        if (!t || !QUOTE_KINDS.has(t[1])) throw new AnnotationError(`${where}: expected a quote kind`);
        const [surface, speaker] = splitLast(t[2], ' = ', where);
        const at = locate(text, surface, cursor.Q, where);
        cursor.Q = at.start + 1;
        out.quotes.push({ ...at, text: text.slice(at.start, at.end), speaker: speaker === '-' ? null : speaker, kind: t[1] as GoldQuoteKind });
        break;
      }
      case 'C': {
        const t = /^(\S+)\s+(.*)$/.exec(rest);
        if (!t || !CLAIM_TYPES.has(t[1])) throw new AnnotationError(`${where}: expected a claim type`);
        const parts = t[2].split('|').map((p) => p.trim());
        if (parts.length !== 4 || (parts[2] !== 'positive' && parts[2] !== 'negative')) {
          throw new AnnotationError(`${where}: expected "Speaker | predicate | positive|negative | object"`);
        }
        out.claims.push({ speaker: parts[0] === '-' ? null : parts[0], type: t[1] as ClaimType, predicate: parts[1], polarity: parts[2], object: parts[3] });
        break;
      }
    }
  });

  // Every-occurrence names go last, longest first, so "Norland Energy" (ORG) is not also tagged "Norland" (PLACE).
  everywhere.sort((a, b) => b.surface.length - a.surface.length);
  for (const e of everywhere) {
    const hits = occurrences(text, e.surface, 0).filter((s) => !out.entities.some((x) => s < x.end && s + e.surface.length > x.start));
    if (hits.length === 0 && !out.entities.some((x) => x.text === e.surface)) throw new AnnotationError(`${e.where}: ${JSON.stringify(e.surface)} not found`);
    for (const s of hits) out.entities.push({ start: s, end: s + e.surface.length, type: e.type, text: e.surface, canonical: e.canonical });
  }
  const byStart = <T extends { start: number; end: number }>(a: T, b: T): number => a.start - b.start || a.end - b.end;
  out.entities.sort(byStart);
  out.coref.sort(byStart);
  out.quantities.sort(byStart);
  out.dates.sort(byStart);
  out.quotes.sort(byStart);
  for (let k = 1; k < out.entities.length; k++) {
    if (out.entities[k].start < out.entities[k - 1].end) {
      throw new AnnotationError(`${sourceName}: entities overlap: ${JSON.stringify(out.entities[k - 1].text)} and ${JSON.stringify(out.entities[k].text)} at ${out.entities[k].start}`);
    }
  }
  return out;
}
