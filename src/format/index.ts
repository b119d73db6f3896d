import type { Column, Row } from './cells.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { formatTable } from './table.js';

export type { Cell, Column, Row } from './cells.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  /** Terminal width for tables. */
  width?: number;
}

/** Rows as text in the chosen format; each ends with a newline. */
export function formatRows(rows: readonly Row[], columns: readonly Column[], format: OutputFormat, opts: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(rows, columns);
    case 'csv':
      return formatCsv(rows, columns);
    case 'table':
      return formatTable(rows, columns, opts.width);
  }
}
