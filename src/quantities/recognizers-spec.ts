/**
 * Scores our plain-string extractors against a Microsoft Recognizers-Text spec file (JSON array of
 * `{Input, Results: [{Text, TypeName, Resolution: {value, unit?, isoCurrency?}, Start, End}]}`, `End` inclusive).
 * A case passes when we find the same values, in order, and for units the same unit (ISO code when the spec gives
 * one). Spans are reported separately: the spec's span conventions ("$ 75 million" vs "75 million") differ from ours
 * in places that do not change the value.
 */
import { readFileSync } from 'node:fs';
import { extractMentions, type MentionFamily, type ValueMention } from './extract.js';
import { extractNumbers } from './numbers.js';

export type SpecModel = 'number' | 'currency' | 'dimension' | 'age' | 'temperature';

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}

export interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

export interface SpecFailure {
  input: string;
  expected: string[];
  got: string[];
}

export interface SpecScore {
  file: string;
  cases: number;
  passed: number;
  /** passed / cases. */
  accuracy: number;
  /** Share of passing cases whose spans are also exactly the spec's. */
  exactSpanShare: number;
  /** The same score restricted to cases the JavaScript port of Recognizers-Text supports. */
  supportedCases: number;
  supportedPassed: number;
  failures: SpecFailure[];
}

export function readSpec(file: string): SpecCase[] {
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as SpecCase[];
}

/** The mention family a spec model is about: the other families in our output are not compared. */
const FAMILY: Record<SpecModel, MentionFamily> = {
  number: 'number',
  currency: 'money',
  dimension: 'dimension',
  age: 'age',
  temperature: 'temperature',
};

/** Spec unit names that are minor units: their values are in hundredths of ours. */
const MINOR_UNITS = new Set(['Cent', 'Pence', 'Penny']);

function closeEnough(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-12;
}

/** One expected result as a comparable key and a printable label. */
function expectedKey(r: SpecResult, model: SpecModel): { value: number | null; unit: string | null } {
  const res = r.Resolution ?? {};
  const value = res.value === null || res.value === undefined ? null : parseFloat(res.value);
  if (model === 'number') return { value, unit: null };
  if (model === 'currency') return { value, unit: res.isoCurrency ?? res.unit ?? null };
  return { value, unit: res.unit ?? null };
}

function gotKey(m: ValueMention, model: SpecModel, expectedUnit: string | null): { value: number; unit: string | null } {
  if (model === 'number') return { value: m.value, unit: null };
  if (model === 'currency') {
    // The spec names a currency by ISO code when it knows one, by its name ("Dollar", "Cent") otherwise.
    const unit = expectedUnit !== null && expectedUnit === m.currency ? m.currency : m.unitName;
    return { value: m.value, unit };
  }
  return { value: m.value, unit: m.unitName };
}

function sameUnit(expected: string | null, got: string | null): boolean {
  if (expected === null) return true;
  if (got === null) return false;
  return expected.toLowerCase() === got.toLowerCase();
}

export function scoreCase(c: SpecCase, model: SpecModel): { pass: boolean; exact: boolean; expected: string[]; got: string[] } {
  const family = FAMILY[model];
  // The number spec counts every number, including those inside money or measures ("$20" -> 20).
  const ours: ValueMention[] =
    model === 'number'
      ? extractNumbers(c.Input).map((n) => ({ family: 'number', start: n.start, end: n.end, text: n.text, value: n.value, unit: null, unitName: null, number: n }))
      : extractMentions(c.Input).filter((m) => m.family === family);
  const expected = c.Results.map((r) => expectedKey(r, model));
  const labels = c.Results.map((r, k) => `${r.Text}=${expected[k].value}${expected[k].unit ? ' ' + expected[k].unit : ''}`);
  const got = ours.map((m) => `${m.text}=${m.value}${model === 'number' ? '' : ' ' + (m.currency ?? m.unitName)}`);
  let pass = ours.length === expected.length;
  let exact = pass;
  for (let k = 0; pass && k < expected.length; k++) {
    const e = expected[k];
    const g = gotKey(ours[k], model, e.unit);
    let gv = g.value;
    if (model === 'currency' && e.unit !== null && MINOR_UNITS.has(e.unit)) gv = ours[k].minorValue ?? gv;
    if (e.value === null || !closeEnough(e.value, gv) || !sameUnit(e.unit, g.unit)) pass = false;
    const r = c.Results[k];
    if (c.Input.slice(r.Start, r.End + 1).toLowerCase() !== ours[k].text.toLowerCase()) exact = false;
  }
  return { pass, exact: pass && exact, expected: labels, got };
}

/** Scores one spec file with one of our extractors. */
export function scoreSpecFile(file: string, model: SpecModel): SpecScore {
  const cases = readSpec(file);
  let passed = 0;
  let exact = 0;
  let supportedCases = 0;
  let supportedPassed = 0;
  const failures: SpecFailure[] = [];
  for (const c of cases) {
    const r = scoreCase(c, model);
    const supported = !/javascript/i.test(c.NotSupported ?? '') && !/javascript/i.test(c.NotSupportedByDesign ?? '');
    if (supported) supportedCases++;
    if (r.pass) {
      passed++;
      if (supported) supportedPassed++;
      if (r.exact) exact++;
    } else failures.push({ input: c.Input, expected: r.expected, got: r.got });
  }
  return {
    file,
    cases: cases.length,
    passed,
    accuracy: cases.length ? passed / cases.length : 0,
    exactSpanShare: passed ? exact / passed : 0,
    supportedCases,
    supportedPassed,
    failures,
  };
}
