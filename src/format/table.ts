import { cellText, type Column, type Row } from './cells.js';
import { displayWidth, padEnd, truncate } from './width.js';

const GAP = '  ';
/** Side flexible columns (names, places, article ids) are first cut to SIDE_CAP, never below SIDE_MIN. */
const SIDE_CAP = 24;
const SIDE_MIN = 8;
const MAIN_MIN = 16;
/** The main column (object, quote text) keeps about this many times the width of a side column. */
const MAIN_WEIGHT = 3;

/**
 * The width of each column so the table fits `maxWidth`. Columns keep their natural width while it fits; then side
 * flexible columns are cut to SIDE_CAP; then one column at a time gives a character, the widest relative to its
 * weight first, so the main column keeps about MAIN_WEIGHT times a side column. Past the minimums the line is left
 * long (the terminal wraps it) rather than showing nothing.
 */
function fitWidths(natural: number[], columns: readonly Column[], maxWidth: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1) - maxWidth;
  const side = columns.flatMap((c, i) => (c.flexible && !c.main ? [i] : []));
  for (const i of side) {
    const cut = Math.min(Math.max(0, excess), Math.max(0, widths[i] - SIDE_CAP));
    widths[i] -= cut;
    excess -= cut;
  }
  const weight = (i: number) => columns[i].weight ?? (columns[i].main ? MAIN_WEIGHT : 1);
  const floor = (i: number) => (columns[i].main ? MAIN_MIN : SIDE_MIN);
  const flexible = columns.flatMap((c, i) => (c.flexible ? [i] : []));
  while (excess > 0) {
    const candidates = flexible.filter((i) => widths[i] > floor(i));
    if (candidates.length === 0) break;
    const widest = candidates.reduce((a, b) => (widths[b] / weight(b) > widths[a] / weight(a) ? b : a));
    widths[widest]--;
    excess--;
  }
  return widths;
}

/** Aligned columns with a header and a rule; one line per row, cells cut with "…" to fit `maxWidth`. */
export function formatTable(rows: readonly Row[], columns: readonly Column[], maxWidth = 120): string {
  const header = columns.map((c) => c.header ?? c.key);
  const body = rows.map((row) => columns.map((c) => cellText(row[c.key]).replace(/\s+/g, ' ').trim()));
  const natural = header.map((h, i) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[i]))));
  const widths = fitWidths(natural, columns, maxWidth);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? truncate(cell, widths[i]) : padEnd(truncate(cell, widths[i]), widths[i])))
      .join(GAP)
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join(GAP), ...body.map(line)];
  return out.join('\n') + '\n';
}
