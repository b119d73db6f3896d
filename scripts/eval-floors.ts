/**
 * `npm run eval`: evaluates the bundled corpus and the shared dev sets, prints the scores, and exits 1 when any score
 * is below its floor in eval-floors.json (or a gold line is malformed, or the pipeline failed on a document).
 */
import { formatReport } from '../src/eval/format.js';
import { formatProblem } from '../src/eval/load.js';
import { runFloors } from '../src/eval/floors.js';

const results = runFloors(undefined, undefined, (line) => process.stderr.write(line + '\n'));
let failed = 0;
for (const { spec, run, checks } of results) {
  if (!run) continue;
  process.stdout.write(`\n== ${spec.name} (${(run.elapsedMs / 1000).toFixed(1)} s)\n${formatReport(run.report)}\n`);
  for (const p of run.problems) process.stdout.write(`problem: ${formatProblem(p)}\n`);
}
process.stdout.write('\n== floors\n');
for (const { checks } of results) {
  for (const c of checks) {
    const actual = c.actual === undefined ? 'absent' : c.actual.toFixed(4);
    process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.set} ${c.score}: ${actual} (floor ${c.floor})\n`);
    if (!c.ok) failed++;
  }
}
process.stdout.write(failed > 0 ? `\n${failed} floor(s) failed\n` : '\nall floors met\n');
process.exitCode = failed > 0 ? 1 : 0;
