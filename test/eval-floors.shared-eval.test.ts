import { describe, expect, it } from 'vitest';
import { GOLD_SETS, readFloors, runFloors } from '../src/eval/floors.js';

/**
 * The accuracy floors of eval-floors.json, checked exactly as `npm run eval` checks them: the bundled corpus and the
 * shared CoNLL-2003 and PolNeAR dev sets (../shared/eval, resolved from the project root).
 */
describe('accuracy floors', () => {
  const floors = readFloors();

  it('has a floor for every gold set it evaluates', () => {
    for (const set of GOLD_SETS) expect(Object.keys(floors[set.name] ?? {}).length, set.name).toBeGreaterThan(0);
  });

  it('keeps every score at or above its floor', { timeout: 180_000 }, () => {
    const results = runFloors(floors);
    const failed = results.flatMap((r) => r.checks.filter((c) => !c.ok)).map((c) => `${c.set} ${c.score}: ${c.actual ?? 'absent'} < ${c.floor}`);
    expect(failed).toEqual([]);
    // The corpus is bundled: it is always evaluated, every document of it.
    const corpus = results.find((r) => r.spec.name === 'corpus');
    expect(corpus?.run?.report.documents).toBeGreaterThanOrEqual(12);
  });
});
