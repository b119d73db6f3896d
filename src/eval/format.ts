/**
 * Printing an evaluation: the readable table, the `--errors` listing, and the `--json` contract (rounded numbers).
 */
import type { EvalError, EvalReport } from './score.js';

type Row = [string, ...Array<string | number>];

const pct = (x: number): string => (x * 100).toFixed(1);

function table(header: string[], rows: Row[]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? pct(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  return cells
    .map((r, ri) =>
      r
        .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
        .join('  ')
        .concat(ri === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : ''),
    )
    .join('\n');
}

/** The report as readable tables, one per layer (percentages). */
export function formatReport(report: EvalReport): string {
  const out: string[] = [`${report.documents} documents`];
  const L = report.layers;
  if (L.entities) {
    const e = L.entities;
    const rows: Row[] = [['all (exact)', e.precision, e.recall, e.f1, String(e.support)]];
    for (const [type, s] of Object.entries(e.byType)) rows.push([type, s.precision, s.recall, s.f1, String(s.support)]);
    out.push('\nentities (names)\n' + table(['', 'P', 'R', 'F1', 'support'], rows));
    out.push(`overlap F1 ${pct(e.overlapF1)}   canonical accuracy ${pct(e.canonicalAccuracy)} (of ${e.canonicalSupport})   predicted ${e.predicted}`);
  }
  if (L.coref) out.push(`\ncoref\naccuracy ${pct(L.coref.accuracy)} (of ${L.coref.support})`);
  const prfRows: Row[] = [];
  if (L.quantities) prfRows.push(['quantities', L.quantities.precision, L.quantities.recall, L.quantities.f1, L.quantities.valueAccuracy, String(L.quantities.support)]);
  if (L.dates) prfRows.push(['dates', L.dates.precision, L.dates.recall, L.dates.f1, L.dates.valueAccuracy, String(L.dates.support)]);
  if (prfRows.length > 0) out.push('\n' + table(['', 'P', 'R', 'F1', 'value acc', 'support'], prfRows));
  if (L.quotes) {
    const q = L.quotes;
    const rows: Row[] = [['quotes (overlap)', q.precision, q.recall, q.f1, String(q.support)]];
    for (const [kind, k] of Object.entries(q.byKind)) rows.push([`  ${kind} recall`, '', k.recall, '', String(k.support)]);
    out.push('\n' + table(['', 'P', 'R', 'F1', 'support'], rows));
    out.push(`speaker accuracy ${pct(q.speakerAccuracy)} (of ${q.speakerSupport})   predicted ${q.predicted}`);
  }
  if (L.claims) out.push('\n' + table(['', 'P', 'R', 'F1', 'support'], [['claims', L.claims.precision, L.claims.recall, L.claims.f1, String(L.claims.support)]]));
  return out.join('\n');
}

/** One line per error: where, what, and ±40 characters of context with the span in [brackets]. */
export function formatErrors(errors: EvalError[]): string {
  return errors
    .map((e) => `${e.layer.padEnd(10)} ${e.kind.padEnd(15)} ${e.file}:${e.line} @${e.start}  ${e.detail}${e.context ? '  ' + e.context : ''}`)
    .join('\n');
}

/** Rounds every number (4 decimals): the JSON is for people and diffs as much as for programs. */
export function roundReport(report: EvalReport): EvalReport {
  return JSON.parse(JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v))) as EvalReport;
}

/** Reads a dotted score path such as `entities.f1` or `entities.byType.PERSON.f1`; undefined when absent. */
export function scoreAt(report: EvalReport, path: string): number | undefined {
  let cur: unknown = report.layers;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : undefined;
}
