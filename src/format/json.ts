import type { Column, Row } from './cells.js';

/** An array of objects with the columns' keys, in column order; lists stay arrays, nulls stay null. */
export function formatJson(rows: readonly Row[], columns: readonly Column[]): string {
  const objects = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null])));
  return JSON.stringify(objects, null, 2) + '\n';
}
