import { InvalidArgumentError, type Command } from 'commander';
import { LAYERS, type LayerName } from '../eval/gold.js';

interface EvalFlags {
  json?: boolean;
  errors?: boolean;
  /** Layers the --errors listing is limited to (`--only quotes,claims`). */
  only?: Set<LayerName>;
  limit?: number;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function parseLayers(value: string): Set<LayerName> {
  const names = value.split(',').map((l) => l.trim()).filter((l) => l !== '');
  const unknown = names.filter((l) => !(LAYERS as readonly string[]).includes(l));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown layer(s) ${unknown.join(', ')}; layers are ${LAYERS.join(', ')}`);
  return new Set(names as LayerName[]);
}

/**
 * Progress on stderr for long runs: a counter rewritten in place for a person watching, a line per quarter when stderr
 * is a log file (no carriage-return noise there), nothing for short runs.
 */
function progress(done: number, total: number): void {
  if (total < 20) return;
  if (process.stderr.isTTY) {
    if (done === total || done % 5 === 0) process.stderr.write(`\reval ${done}/${total}${done === total ? '\n' : ''}`);
  } else if (done === total || done % Math.ceil(total / 4) === 0) process.stderr.write(`eval ${done}/${total}\n`);
}

/** `claimex eval GOLD... [--json] [--errors [--only LAYERS]] [--limit N]`: scores the pipeline against gold annotations. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the pipeline against gold annotations (JSON / JSONL files or folders)')
    .argument('<gold...>', 'gold files or folders (*.json, *.jsonl, searched recursively)')
    .option('--json', 'print the scores as one JSON object')
    .option('--errors', 'list every miss, false alarm and wrong value with its context')
    .option('--only <layers>', 'limit the --errors listing to some layers, e.g. quotes,claims', parseLayers)
    .option('--limit <n>', 'evaluate only the first N documents', parseLimit)
    .action(async (gold: string[], flags: EvalFlags) => {
      // Loaded here, not at the top: the scorer pulls in the whole NLP pipeline, which `eval --help` does not need.
      const [{ evaluate }, { formatErrors, formatReport, roundReport }, { formatProblem }] = await Promise.all([
        import('../eval/run.js'),
        import('../eval/format.js'),
        import('../eval/load.js'),
      ]);
      const only = flags.only ?? null;
      const run = evaluate(gold, { errors: flags.errors === true, limit: flags.limit, onProgress: progress });
      const errors = only ? run.errors.filter((e) => only.has(e.layer)) : run.errors;
      if (errors.length > 0) {
        // With --json the listing goes to stderr so stdout stays one JSON object.
        const listing = formatErrors(errors) + '\n';
        if (flags.json) process.stderr.write(listing);
        else process.stdout.write(listing + '\n');
      }
      if (flags.json) process.stdout.write(JSON.stringify(roundReport(run.report), null, 2) + '\n');
      else process.stdout.write(formatReport(run.report) + `\n\n${(run.elapsedMs / 1000).toFixed(1)} s\n`);
      for (const p of run.problems) process.stderr.write(`claimex eval: ${formatProblem(p)}\n`);
      if (run.problems.length > 0) {
        process.stderr.write(`claimex eval: ${run.problems.length} problem(s)\n`);
        process.exitCode = 1;
      }
    });
}
