import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

const text = 'Foreign Minister Anna Berg said on Monday that Norland will send 300 soldiers to Estavia.';
const doc = {
  id: 'berg',
  text,
  published: '2025-03-04',
  entities: [{ start: 17, end: 26, type: 'PERSON', text: 'Anna Berg', canonical: 'Anna Berg' }],
  dates: [{ start: 35, end: 41, text: 'Monday', value: '2025-03-03' }],
};

function runEval(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli.ts'), 'eval', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimex eval', () => {
  it('prints the JSON contract, goes past a malformed line naming file:line, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimex-eval-'));
    const bad = { ...doc, id: 'bad', entities: [{ start: 17, end: 26, type: 'PER', text: 'Anna Bergh' }] };
    writeFileSync(join(dir, 'gold.jsonl'), [JSON.stringify(doc), '{not json', JSON.stringify(bad)].join('\n') + '\n');
    writeFileSync(join(dir, 'notes.txt'), 'not gold: skipped in folders');
    const r = runEval([dir, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('gold.jsonl:2: bad JSON');
    expect(r.stderr).toContain('gold.jsonl:3:');
    const report = JSON.parse(r.stdout) as { documents: number; layers: Record<string, Record<string, unknown>> };
    expect(report.documents).toBe(1);
    expect(Object.keys(report.layers).sort()).toEqual(['dates', 'entities']);
    expect(Object.keys(report.layers.entities)).toEqual(expect.arrayContaining(['precision', 'recall', 'f1', 'overlapF1', 'canonicalAccuracy', 'byType']));
    expect(Object.keys(report.layers.dates)).toEqual(expect.arrayContaining(['precision', 'recall', 'f1', 'valueAccuracy']));
    for (const v of [report.layers.entities.f1, report.layers.dates.precision]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('lists errors with their context and a readable table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimex-eval-'));
    // Gold no recognizer can meet: the word "Yesterday" marked as an organisation's name, so there is a miss to list.
    const gold = { id: 'z', text: 'Yesterday Zzyx spoke.', entities: [{ start: 0, end: 9, type: 'ORG', text: 'Yesterday' }] };
    writeFileSync(join(dir, 'z.json'), JSON.stringify(gold));
    const r = runEval(['--errors', join(dir, 'z.json'), '--only', 'entities,dates', '--limit', '5']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/entities \(names\)/);
    expect(r.stdout).toMatch(/support/);
    expect(r.stdout).toMatch(/entities\s+miss\s+.*z\.json:1 @0\s+ORG\s+…\[Yesterday\] Zzyx spoke\.…/);
  });
});
