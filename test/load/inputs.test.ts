import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../../src/model/doc.js';
import { LoadError, discoverFiles, loadArticleFile, loadInputs, readJsonl, type LoadItem } from '../../src/load/index.js';
import { splitLines } from '../../src/load/lines.js';

const STORY =
  'Secretary of State Anthony Blinken arrived in Baghdad on Friday and said that the United States would keep ' +
  'working with Iraq on security. He met Prime Minister Mohammed al-Sudani, who told him that the government ' +
  'wanted the region to be calm after the fall of the Assad regime in Syria.';

let dir: string;

function write(rel: string, content: string | Uint8Array): string {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(items: AsyncIterable<LoadItem>): Promise<LoadItem[]> {
  const out: LoadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function articles(items: LoadItem[]): Article[] {
  return items.filter((i): i is Article => !(i instanceof LoadError));
}

function errors(items: LoadItem[]): string[] {
  return items.filter((i): i is LoadError => i instanceof LoadError).map((e) => e.describe());
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a text file', () => {
  it('becomes an article dated by its file name, its raw text untouched', async () => {
    const path = write('articles/2024-12-13-blinken-baghdad.txt', '\ufeff' + STORY + '\r\n');
    const item = await loadArticleFile(path, { id: 'articles/2024-12-13-blinken-baghdad.txt' });
    expect(item).toEqual({ id: 'articles/2024-12-13-blinken-baghdad.txt', source: path, published: '2024-12-13', title: null, raw: STORY + '\r\n' });
  });

  it('takes --published over the file name', async () => {
    const path = write('2024-12-13-x.txt', STORY);
    expect(await loadArticleFile(path, { id: 'x', published: '2025-01-02' })).toMatchObject({ published: '2025-01-02' });
  });

  it('has no date when its name has none', async () => {
    expect(await loadArticleFile(write('notes.txt', STORY), { id: 'notes.txt' })).toMatchObject({ published: null });
  });
});

describe('an HTML file', () => {
  it('is kept as raw markup, titled by its <title>', async () => {
    const html = `<html><head><title>Blinken &amp; Sudani  meet</title></head><body><p>${STORY}</p></body></html>`;
    const item = await loadArticleFile(write('page.html', html), { id: 'page.html' });
    expect(item).toMatchObject({ raw: html, title: 'Blinken & Sudani meet' });
  });
});

describe('bad files are rejected with the file and a one-line reason', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty.txt', '', /empty\.txt: empty file$/],
    ['blank.txt', '  \n\n\t ', /blank\.txt: whitespace only$/],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /image\.txt: binary content \(NUL bytes\)$/],
    ['latin1.txt', Buffer.from('The caf\u00e9 owner said that the prices would rise.', 'latin1'), /latin1\.txt: invalid UTF-8 \(byte 0xe9 at offset 7\)$/],
    [
      'french.txt',
      'Le ministre a déclaré mardi que le gouvernement enverrait davantage d’aide dans la région après les inondations, ' +
        'selon les responsables du ministère, environ deux mille personnes ont été déplacées vers des abris du nord.',
      /french\.txt: not English \(only .*% English function words in \d+ words\)$/,
    ],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const item = await loadArticleFile(write(`bad/${name}`, content), { id: name });
      expect(item).toBeInstanceOf(LoadError);
      expect((item as LoadError).describe()).toMatch(expected);
    });
  }

  it('a 20 MB file, quickly and without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const item = await loadArticleFile(path, { id: 'huge.txt' });
    expect(performance.now() - started).toBeLessThan(200);
    expect((item as LoadError).describe()).toBe(`${path}: too large (20.0 MB, limit 10.0 MB; see --max-bytes)`);
  });

  it('a file over a smaller --max-bytes', async () => {
    const item = await loadArticleFile(write('story.txt', STORY), { id: 'story.txt', maxBytes: 100 });
    expect((item as LoadError).reason).toMatch(/^too large \(\d+ B, limit 100 B/);
  });
});

