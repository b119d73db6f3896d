import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerQuery } from '../../src/cli/query.js';
import { csvField, formatCsv } from '../../src/format/csv.js';
import { formatJson } from '../../src/format/json.js';
import { streamCsv, streamJson } from '../../src/format/stream.js';
import { formatTable } from '../../src/format/table.js';
import { displayWidth, truncate } from '../../src/format/width.js';
import { contentHash } from '../../src/store/hash.js';
import { openStore } from '../../src/store/open.js';
import { blinkenInBaghdad, sudaniWarns } from '../store/fixtures.js';

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-cli-query-'));
  db = join(dir, 'claims.sqlite');
  const store = openStore(db);
  for (const doc of [blinkenInBaghdad(), sudaniWarns()]) store.save(doc, contentHash(doc.article.raw), '0.1.0');
  store.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `claimex query ...args` in-process, as the real CLI would, and captures what it prints. */
async function claimex(args: string[], columns = 100): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerQuery(program, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), columns });
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'claimex', 'query', ...args]);
    return { stdout, stderr, code: Number(process.exitCode ?? 0) };
  } catch (err) {
    // commander's own usage errors (unknown option, bad choice) arrive as a CommanderError with an exit code.
    const code = err && typeof err === 'object' && 'exitCode' in err ? Number(err.exitCode) : -1;
    return { stdout, stderr, code };
  } finally {
    process.exitCode = before;
  }
}

