/** A value in an output row: what the query functions return. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** A row as the formatters see it: named cells. */
export type Row = Readonly<Record<string, Cell>>;

/** One output column: the row field it shows and its header; `flexible` columns give way when the table is too wide. */
export interface Column {
  key: string;
  header?: string;
  flexible?: boolean;
}

/** A cell as one line of text: lists joined by "; ", nothing for null, line breaks flattened (tables and CSV alike). */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