describe('JSON Lines', () => {
  const good = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, text: STORY, ...extra });

  it('streams records; a bad line in the middle is reported with its line and the rest still load', async () => {
    const path = write(
      'feed.jsonl',
      [
        good('a', { published: '2024-12-13T09:00:00Z', title: 'Blinken in Baghdad', source: 'wire' }),
        '{"id": "b", "text": ',
        good('c'),
        '',
        JSON.stringify({ id: 'd' }),
        JSON.stringify({ id: 'e', text: '   ' }),
        good('f'),
      ].join('\n') + '\n',
    );
    const items = await collect(loadInputs([path]));
    expect(articles(items).map((a) => a.id)).toEqual(['a', 'c', 'f']);
    expect(articles(items)[0]).toEqual({ id: 'a', source: 'wire', published: '2024-12-13', title: 'Blinken in Baghdad', raw: STORY });
    expect(articles(items)[1]).toMatchObject({ source: path, published: null, title: null });
    const errs = errors(items);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: malformed JSON \\(`));
    expect(errs[1]).toBe(`${path}:5: missing "text"`);
    expect(errs[2]).toBe(`${path}:6: empty "text"`);
  });

  it('applies --published to records without a date, and ids records that have none by their line', async () => {
    const stream = Readable.from([Buffer.from(JSON.stringify({ text: STORY }) + '\n' + good('x', { published: '2020-01-01' }))]);
    const items = await collect(readJsonl(stream, { name: 'stdin', published: '2024-12-13' }));
    expect(items).toEqual([
      { id: 'stdin:1', source: 'stdin', published: '2024-12-13', title: null, raw: STORY },
      { id: 'x', source: 'stdin', published: '2020-01-01', title: null, raw: STORY },
    ]);
  });

  it('reads `-` from stdin, records split across chunks anywhere, even inside a character', async () => {
    const bytes = Buffer.from(good('one', { title: 'Überraschung “quoted”' }) + '\r\n' + good('two') + '\n');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const items = await collect(loadInputs(['-'], { stdin: Readable.from(chunks) }));
    expect(articles(items).map((a) => [a.id, a.title])).toEqual([
      ['one', 'Überraschung “quoted”'],
      ['two', null],
    ]);
  });

  it('reports an empty stdin', async () => {
    expect(errors(await collect(loadInputs(['-'], { stdin: Readable.from([]) })))).toEqual(['stdin: empty input (no JSONL records)']);
  });

  it('rejects an over-long line without keeping it, then goes on', async () => {
    const huge = JSON.stringify({ id: 'big', text: STORY.repeat(2000) });
    const stream = Readable.from([Buffer.from(huge + '\n' + good('small') + '\n')]);
    const items = await collect(readJsonl(stream, { name: 'feed.jsonl', maxBytes: 10_000 }));
    expect(errors(items)).toEqual([expect.stringMatching(/^feed\.jsonl:1: too large \(/)]);
    expect(articles(items).map((a) => a.id)).toEqual(['small']);
  });

  it('splits lines while holding no more than the cap of one line', async () => {
    const lines: Array<string | number> = [];
    for await (const l of splitLines(Readable.from([Buffer.from('ab\nc'), Buffer.from('defghij\n\nk')]), 4)) {
      lines.push(l.overflow !== undefined ? l.overflow : Buffer.from(l.bytes).toString());
    }
    expect(lines).toEqual(['ab', 8, '', 'k']);
  });

  it('reports invalid UTF-8 and non-English text per line', async () => {
    const stream = Readable.from([
      Buffer.concat([Buffer.from('{"id":"l1","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' owners said so."}\n')]),
      Buffer.from(JSON.stringify({ id: 'ru', text: 'Министр иностранных дел заявил во вторник, что правительство направит помощь.' }) + '\n'),
    ]);
    expect(errors(await collect(readJsonl(stream, { name: 'f.jsonl' })))).toEqual([
      'f.jsonl:1: invalid UTF-8 (byte 0xe9 at offset 22)',
      expect.stringMatching(/^f\.jsonl:2: not English \(\d+% of letters are non-Latin\)$/),
    ]);
  });
});

describe('a folder', () => {
  it('is walked recursively in sorted order, articles only, ids relative to it', async () => {
    const root = join(dir, 'corpus');
    write('corpus/b/2024-01-02-second.txt', STORY);
    write('corpus/a.html', `<p>${STORY}</p>`);
    write('corpus/b/feed.jsonl', JSON.stringify({ id: 'j1', text: STORY }) + '\n');
    write('corpus/b/2024-01-02-second.gold.json', '{}');
    write('corpus/README.md', '# not an article');
    write('corpus/.hidden/secret.txt', STORY);
    write('corpus/node_modules/pkg/readme.txt', STORY);
    write('corpus/c/d/deep.txt', STORY);

    const found: string[] = [];
    for await (const f of discoverFiles(root)) found.push(typeof f === 'string' ? f.slice(root.length + 1) : f.describe());
    expect(found).toEqual(['a.html', 'b/2024-01-02-second.txt', 'b/feed.jsonl', 'c/d/deep.txt']);

    const items = await collect(loadInputs([root]));
    expect(articles(items).map((a) => [a.id, a.published])).toEqual([
      ['a.html', null],
      ['b/2024-01-02-second.txt', '2024-01-02'],
      ['j1', null],
      ['c/d/deep.txt', null],
    ]);
  });

  it('that cannot be read is reported in its place rather than ending the walk', async () => {
    const items: Array<string> = [];
    for await (const f of discoverFiles(join(dir, 'vanished'))) items.push(typeof f === 'string' ? f : f.describe());
    expect(items).toEqual([`${join(dir, 'vanished')}: cannot read folder (ENOENT)`]);
  });

  it('that does not exist, or holds no articles, is one failure', async () => {
    mkdirSync(join(dir, 'nothing'));
    expect(errors(await collect(loadInputs([join(dir, 'missing'), join(dir, 'nothing')])))).toEqual([
      `${join(dir, 'missing')}: no such file or directory`,
      `${join(dir, 'nothing')}: no .txt, .html, .htm or .jsonl files in this folder`,
    ]);
  });
});