describe('claimex query --format json', () => {
  it('prints an array of objects with the claim columns', async () => {
    const { stdout, code } = await claimex(['claims', '--db', db, '--format', 'json', '--speaker', 'blinken', '--type', 'promise']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual([
      'id', 'speaker', 'type', 'predicate', 'object', 'polarity', 'modality', 'published', 'article', 'places',
      'quantities', 'dates',
    ]);
    expect(rows[0]).toMatchObject({ speaker: 'Anthony Blinken', modality: 'will', places: ['Iraq', 'United States'] });
    // The values inside the claim, normalized: what a program reading the export needs without parsing the object.
    expect(rows[0]).toMatchObject({ quantities: ['about 2500 troops'], dates: [] });
    const arrival = JSON.parse((await claimex(['claims', '--db', db, '--format', 'json', '--text', 'arrived'])).stdout);
    expect(arrival).toMatchObject([{ predicate: 'arrive', dates: ['2024-12-13'], quantities: [] }]);
  });

  it('prints entities and quotes too, and [] when nothing matches', async () => {
    const entities = JSON.parse((await claimex(['entities', '--db', db, '--format', 'json', '--type', 'person'])).stdout);
    expect(entities.map((e: { canonical: string }) => e.canonical)).toEqual(['Anthony Blinken', 'Mohammed al-Sudani']);
    const quotes = JSON.parse((await claimex(['quotes', '--db', db, '--format', 'json', '--text', 'sovereignty'])).stdout);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Anthony Blinken', kind: 'mixed', cue: 'reaffirm' });
    expect(JSON.parse((await claimex(['claims', '--db', db, '--format', 'json', '--speaker', 'Putin'])).stdout)).toEqual([]);
  });
});

describe('claimex query quantities', () => {
  it('lists values with unit, qualifier, place and the speaker of the claim stating them', async () => {
    const { stdout, code } = await claimex(['quantities', '--db', db, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.text)).toEqual(['900 soldiers', 'about 2,500 troops']); // newest article first
    expect(rows[1]).toMatchObject({
      value: 2500, valueMax: null, unit: 'troops', qualifier: 'about', approx: true, kind: 'count',
      place: 'Iraq', speaker: 'Anthony Blinken', published: '2024-12-13',
    });
    expect(rows[0]).toMatchObject({ value: 900, unit: 'soldiers', approx: false, place: 'Syria', speaker: 'Mohammed al-Sudani' });
  });

  it('filters by bounds, unit, place and speaker, and sorts by value', async () => {
    const texts = async (...args: string[]) =>
      (JSON.parse((await claimex(['quantities', '--db', db, '--format', 'json', ...args])).stdout) as Array<{ text: string }>).map((r) => r.text);
    expect(await texts('--sort', 'value')).toEqual(['about 2,500 troops', '900 soldiers']);
    expect(await texts('--min', '1,000')).toEqual(['about 2,500 troops']);
    expect(await texts('--max', '900')).toEqual(['900 soldiers']);
    expect(await texts('--min', '901', '--max', '2499')).toEqual([]);
    expect(await texts('--unit', 'troop')).toEqual(['about 2,500 troops']);
    expect(await texts('--place', 'Syria')).toEqual(['900 soldiers']);
    expect(await texts('--speaker', 'blinken')).toEqual(['about 2,500 troops']);
    expect(await texts('--type', 'count', '--until', '2024-12-31')).toEqual(['about 2,500 troops']);
  });

  it('refuses what does not apply, and bad numbers, with exit code 2', async () => {
    expect((await claimex(['quantities', '--db', db, '--min', 'many'])).stderr).toContain('--min wants a number, not "many"');
    expect((await claimex(['quantities', '--db', db, '--min', '5', '--max', '1'])).stderr).toContain('--min 5 is above --max 1');
    expect((await claimex(['quantities', '--db', db, '--type', 'speech'])).stderr).toContain('unknown quantity kind "speech"');
    const claims = await claimex(['claims', '--db', db, '--min', '3']);
    expect(claims.code).toBe(2);
    expect(claims.stderr).toContain('--min does not apply to claims');
    expect((await claimex(['quantities', '--db', db, '--sort', 'size'])).code).not.toBe(0);
  });
});

describe('claimex query --format csv', () => {
  it('writes RFC 4180: a header, CRLF lines, fields with commas and quotes quoted', async () => {
    const { stdout } = await claimex(['claims', '--db', db, '--format', 'csv', '--type', 'quantity']);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('id,speaker,type,predicate,object,polarity,modality,published,article,places,quantities,dates');
    expect(lines[1]).toMatch(/^\d+,Mohammed al-Sudani,quantity,tell,900 soldiers in Syria were “enough”,positive,,2025-01-20,seed\/sudani-warns,Syria,900 soldiers,$/);
    expect(lines[2]).toBe('');
    const promise = (await claimex(['claims', '--db', db, '--format', 'csv', '--type', 'promise'])).stdout.split('\r\n')[1];
    expect(promise).toContain(',"Washington, which maintains about 2,500 troops in Iraq, will work');
    expect(promise).toMatch(/,Iraq; United States,about 2500 troops,$/);
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsv([{ a: null, b: ['x', 'y'] }], [{ key: 'a' }, { key: 'b' }])).toBe('a,b\r\n,x; y\r\n');
  });
});

describe('streamed JSON and CSV', () => {
  const columns = [{ key: 'speaker' }, { key: 'object' }, { key: 'places' }];
  const row = (i: number) => ({ speaker: `Speaker ${i}`, object: `said "${i}", then\nmore`, places: i % 2 ? ['Iraq', 'Syria'] : [] });

  it('write exactly what the whole-array formatters write', () => {
    for (const n of [0, 1, 3]) {
      const rows = Array.from({ length: n }, (_, i) => row(i));
      let json = '';
      let csv = '';
      expect(streamJson(rows, columns, (t) => (json += t))).toBe(n);
      expect(streamCsv(rows, columns, (t) => (csv += t))).toBe(n);
      expect(json).toBe(formatJson(rows, columns));
      expect(JSON.parse(json)).toHaveLength(n);
      expect(csv).toBe(formatCsv(rows, columns));
    }
  });

  it('hand a long export on in chunks, reading rows lazily', () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 5000; i++) {
        produced++;
        yield row(i);
      }
    }
    const writes: number[] = [];
    streamJson(rows(), columns, () => {
      writes.push(produced);
    });
    expect(writes.length).toBeGreaterThan(3);
    expect(writes[0]).toBeLessThan(5000); // the first chunk left before the last row was read
  });
});

