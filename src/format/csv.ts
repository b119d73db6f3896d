import { cellText, type Column, type Row } from './cells.js';

/** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A header line and one line per row, CRLF-terminated as RFC 4180 says (spreadsheets and csv parsers agree). */
export function formatCsv(rows: readonly Row[], columns: readonly Column[]): string {
  const lines = [columns.map((c) => csvField(c.header ?? c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(row[c.key]))).join(','));
  return lines.join('\r\n') + '\r\n';
}
