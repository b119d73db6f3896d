/** One line of a byte stream, without its line break; `overflow` when it was longer than the cap and dropped. */
export type ByteLine = { line: number; bytes: Uint8Array; overflow?: undefined } | { line: number; overflow: number };

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines, keeping at most `maxLineBytes` of any line in memory: a longer line is counted
 * and dropped as it streams by, so a single 2 GB line cannot exhaust memory. Works on bytes (not on decoded text,
 * as `readline` does) so that each line can be strictly UTF-8 decoded and a bad byte reported with its line.
 */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;

  function take(): ByteLine {
    lineNo++;
    if (overflow) {
      const result: ByteLine = { line: lineNo, overflow: length };
      overflow = false;
      parts = [];
      length = 0;
      return result;
    }
    let bytes: Uint8Array = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    length = 0;
    return { line: lineNo, bytes };
  }

  function append(piece: Uint8Array): void {
    length += piece.length;
    if (overflow) return;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
      return;
    }
    // Copy: the stream may reuse its chunk buffers.
    if (piece.length > 0) parts.push(Uint8Array.prototype.slice.call(piece));
  }

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl < 0) {
        append(chunk.subarray(from));
        break;
      }
      append(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
  }
  if (length > 0 || overflow) yield take();
}
