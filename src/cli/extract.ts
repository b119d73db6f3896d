import { extname } from 'node:path';
import type { Command } from 'commander';
import { LoadError, loadInputs, normalizePublished, STDIN_PATH, DEFAULT_MAX_BYTES } from '../load/index.js';
import { InvalidArgumentError } from 'commander';
import { usageExitCodes } from './ingest.js';
import { exitQuietlyOnClosedStdout } from './stdout.js';

interface ExtractFlags {
  published?: string;
  compact?: boolean;
}

function isoDate(value: string): string {
  const date = normalizePublished(value);
  if (!date || date !== value.trim()) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return date;
}

/**
 * `claimex extract FILE`: the document's layers as JSON, no database. One article (.txt/.html) prints one JSON
 * object; a JSONL file or `-` prints one JSON object per line (JSON Lines), so the output streams too.
 */
export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description("run the pipeline on one article and print the document's layers as JSON (no database)")
    .argument('<file>', 'a .txt or .html article; a .jsonl file or - (stdin) prints one JSON document per line')
    .option('--published <date>', 'publication date (YYYY-MM-DD) when the article carries none', isoDate)
    .option('--compact', 'print JSON on one line')
    .action(async (file: string, flags: ExtractFlags) => {
      // Loaded here, not at the top: the pipeline's modules are heavy, and `--help` or a usage error needs none.
      const { extractArticle, docToJson } = await import('../extract.js');
      exitQuietlyOnClosedStdout();
      const many = file === STDIN_PATH || extname(file).toLowerCase() === '.jsonl';
      // Set at the first failure, not at the end: a reader closing the pipe early exits with what failed so far.
      const fail = (line: string): void => {
        process.stderr.write(`${line}\n`);
        process.exitCode = 1;
      };
      for await (const item of loadInputs([file], { published: flags.published ?? null, maxBytes: DEFAULT_MAX_BYTES })) {
        if (item instanceof LoadError) {
          fail(item.describe());
          continue;
        }
        try {
          const json = docToJson(extractArticle(item));
          process.stdout.write((many || flags.compact ? JSON.stringify(json) : JSON.stringify(json, null, 2)) + '\n');
        } catch (err) {
          fail(`${item.source}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    });
  usageExitCodes(command);
}
