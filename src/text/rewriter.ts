import type { OffsetMap } from '../model/doc.js';
import { pushRun } from './offset-map.js';

/** A rewritten text and the exact map from it back to the text it was rewritten from. */
export interface Rewritten {
  text: string;
  map: OffsetMap;
}

/**
 * Builds a new text from a source string left to right while recording the offset map: every source character is
 * either copied (exact), substituted one-for-one (still exact), replaced by other text, or deleted. Each cleaning
 * pass is written against this, so no pass ever computes offsets by hand.
 */
export class Rewriter {
  private readonly parts: string[] = [];
  private readonly runs: OffsetMap['segments'] = [];
  private textLength = 0;
  /** Source offset up to which everything has been decided. */
  pos = 0;

  constructor(readonly source: string) {}

  /** Copies the source unchanged up to `sourceEnd`. */
  copyTo(sourceEnd: number): void {
    const end = Math.min(sourceEnd, this.source.length);
    if (end <= this.pos) return;
    this.parts.push(this.source.slice(this.pos, end));
    pushRun(this.runs, this.textLength, this.pos, end - this.pos);
    this.textLength += end - this.pos;
    this.pos = end;
  }

  /** Replaces the next `replacement.length` source characters one-for-one (offsets stay exact). */
  substitute(replacement: string): void {
    const n = Math.min(replacement.length, this.source.length - this.pos);
    if (n <= 0) return;
    this.parts.push(replacement.slice(0, n));
    pushRun(this.runs, this.textLength, this.pos, n);
    this.textLength += n;
    this.pos += n;
  }

  /** Replaces the next `sourceLength` source characters by `replacement` (a gap in the map). */
  replace(sourceLength: number, replacement: string): void {
    const n = Math.max(0, Math.min(sourceLength, this.source.length - this.pos));
    if (replacement.length > 0) {
      this.parts.push(replacement);
      this.textLength += replacement.length;
    }
    this.pos += n;
  }

  /** Inserts text at the current source position. */
  insert(text: string): void {
    this.replace(0, text);
  }

  /** Deletes the next `sourceLength` source characters. */
  skip(sourceLength: number): void {
    this.replace(sourceLength, '');
  }

  /** The last character written so far ('' at the start). */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length > 0) return p[p.length - 1];
    }
    return '';
  }

  get written(): number {
    return this.textLength;
  }

  /** Copies the rest of the source and returns the new text with its map. */
  finish(): Rewritten {
    this.copyTo(this.source.length);
    const text = this.parts.join('');
    return { text, map: { segments: this.runs, rawLength: this.source.length, textLength: text.length } };
  }
}
