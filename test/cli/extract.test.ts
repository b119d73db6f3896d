import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, claimex, claimexAsync } from '../batch/run-cli.js';

const ARTICLE =
  'Secretary of State Anthony Blinken arrived in Baghdad on Friday. "We will keep working with Iraq on security," ' +
  'Blinken told reporters after he met Prime Minister Mohammed al-Sudani, and he promised that about 2,500 troops ' +
  'would stay in the country.\n';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'claimex-cli-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

describe('claimex extract', () => {
  it("prints the document's layers as JSON, every span pointing into its text", () => {
    const file = join(dir, '2024-12-13-blinken.txt');
    writeFileSync(file, ARTICLE);
    const result = claimex(['extract', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.article).toEqual({ id: expect.stringMatching(/2024-12-13-blinken\.txt$/), source: file, published: '2024-12-13', title: null });
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['text', 'offsets', 'sentences', 'mentions', 'entities', 'quantities', 'times', 'quotes', 'claims', 'messages']),
    );
    expect(doc).not.toHaveProperty('tokens');
    for (const layer of ['sentences', 'mentions', 'quantities', 'times', 'quotes', 'claims']) {
      for (const span of doc[layer] as SpanLike[]) {
        if (span.text !== undefined && layer !== 'claims') expect(doc.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('prints one JSON document per line for JSON Lines on stdin', () => {
    const input = [JSON.stringify({ id: 'one', text: ARTICLE }), JSON.stringify({ id: 'two', text: ARTICLE.replace('Friday', 'Monday') })].join('\n');
    const result = claimex(['extract', '-', '--published', '2024-12-13'], input);
    expect(result.status).toBe(0);
    const docs = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.article.id, d.article.published])).toEqual([
      ['one', '2024-12-13'],
      ['two', '2024-12-13'],
    ]);
  });

  it('stops quietly when the reader closes the pipe: `claimex extract FILE.jsonl | head -1`', async () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `a${i}`, text: ARTICLE })).join('\n') + '\n');
    const child = claimexAsync(['extract', file, '--published', '2024-12-13']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `head`: read the first document, then close the pipe while the others are still being extracted.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('exits 1 naming the file when it cannot be read as an article', () => {
    const result = claimex(['extract', join(dir, 'missing.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${join(dir, 'missing.txt')}: no such file or directory\n`);
    expect(result.stdout).toBe('');
  });
});
