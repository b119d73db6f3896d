import type { Column, Row } from './cells.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { streamCsv, streamJson } from './stream.js';
import { formatTable } from './table.js';

export type { Cell, Column, Row } from './cells.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  /** Terminal width for tables. */
  width?: number;
}

const tableColumns = (columns: readonly Column[]): Column[] => columns.filter((c) => c.table !== false);

/** Rows as text in the chosen format; each ends with a newline. */
export function formatRows(rows: readonly Row[], columns: readonly Column[], format: OutputFormat, opts: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(rows, columns);
    case 'csv':
      return formatCsv(rows, columns);
    case 'table':
      return formatTable(rows, tableColumns(columns), opts.width);
  }
}

/**
 * Writes rows in the chosen format as they come: JSON and CSV row by row; a table needs every width first, so it
 * collects (tables are for screens, and the CLI caps them at 50 rows unless told). Returns the number of rows.
 */
export function writeRows(
  rows: Iterable<Row>,
  columns: readonly Column[],
  format: OutputFormat,
  write: (text: string) => void,
  opts: FormatOptions = {},
): number {
  switch (format) {
    case 'json':
      return streamJson(rows, columns, write);
    case 'csv':
      return streamCsv(rows, columns, write);
    case 'table': {
      const all = [...rows];
      write(formatTable(all, tableColumns(columns), opts.width));
      return all.length;
    }
  }
}
