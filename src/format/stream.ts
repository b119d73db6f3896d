import { cellText, type Column, type Row } from './cells.js';
import { csvField } from './csv.js';

/** Output is handed on in pieces of about this size: few writes, bounded memory. */
const CHUNK = 64 * 1024;

/** Collects small strings and passes them to `write` in chunks. */
class ChunkedWriter {
  private buffer = '';
  constructor(private readonly write: (text: string) => void) {}
  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.buffer) this.write(this.buffer);
    this.buffer = '';
  }
}

/** The same text as `formatJson`, written row by row: an export of a whole database never sits in memory. */
export function streamJson(rows: Iterable<Row>, columns: readonly Column[], write: (text: string) => void): number {
  const out = new ChunkedWriter(write);
  let count = 0;
  for (const row of rows) {
    const object = Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null]));
    const body = JSON.stringify(object, null, 2).replace(/\n/g, '\n  ');
    out.push(`${count === 0 ? '[\n' : ',\n'}  ${body}`);
    count++;
  }
  out.push(count === 0 ? '[]\n' : '\n]\n');
  out.flush();
  return count;
}

/** The same text as `formatCsv`, written row by row. */
export function streamCsv(rows: Iterable<Row>, columns: readonly Column[], write: (text: string) => void): number {
  const out = new ChunkedWriter(write);
  out.push(columns.map((c) => csvField(c.header ?? c.key)).join(',') + '\r\n');
  let count = 0;
  for (const row of rows) {
    out.push(columns.map((c) => csvField(cellText(row[c.key]))).join(',') + '\r\n');
    count++;
  }
  out.flush();
  return count;
}
