import { cellText, type Column, type Row } from './cells.js';
import { displayWidth, padEnd, truncate } from './width.js';

const GAP = '  ';
/** A flexible column is not squeezed below this, so an object stays readable on a narrow terminal. */
const MIN_FLEXIBLE = 12;

/**
 * The width of each column so the table fits `maxWidth`: columns keep their natural width; when the sum is too wide,
 * the flexible ones (objects, quote texts, places) share what is left, the widest giving way first.
 */
function fitWidths(natural: number[], columns: readonly Column[], maxWidth: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  let excess = total() - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (columns[i].flexible && widths[i] > MIN_FLEXIBLE && (widest < 0 || widths[i] > widths[widest])) widest = i;
    }
    if (widest < 0) break; // nothing left to squeeze: the terminal wraps
    const second = Math.max(MIN_FLEXIBLE, ...widths.filter((_, i) => i !== widest && columns[i].flexible));
    const cut = Math.min(excess, widths[widest] - second || 1, widths[widest] - MIN_FLEXIBLE);
    widths[widest] -= cut;
    excess -= cut;
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