describe('claimex query --format table', () => {
  it('aligns columns and fits the terminal by cutting long objects', async () => {
    const { stdout, code } = await claimex(['claims', '--db', db, '--speaker', 'blinken'], 120);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4); // header, rule, two claims
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    // The object keeps the most room among the columns that give way.
    const rule = lines[1].split('  ').map((dashes) => dashes.length);
    const [speaker, object, article, places] = [rule[1], rule[4], rule[8], rule[9]];
    expect(object).toBeGreaterThan(Math.max(speaker, article, places));
    expect(lines[0]).toMatch(/^id\s+speaker\s+type\s+predicate\s+object\s+/);
    expect(lines[3]).toContain('Washington, which');
    expect(lines[3]).toContain('…');
    // Columns line up: "type" starts at the same place in every row.
    const typeAt = lines[0].indexOf('type');
    expect(lines[2].slice(typeAt)).toMatch(/^commitment/);
    expect(lines[3].slice(typeAt)).toMatch(/^promise/);
  });

  it('says so on stderr when nothing matches', async () => {
    const { stdout, stderr, code } = await claimex(['claims', '--db', db, '--type', 'denial']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id\s+speaker/);
    expect(stderr).toContain('no claims match');
  });

  it('counts wide characters as two columns and cuts with an ellipsis', () => {
    expect(displayWidth('北京')).toBe(4);
    expect(displayWidth('Sūdānī')).toBe(6);
    expect(truncate('Anthony Blinken', 8)).toBe('Anthony…');
    const table = formatTable([{ name: '北京', note: 'capital' }, { name: 'Baghdad', note: 'capital' }], [{ key: 'name' }, { key: 'note' }]);
    const [, , beijing, baghdad] = table.split('\n');
    expect(displayWidth(beijing.slice(0, beijing.indexOf('capital')))).toBe(displayWidth(baghdad.slice(0, baghdad.indexOf('capital'))));
  });
});

describe('claimex query errors exit with code 2 and one clear line', () => {
  it('a database that does not exist', async () => {
    const { stderr, code, stdout } = await claimex(['claims', '--db', join(dir, 'missing.sqlite')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^claimex query: .*missing\.sqlite: no database here; create it with `claimex ingest/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a file that is not a database', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a database\n'.repeat(200));
    const { stderr, code } = await claimex(['claims', '--db', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('file is not a database');
  });

  it('a bad filter value', async () => {
    expect((await claimex(['claims', '--db', db, '--since', 'yesterday'])).code).toBe(2);
    expect((await claimex(['claims', '--db', db, '--limit', 'ten'])).stderr).toContain('--limit wants a whole number');
    expect((await claimex(['entities', '--db', db, '--text', 'Iraq'])).stderr).toContain('--text does not apply to entities');
  });

  it('an unknown kind or format is a usage error', async () => {
    expect((await claimex(['people', '--db', db])).code).not.toBe(0);
    expect((await claimex(['claims', '--db', db, '--format', 'xml'])).code).not.toBe(0);
  });
});

describe('claimex query while another process writes', () => {
  it('reads the committed data from a readonly connection (WAL)', async () => {
    const writer = openStore(db, { busyTimeoutMs: 50 });
    writer.db.prepare('BEGIN IMMEDIATE').run();
    writer.db.prepare('DELETE FROM claims').run(); // uncommitted: the query must not see it, nor wait for it
    try {
      const { stdout, code } = await claimex(['claims', '--db', db, '--format', 'json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toHaveLength(5);
    } finally {
      writer.db.prepare('ROLLBACK').run();
      writer.close();
    }
  });
});
