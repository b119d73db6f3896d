import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/batch/ingest.js';
import { failureLines, formatSummary, summaryJson } from '../../src/batch/summary.js';
import { formatRate, progressLine } from '../../src/batch/progress.js';

const summary: IngestSummary = {
  done: 5,
  ingested: 3,
  replaced: 0,
  unchanged: 1,
  failed: 1,
  bytes: 2 * 1024 * 1024,
  elapsedMs: 4000,
  db: 'db/claims.sqlite',
  workers: 2,
  pipelineVersion: '0.1.0',
  interrupted: false,
  stale: 0,
  failures: [{ where: 'feed.jsonl:7', reason: 'malformed JSON (Unexpected end of JSON input)' }],
  failuresNotListed: 0,
  stats: {
    articles: 4,
    entities: { total: 9, by: { PLACE: 4, PERSON: 3, ORG: 2 } },
    claims: { total: 6, by: { statement: 4, promise: 2 } },
    quotes: { total: 5, by: { direct: 3, indirect: 2 } },
    mentions: 31,
    quantities: 4,
    times: 3,
  },
  samples: [{ speaker: 'Anthony Blinken', type: 'promise', object: 'Washington will work to prevent any re-emergence of the Islamic State' }],
};

describe('the ingest summary', () => {
  it('reads as counts, database totals by type, and sample claims', () => {
    expect(formatSummary(summary)).toBe(
      [
        '5 articles in 4.0 s (1.3 articles/s, 0.50 MB/s, 2 workers, pipeline 0.1.0)',
        '  ingested 3, replaced 0, unchanged 1, failed 1',
        'Database db/claims.sqlite:',
        '  articles  4',
        '  entities  9 (PLACE 4, PERSON 3, ORG 2)',
        '  claims    6 (statement 4, promise 2)',
        '  quotes    5 (direct 3, indirect 2)',
        '  mentions 31, quantities 4, time expressions 3',
        'Sample claims:',
        '  Anthony Blinken  promise  Washington will work to prevent any re-emergence of the Islamic State',
        '',
      ].join('\n'),
    );
  });

  it('lists failures as file:line: reason, one per line', () => {
    expect(failureLines(summary)).toBe('feed.jsonl:7: malformed JSON (Unexpected end of JSON input)\n');
    expect(failureLines({ ...summary, failuresNotListed: 12 })).toMatch(/\n\.\.\. and 12 more failures\n$/);
  });

  it('is one JSON object with --json', () => {
    expect(summaryJson(summary)).toMatchObject({ articles: 5, ingested: 3, failed: 1, failures: ['feed.jsonl:7: malformed JSON (Unexpected end of JSON input)'], totals: { articles: 4 } });
  });

  it('prints a plain progress line for logs, in KB/s when slow', () => {
    expect(progressLine({ done: 10, ingested: 8, replaced: 0, unchanged: 1, failed: 1, bytes: 30 * 1024, elapsedMs: 10_000 })).toBe(
      'ingest: 10 articles (8 new, 0 replaced, 1 unchanged, 1 failed), 1.0 articles/s, 3.0 KB/s, 10 s',
    );
    expect(formatRate(2.5)).toBe('2.50 MB/s');
  });
});
