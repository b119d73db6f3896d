/** A value in an output row: what the query functions return. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** A row as the formatters see it: named cells. */
export type Row = Readonly<Record<string, Cell>>;

/**
 * One output column: the row field it shows and its header. When a table is too wide, `flexible` columns give way:
 * the `main` one (a claim's object, a quote's text) last, so it keeps the room the short columns leave.
 */
export interface Column {
  key: string;
  header?: string;
  flexible?: boolean;
  main?: boolean;
  /** False: in JSON and CSV only (lists too long to read in a table row, such as a claim's dates). */
  table?: boolean;
  /** How much room a flexible column keeps relative to the others when all must shrink (default 1, main 3). */
  weight?: number;
}

/** A cell as one line of text: lists joined by "; ", nothing for null, line breaks flattened (tables and CSV alike). */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
