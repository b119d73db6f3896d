import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_DB } from '../paths.js';
import { DEFAULT_MAX_BYTES, normalizePublished } from '../load/index.js';
import type { IngestSummary } from '../batch/ingest.js';
import type { ProgressMode } from '../batch/progress.js';
import { failureLines, formatSummary, summaryJson } from '../batch/summary.js';

interface IngestFlags {
  db: string;
  workers?: number;
  published?: string;
  reprocess?: boolean;
  quiet?: boolean;
  json?: boolean;
  maxBytes: number;
  busyTimeout?: number;
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number >= 0');
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) === 0) throw new InvalidArgumentError('expected a whole number > 0');
  return Number(value);
}

function isoDate(value: string): string {
  const date = normalizePublished(value);
  if (!date || date !== value.trim()) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return date;
}

/** Commander exits with 1 on a usage error; claimex keeps 1 for "some input failed" and uses 2 for usage. */
export function usageExitCodes(command: Command): Command {
  return command.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

function printSummary(summary: IngestSummary, flags: IngestFlags): void {
  process.stderr.write(failureLines(summary));
  if (flags.json) process.stdout.write(JSON.stringify(summaryJson(summary)) + '\n');
  else process.stdout.write(formatSummary(summary));
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('extract claims from articles and store them: files, folders, .jsonl files, or - for JSONL on stdin')
    .argument('<paths...>', '.txt/.html/.htm/.jsonl files, folders (recursive), or - for JSON Lines on stdin')
    .option('--db <file>', 'SQLite database (created if missing)', DEFAULT_DB)
    .option('--workers <n>', `worker threads (default: number of cores, ${availableParallelism()}; 0 = in this thread)`, nonNegativeInt)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', isoDate)
    .option('--reprocess', 're-run articles stored by another pipeline version and replace them')
    .option('--quiet', 'print only errors and the summary')
    .option('--json', 'print the summary as one JSON object')
    .option('--max-bytes <n>', 'reject articles larger than this many bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--busy-timeout <ms>', 'how long to wait for another writer before giving up (default 5000)', nonNegativeInt)
    .addHelpText(
      'after',
      '\nAn article whose content hash is already stored is skipped ("unchanged"); an interrupted ingest continues where it\n' +
        'stopped when run again. Exit status: 0 all stored, 1 some inputs failed, 2 usage or database error.',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      // Loaded here, not at the top: the pipeline's modules are heavy, and `--help` or a usage error needs none.
      const { ingest, IngestAbort } = await import('../batch/ingest.js');
      const { createReporter } = await import('../batch/progress.js');
      const mode: ProgressMode = flags.quiet ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines';
      const reporter = createReporter(mode);
      // First Ctrl-C: stop reading, finish and save the articles in flight, print the summary. Second: quit now
      // (still safe: every article is its own transaction).
      const stop = new AbortController();
      const onInterrupt = () => {
        if (stop.signal.aborted) process.exit(130);
        stop.abort();
        process.stderr.write('\nclaimex ingest: stopping after the articles in flight (Ctrl-C again to quit now)\n');
      };
      process.on('SIGINT', onInterrupt);
      try {
        const summary = await ingest({
          paths,
          db: flags.db,
          workers: flags.workers ?? availableParallelism(),
          published: flags.published ?? null,
          reprocess: flags.reprocess ?? false,
          maxBytes: flags.maxBytes,
          ...(flags.busyTimeout !== undefined ? { busyTimeoutMs: flags.busyTimeout } : {}),
          signal: stop.signal,
          onProgress: (p) => reporter.update(p),
          // Only the bar shows an ETA; the walk that sizes the inputs is not worth it otherwise.
          ...(mode === 'bar' ? { onTotalBytes: (b: number | null) => reporter.totalBytes(b) } : {}),
        });
        reporter.stop();
        printSummary(summary, flags);
        process.exitCode = summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
      } catch (err) {
        reporter.stop();
        if (err instanceof IngestAbort) {
          if (err.summary) printSummary(err.summary, flags);
          process.stderr.write(`claimex ingest: ${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw err;
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    });
  usageExitCodes(command);
}
