import { describe, expect, it } from 'vitest';
import { checkFloors, runFloors } from '../../src/eval/floors.js';
import type { EvalRun } from '../../src/eval/run.js';
import { scoreAt } from '../../src/eval/format.js';

const run: EvalRun = {
  report: {
    documents: 2,
    layers: {
      entities: {
        precision: 0.9,
        recall: 0.8,
        f1: 0.847,
        overlapF1: 0.9,
        canonicalAccuracy: 1,
        canonicalSupport: 3,
        support: 10,
        predicted: 9,
        byType: { PERSON: { precision: 1, recall: 0.5, f1: 0.667, support: 4 } },
      },
    },
  },
  errors: [],
  problems: [],
  elapsedMs: 1,
};

describe('accuracy floors', () => {
  it('reads dotted score paths, down to a type', () => {
    expect(scoreAt(run.report, 'entities.f1')).toBe(0.847);
    expect(scoreAt(run.report, 'entities.byType.PERSON.recall')).toBe(0.5);
    expect(scoreAt(run.report, 'quotes.f1')).toBeUndefined();
  });

  it('passes a score at its floor, fails one below it, and fails a score the report does not have', () => {
    const checks = checkFloors('corpus', run, { 'entities.f1': 0.847, 'entities.byType.PERSON.f1': 0.7, 'quotes.f1': 0.5 });
    expect(checks.map((c) => [c.score, c.ok])).toEqual([
      ['entities.f1', true],
      ['entities.byType.PERSON.f1', false],
      ['quotes.f1', false],
    ]);
    expect(checks[2].actual).toBeUndefined();
  });
});

describe('gold sets that are not there', () => {
  it('skips an absent shared set and says so, but fails an absent bundled corpus', () => {
    const lines: string[] = [];
    const results = runFloors(
      { shared: { 'entities.f1': 0.5 }, corpus: { 'entities.f1': 0.5 } },
      [
        { name: 'shared', path: '/nonexistent/claimex/shared/eval/ner.jsonl', optional: true },
        { name: 'corpus', path: '/nonexistent/claimex/corpus/gold', optional: false },
      ],
      (line) => lines.push(line),
    );
    expect(results[0].run).toBeNull();
    expect(results[0].checks).toEqual([]);
    expect(lines[0]).toMatch(/shared: .* is absent, skipped/);
    expect(results[1].checks.some((c) => !c.ok)).toBe(true);
  });
});
