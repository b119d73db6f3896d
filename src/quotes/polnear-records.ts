import { readFileSync } from 'node:fs';

/**
 * PolNeAR records as `../shared/eval/quotes/*.jsonl` holds them (one article a line), for the scripts that learn
 * from or score against them. The eval command reads the same files through src/eval/gold.ts, which checks them.
 */
export interface PolnearSpan {
  start: number;
  end: number;
  text: string;
}

export interface PolnearQuote extends PolnearSpan {
  kind: string;
  speaker: PolnearSpan | null;
  cue: PolnearSpan | null;
}

export interface PolnearDoc {
  id: string;
  text: string;
  quotes: PolnearQuote[];
  meta?: { publication_date?: string };
}

/** The first `limit` records of a PolNeAR JSONL file. */
export function readPolnear(file: string, limit = Infinity): PolnearDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as PolnearDoc);
}
